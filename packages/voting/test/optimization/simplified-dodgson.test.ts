import { describe, expect, it } from 'vitest';
import { dodgsonTideman, votingMethod } from '../../src/index.js';
import { profileOf } from '../helpers/profiles.js';

describe("pref_voting's Simplified Dodgson is the Dodgson–Tideman approximation", () => {
  it('is registered under pref_voting’s names', () => {
    expect(votingMethod('Simplified Dodgson').info.id).toBe('dodgson-tideman');
    expect(votingMethod('simplified_dodgson').info.id).toBe('dodgson-tideman');
  });
  it('reproduces pref_voting’s stated winners', () => {
    // Record profile_Simplified_Dodgson_later_no_harm_4c_5v: b≻d≻c≻a ×2, c≻a≻b≻d ×2, d≻c≻a≻b. Margins
    // (hand-computed): c→a 5, d→a 1, a→b 1, c→b 1, b→d 3, d→c 1; sums of defeat margins a 6, b 2, c 1,
    // d 3 → c, with no Condorcet winner (pref_voting states {2}).
    const p = profileOf(4, ['bdca', 'cabd', 'dcab'], [2, 2, 1]);
    expect(dodgsonTideman(p).scores).toEqual([6, 2, 1, 3]);
    expect(dodgsonTideman(p).winners).toEqual([2]);
    // Record profile_Simplified_Dodgson_reinforcement_3c_4v: a≻c≻b, c≻a≻b → a and c tie at 0 (stated {0, 2}).
    expect(dodgsonTideman(profileOf(3, ['acb', 'cab'])).winners).toEqual([0, 2]);
  });
});
