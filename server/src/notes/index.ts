export {
  type CommitmentSide,
  type CommitmentSuggestion,
  type ExtractCommitmentsInput,
  extractCommitments,
} from './extract-commitments.ts';
export { splitNoteSentences } from './split-note.ts';
