// Quotes are checked against the source text after folding what typography and line wrapping change
// but the words do not: runs of white space, curly quotes and apostrophes, and dashes.

const FOLDS: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2013\u2014\u2212]/g, '-'],
  [/\u00A0/g, ' '],
  [/\s+/g, ' '],
]

export function normaliseText(text: string): string {
  let out = text
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement)
  return out.trim()
}
