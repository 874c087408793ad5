/**
 * The formats of Condorcet PHP (Julien Boudry, github.com/julien-boudry/Condorcet, MIT): the Condorcet
 * Election Format (.cvotes), its plain vote and candidate text (.votes, .candidates), and the formats
 * its converters read: David Hill (.HIL, Tideman's collection) and Debian tally sheets.
 */
export { EMPTY_RANKING_KEYWORDS, isVoteProblem, parseCondorcetVote, type CondorcetVote, type VoteProblem } from './vote-lines.js';
export { completeRanking, withImplicitRanking } from './implicit-ranking.js';
export { condorcetElectionFormat, readCondorcetElectionFormat, writeCondorcetElectionFormat } from './cef.js';
export {
  condorcetVotesFormat,
  parseCondorcetVotes,
  readCondorcetCandidates,
  readCondorcetVotes,
  writeCondorcetCandidates,
  writeCondorcetVotes,
  type CondorcetVotesOptions,
  type CondorcetVotesResult,
} from './condorcet-votes.js';
export { davidHillFormat, MAX_HIL_REPEAT, readDavidHill, writeDavidHill } from './david-hill.js';
export { debianTallyFormat, readDebianTally, writeDebianTally } from './debian.js';
