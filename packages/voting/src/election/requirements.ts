import { ValidationError } from '@plural/core';
import type { Election } from './election.js';

/**
 * Checks that an election's ballots are of a kind the rule accepts; otherwise throws a ValidationError
 * that names the rule and the fix.
 *
 * @example
 * requireBallots(e, 'instant-runoff', { ties: false, truncated: true });
 */
export function requireBallots(e: Election, method: string, accepts: { readonly ties: boolean; readonly truncated: boolean }): void {
  if (!accepts.ties && !e.strict) {
    throw new ValidationError(`${method} needs strict rankings, but a ballot has tied candidates.`, {
      where: 'profile.ballots',
      fix: `Break the ties in the ballots, or use a rule that accepts weak orders (e.g. ${method === 'borda' ? 'borda-truncated' : 'schulze, minimax or copeland'}).`,
    });
  }
  if (!accepts.truncated && !e.complete) {
    throw new ValidationError(`${method} needs complete rankings, but a ballot leaves candidates unranked.`, {
      where: 'profile.ballots',
      fix: 'Complete the ballots (e.g. read a .soi file as .toc, which ranks unranked candidates last and tied), or use a rule that accepts truncated ballots.',
    });
  }
  if (e.voters === 0) {
    throw new ValidationError(`${method} needs at least one voter, but the profile is empty.`, { where: 'profile.ballots', fix: 'Give a profile with at least one ballot of positive weight.' });
  }
  if (e.candidates.length === 0) {
    throw new ValidationError(`${method} needs at least one candidate.`, { where: 'profile.candidates', fix: 'Give a profile with candidates.' });
  }
}
