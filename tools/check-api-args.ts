// The arguments of `npm run check:api` (tools/check-api.ts): `--max-examples N`, Schemathesis's examples
// per operation, 1-1000, default 25. A module of its own so the parsing is tested in process.

/** Parses the arguments; throws an Error whose message names the wrong one. */
export function parseCheckApiArgs(argv: string[]): { maxExamples: number } {
  let maxExamples = 25
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]]
    if (flag !== '--max-examples') throw new Error(`unknown argument ${flag}`)
    maxExamples = Number(value)
    if (!Number.isInteger(maxExamples) || maxExamples < 1 || maxExamples > 1000)
      throw new Error(`--max-examples must be an integer 1-1000, got ${value}`)
  }
  return { maxExamples }
}
