// Argument checks for `npm run bench`, `npm run load` and `npm run profile:paths`: a bad argument stops them with one line and
// exit 2 before anything starts (no Neo4j, no load), instead of a stack trace or a run on NaN.

/** Says what is wrong, with the usage, and exits 2. */
export function refuse(command: string, message: string, usage: string): never {
  console.error(`[${command}] ${message}; usage: ${usage}`)
  process.exit(2)
}

/** The integer in value, when it is one in min..max; else null. */
export function intIn(value: string | undefined, min: number, max: number): number | null {
  const n = Number(value)
  return value !== undefined && /^\d+$/.test(value) && n >= min && n <= max ? n : null
}

/** The integer in environment variable `name` (`fallback` when unset), when in min..max; else refuses. */
export function envInt(command: string, name: string, fallback: number, min: number, max: number, usage: string): number {
  const value = process.env[name]
  return intIn(value ?? String(fallback), min, max) ?? refuse(command, `${name}=${JSON.stringify(value)} is not ${min}-${max}`, usage)
}
