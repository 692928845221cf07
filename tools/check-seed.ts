// Checks seed files without a database: `node --import tsx tools/check-seed.ts seed/*.json`.
import { readSeedFile } from '../src/seed/validate-seed.js'

let failed = false
for (const file of process.argv.slice(2)) {
  try {
    const { seed } = await readSeedFile(file)
    console.log(
      `${file}: ok — ${seed.actors.length} actors, ${seed.claims.length} claims, ${seed.relations.length} relations, ${seed.deals.length} deals`,
    )
  } catch (err) {
    failed = true
    // readSeedFile throws a SeedError for every fault of a file (unreadable, not JSON, invalid), each listed in its message.
    console.error((err as Error).message)
  }
}
process.exit(failed ? 1 : 0)
