// The draft extractor's one interface. Routes and the CLI hold an Extractor, never a concrete one, so
// another (a language model behind HTTP, say) can stand in without touching them.
import type { SeedFile } from '../seed/seed-schema.js'
import type { KnownActor } from './gazetteer.js'

export interface DraftInput {
  text: string
  title?: string
  publisher?: string
  url?: string
  publishedAt?: string
  language?: string
  /** The source id; derived from the text when left out. */
  id?: string
  /** Actors already in the graph: their ids win over new ones for the names they go by. */
  knownActors?: KnownActor[]
}

/** A seed document (`entente-seed/1`) with the text inline, and what the extractor wants a reviewer to know. */
export interface Draft {
  seed: SeedFile & { source: { text: string } }
  warnings: string[]
}

export interface Extractor {
  readonly name: string
  draft(input: DraftInput): Promise<Draft>
  /** Drafts waiting for a worker and drafts in progress, when the extractor runs in a pool (the metrics). */
  load?(): { queued: number; active: number }
}
