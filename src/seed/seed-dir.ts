// Where the seed files of the repository live: `npm run seed` loads them, `npm run draft` writes there.
import path from 'node:path'

export const SEED_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../seed')
