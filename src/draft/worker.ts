// A worker thread of the draft pool (src/draft/pool.ts): holds one extractor, so the NLP model loads
// once per thread, and drafts off the event loop of the server.
import type { Draft, DraftInput } from './extractor.js'
import { RuleExtractor } from './rule-extractor.js'

const extractor = new RuleExtractor()

export default function draft(input: DraftInput): Promise<Draft> {
  return extractor.draft(input)
}
