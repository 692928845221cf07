// Kebab-case ids the seed format accepts (lower-case ASCII letters and digits joined by single hyphens).

/** "Moon Jae-in" → "moon-jae-in"; "" when nothing Latin is left. */
export function slug(text: string, max = 80): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '')
}

/** Hands out ids unique within one list: a second "x" becomes "x-2". */
export class IdPool {
  private readonly used = new Set<string>()
  take(base: string): string {
    const root = slug(base, 74) || 'item'
    let id = root
    for (let n = 2; this.used.has(id); n++) id = `${root}-${n}`
    this.used.add(id)
    return id
  }
}
