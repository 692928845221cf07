// How the explorer page (explorer/src/draw.ts) and the SVG pictures (src/export/svg.ts) draw actors and
// relations, kept in one place so a picture and the page agree. A leaf with no imports: the page's
// bundle takes it as it is.

/** Node colour by actor kind (docs/model.md); the page falls back to group's for a kind it does not know. */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  state: '#1f6fb2',
  person: '#b2451f',
  organization: '#2e8540',
  bloc: '#7a3fb2',
  media: '#8a6d00',
  alliance: '#0f7f80',
  group: '#6b6b6b',
}

/** Below this confidence a relation is drawn faded (speculative, doubted and denied claims). */
export const FADED_BELOW = 0.5
