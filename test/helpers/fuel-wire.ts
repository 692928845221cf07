// The write tests' source: a one-sentence wire story that puts Mongolia in the graph, depending on
// Russia (an actor of the article) for its oil. Its level and hedge are what the tests vary.

export const FUEL_TEXT = 'Fuel Wire\n\nMongolia relies heavily on Russia for its oil, officials in Ulaanbaatar said on Friday.\n'
export const FUEL_QUOTE = 'Mongolia relies heavily on Russia for its oil'

/** The `entente-seed/1` document of source fuel-wire: one new actor, one claim, one depends-on relation to Russia. */
export function fuelWire(level = 'high', hedge = 'asserted') {
  return {
    format: 'entente-seed/1',
    source: {
      id: 'fuel-wire',
      title: 'Fuel Wire',
      publisher: 'Example Wire',
      publishedAt: '2025-01-10',
      reportsOn: { event: 'Mongolia buys its oil' },
      text: FUEL_TEXT,
    },
    actors: [{ id: 'mng', name: 'Mongolia', kind: 'state' }],
    claims: [
      {
        id: 'mng-relies-on-russian-oil',
        statement: 'Mongolia relies heavily on Russia for its oil.',
        quote: FUEL_QUOTE,
        assertedBy: 'reports',
        hedge,
        about: ['mng', 'rus'],
      },
    ],
    relations: [
      {
        id: 'mng-depends-on-rus-oil',
        type: 'depends-on',
        from: 'mng',
        to: 'rus',
        claims: ['mng-relies-on-russian-oil'],
        dependency: { kind: 'oil', level },
        basis: 'stated',
      },
    ],
  }
}
