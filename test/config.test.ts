import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('defaults', async (t) => {
  const c = loadConfig({})
  t.equal(c.PORT, 3000)
  t.equal(c.HOST, '127.0.0.1')
  t.equal(c.NEO4J_URI, undefined)
  t.equal(c.NEO4J_DATABASE, 'neo4j')
  t.equal(c.LOG_LEVEL, 'info')
})

t.test('empty strings count as unset', async (t) => {
  t.equal(loadConfig({ PORT: '' }).PORT, 3000)
})

t.test('accepts bolt, neo4j and TLS schemes', async (t) => {
  for (const uri of ['bolt://localhost:7687', 'neo4j://db:7687', 'neo4j+s://abc.databases.neo4j.io', 'bolt+ssc://x:1']) {
    t.equal(loadConfig({ NEO4J_URI: uri }).NEO4J_URI, uri)
  }
})

t.test('a bad value is one line naming the variable and what it accepts', async (t) => {
  const cases: Array<[Record<string, string>, string]> = [
    [{ PORT: 'abc' }, 'Invalid PORT="abc": expected an integer port 0-65535'],
    [{ PORT: '70000' }, 'Invalid PORT="70000": expected an integer port 0-65535'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'Invalid NEO4J_URI="http://localhost:7474": expected a bolt:// or neo4j:// URI'],
    [{ LOG_LEVEL: 'loud' }, 'Invalid LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent'],
    [{ NEO4J_DATABASE: 'x' }, 'Invalid NEO4J_DATABASE="x": expected a Neo4j database name'],
  ]
  for (const [env, message] of cases) {
    t.throws(() => loadConfig(env), new ConfigError(message))
    try {
      loadConfig(env)
    } catch (err) {
      t.notMatch((err as Error).message, /\n/, 'one line')
    }
  }
})
