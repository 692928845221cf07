// XML text for the GraphML and GEXF writers: every value escaped for both element text and attribute
// values, and characters XML 1.0 cannot carry (control characters, lone surrogates) replaced by U+FFFD
// so the document always parses.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c])
}

/** ` name="value"` for each present attribute, in order; a null value leaves its attribute out. */
export function attrs(pairs: Array<[string, string | number | boolean | null]>): string {
  return pairs
    .filter((p): p is [string, string | number | boolean] => p[1] !== null)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('')
}
