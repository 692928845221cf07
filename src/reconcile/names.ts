// How a spreadsheet writes a name, and how entente's names compare with it (issue 23): "U.S." and
// "PRC", "Putin, Vladimir", "Vladimir Vladimirovich Putin", "Kim Jŏng-ŭn", "Mun Jae-in". Pure
// functions; service.ts scores candidates with them. test/fixtures/reconcile-variants.json is the gold.

/** Abbreviations of states the country table files among codes, or lacks: → ISO 3166-1 alpha-3. */
const STATE_ABBREVIATIONS: Record<string, string> = {
  us: 'usa',
  usa: 'usa',
  uk: 'gbr',
  prc: 'chn',
  rok: 'kor',
  dprk: 'prk',
  uae: 'are',
  drc: 'cod',
}

/** Titles and honorifics before a name, dropped: "President Vladimir Putin", "Chairman Kim Jong Un". */
const TITLES = new Set([
  'president',
  'chairman',
  'premier',
  'chancellor',
  'leader',
  'supreme',
  'general',
  'secretary',
  'minister',
  'prime',
  'foreign',
  'king',
  'queen',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'professor',
  'sen',
  'senator',
  'ambassador',
])
/** Suffixes after a name, dropped. */
const SUFFIXES = new Set(['sr', 'jr', 'ii', 'iii'])
/** One-letter compass abbreviations: "N. Korea", "S Korea". */
const COMPASS: Record<string, string> = { n: 'north', s: 'south', e: 'east', w: 'west' }

/** Lower case, no diacritics, straight apostrophes, no dots in abbreviations, hyphens as spaces. */
export function plain(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\b([a-z])\.(?=[a-z]\b|[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?=\s|$)/g, '$1')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The forms a query may take as an exact name: as written, plain, without "the", titles, suffixes,
 * middle names or initials, "Last, First" turned round, "Korea (North)" both ways and without its
 * qualifier, a compass letter spelt out, and a state's abbreviation as its ISO code.
 */
export function formsOf(query: string): string[] {
  const out = new Set<string>([query.trim().toLowerCase()])
  const base = plain(query).replace(/^the /, '')
  const variants = new Set<string>([base])
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(base)
  if (paren) {
    const [, head, inner] = paren as unknown as [string, string, string]
    variants.add(head)
    if (!inner.includes(' ')) {
      variants.add(`${inner} ${head}`)
      variants.add(`${head} ${inner}`)
    }
  }
  for (const v of [...variants]) {
    const comma = /^([^,]+),\s*([^,]+)$/.exec(v)
    if (comma) variants.add(`${comma[2]} ${comma[1]}`)
  }
  for (const v of variants) {
    let words = v.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean)
    while (words.length > 1 && TITLES.has(words[0] as string)) words = words.slice(1)
    while (words.length > 1 && SUFFIXES.has(words[words.length - 1] as string)) words = words.slice(0, -1)
    const w = words.join(' ')
    out.add(w)
    out.add(w.replace(/^the /, ''))
    const abbr = STATE_ABBREVIATIONS[w.replace(/[\s.]/g, '')]
    if (abbr) out.add(abbr)
    if (words.length === 2 && COMPASS[words[0] as string]) out.add(`${COMPASS[words[0] as string]} ${words[1]}`)
    // Middle names, patronymics and initials: first and last word.
    if (words.length >= 3) out.add(`${words[0]} ${words[words.length - 1]}`)
    // Family name first or last: "Jinping Xi".
    if (words.length === 2) out.add(`${words[1]} ${words[0]}`)
  }
  out.delete('')
  return [...out]
}

/** Words worth a substring search: three letters or more, not a title; a long word's first four letters too ("Ukra…"). */
export function wordsOf(query: string): string[] {
  const words = plain(query)
    .replace(/[.,()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !TITLES.has(w) && w !== 'the')
  return [...new Set([...words, ...words.filter((w) => w.length >= 6).map((w) => w.slice(0, 4))])]
}

/**
 * A spelling key that transliteration variants share: Wladimir/Vladimir, Andrey/Andrej/Andrei,
 * Poutine/Putin, Moon/Mun, Chong/Jong, Jong-eun/Jong-un, Lankow/Lankov, Ukrayina/Ukraina; spaces, hyphens and
 * doubled letters do not count.
 */
export function spellingKey(name: string): string {
  return plain(name)
    .replace(/[^a-z]/g, '')
    .replace(/ch/g, 'j')
    .replace(/j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ou|oo/g, 'u')
    .replace(/eu/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    .replace(/e$/, '')
}
