// Pronounceable made-up words for synthetic actor names. Every word is a fixed number of
// consonant-vowel syllables and word n is a bijection of n, so distinct numbers give distinct words
// and no word can spell an English decoration ("Institute", "Herald"): names, aliases and ids built
// from an actor's own words are unique without a lookup table, so ActorKey nodes can be CREATEd.

const CONSONANTS = 'bdfgklmnprstvz'
const VOWELS = 'aeiou'
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v))
// Coprime with 70 = 2 * 5 * 7, hence with every power of it: n -> n * STEP mod 70^L is a bijection
// that scatters consecutive numbers, so neighbouring actors do not get near-identical names.
const STEP = 7919

export class WordSpace {
  readonly syllables: number
  private readonly size: number

  /** A space of at least `count` distinct words (two syllables at the least). */
  constructor(count: number) {
    let syllables = 2
    while (SYLLABLES.length ** syllables < count) syllables++
    this.syllables = syllables
    this.size = SYLLABLES.length ** syllables
  }

  /** Word n (0 <= n < count), capitalised: "Kavoru". */
  word(n: number): string {
    let x = (n * STEP) % this.size
    let out = ''
    for (let i = 0; i < this.syllables; i++) {
      out += SYLLABLES[x % SYLLABLES.length]
      x = Math.floor(x / SYLLABLES.length)
    }
    return out[0].toUpperCase() + out.slice(1)
  }
}

/** "Anna Kavoru" -> "anna-kavoru": a kebab-case id (names hold only letters and spaces). */
export const kebab = (name: string) => name.toLowerCase().replaceAll(' ', '-')
