// A large put's document for the fault tests: its transaction runs long enough to be interrupted.
export const N = 3000
/** A large source: N new actors in a ring, each relying on the next, each with its own sentence. */
export function bigSource() {
  const sentences = Array.from({ length: N }, (_, i) => `Realm ${i} relies on realm ${(i + 1) % N} for trade.`)
  return {
    format: 'entente-seed/1',
    source: { id: 'big-ledger', title: 'Big Ledger', publisher: 'Test', reportsOn: { event: 'trade' }, text: sentences.join('\n') },
    actors: Array.from({ length: N }, (_, i) => ({ id: `realm-${i}`, name: `Realm ${i}`, kind: 'state' })),
    claims: sentences.map((quote, i) => ({
      id: `realm-${i}-trade`,
      statement: quote,
      quote,
      assertedBy: 'author',
      hedge: 'asserted',
      about: [`realm-${i}`, `realm-${(i + 1) % N}`],
    })),
    relations: sentences.map((_, i) => ({
      id: `realm-${i}-depends-on-realm-${(i + 1) % N}`,
      type: 'depends-on',
      from: `realm-${i}`,
      to: `realm-${(i + 1) % N}`,
      claims: [`realm-${i}-trade`],
      dependency: { kind: 'trade', level: 'high' },
      basis: 'stated',
    })),
  }
}
