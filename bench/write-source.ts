// The source the bench's write scenario puts and deletes: a valid entente-seed/1 document with its text
// inline, as PUT /sources/{id} takes it (what POST /drafts returns, after review). Its relations join
// actors of the loaded synthetic graph, so a put touches the graph the reads traverse; each relation
// rests on one claim whose quote is a sentence of the text, verbatim. Deterministic: the same actors
// give the same document. test/bench-write-source.test.ts holds it to the seed checker.

/** Relations of the generated source, as the scenario asks. */
export const WRITE_RELATIONS = 50

export const WRITE_SOURCE_ID = 'bench-write-source'

/**
 * The document: `relations` relations of type `supports` between distinct pairs of `actors` (ids of
 * the loaded graph; at least 2, and enough that the pairs do not repeat), numbered so each is its own.
 */
export function generatedSource(actors: readonly string[], relations = WRITE_RELATIONS, id = WRITE_SOURCE_ID) {
  const ids = [...new Set(actors)]
  if (ids.length * (ids.length - 1) < relations) {
    throw new Error(`${relations} distinct relations need more actors than ${ids.length}`)
  }
  const pairs: Array<[string, string]> = []
  // Actor i with actor i+1, then i+2, …: all pairs of one step before the next, none twice.
  for (let step = 1; pairs.length < relations; step++) {
    for (let i = 0; i < ids.length && pairs.length < relations; i++) pairs.push([ids[i], ids[(i + step) % ids.length]])
  }
  const sentences = pairs.map(([from, to], i) => `Bench note ${i + 1}: ${from} publicly supports ${to}.`)
  return {
    format: 'entente-seed/1',
    source: {
      id,
      title: 'Generated notes for the write benchmark',
      publisher: 'entente bench',
      publishedAt: '2026-01-01',
      reportsOn: { event: 'nothing: a generated text, put and deleted by npm run bench' },
      language: 'en',
      text: `${sentences.join('\n')}\n`,
    },
    actors: [],
    claims: pairs.map(([from, to], i) => ({
      id: `${id}-claim-${i + 1}`,
      statement: `${from} supports ${to}.`,
      quote: sentences[i],
      assertedBy: 'author',
      hedge: 'asserted',
      about: [from, to],
    })),
    relations: pairs.map(([from, to], i) => ({
      id: `${id}-rel-${i + 1}`,
      type: 'supports',
      from,
      to,
      claims: [`${id}-claim-${i + 1}`],
      basis: 'stated',
    })),
  }
}
