// The graph's actors as a draft's known actors (ids, names, aliases): a draft names an actor the graph
// already holds by its existing id. Read once per graph version, since every seed bumps the version.
import type { Graph } from '../db/graph.js'
import type { KnownActor } from '../draft/gazetteer.js'

const cache = new WeakMap<Graph, { version: unknown; actors: KnownActor[] }>()

export async function knownActors(graph: Graph): Promise<KnownActor[]> {
  const [meta] = await graph.read('graph-version')
  const version = meta?.version ?? null
  const hit = cache.get(graph)
  if (hit?.version === version) return hit.actors
  const actors = (await graph.read('draft-known-actors')).map((row) => row.actor as KnownActor)
  cache.set(graph, { version, actors })
  return actors
}
