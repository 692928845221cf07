// Query parameters shared by the analyses and the export (paths, influence, GET /graph), turned into the
// parameters their statements take.
import { intervalOf } from '../model/partial-date.js'

/** The validity window of asOf ($asOfStart, $asOfEnd), or no time filter (both null). */
export function asOfWindow(asOf: string | undefined) {
  const window = asOf === undefined ? null : intervalOf(asOf)
  return { asOfStart: window?.start ?? null, asOfEnd: window?.end ?? null }
}
