// Calls to the API that serves this page (same origin: the page's Content-Security-Policy allows no other).

export interface Evidence {
  id: string
  quote: string
  hedge: string
  confidence: number
  assertedBy: string
  sourceId: string
  when?: string | null
}

export interface Relation {
  id: string
  type: string
  from: string
  to: string
  symmetric: boolean
  confidence: number
  weight: number | null
  validFrom: string | null
  validTo: string | null
  basis?: string | null
  note?: string | null
}

export interface PathRelation extends Relation {
  forward: boolean
  claims: Evidence[]
}

export interface ActorBrief {
  id: string
  name: string
  kind: string
}

export interface Path {
  hops: number
  score: number
  actors: ActorBrief[]
  relations: PathRelation[]
}

export interface PathsAnswer {
  from: string
  to: string
  paths: Path[]
}

export interface InfluenceAnswer {
  from: string
  to: string
  score: number
  reverseScore: number
  asymmetry: number
  chainCount: number
  paths: Path[]
}

export interface RankingAnswer {
  items: Array<{ actor: ActorBrief; score: number; reach: number; rank: number }>
}

export interface CytoscapeAnswer {
  data: { center: string | null; nodeCount: number; edgeCount: number; truncated: boolean }
  elements: {
    nodes: Array<{ data: ActorBrief & { label: string; omitted: number } }>
    edges: Array<{ data: Relation & { source: string; target: string; claims: string[] } }>
  }
}

export interface Source {
  id: string
  title: string
  publisher: string
  publishedAt: string | null
  url: string | null
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export async function get<T>(path: string, params: Record<string, string> = {}, signal?: AbortSignal): Promise<T> {
  const query = new URLSearchParams(params).toString()
  const res = await fetch(query ? `${path}?${query}` : path, { headers: { accept: 'application/json' }, signal })
  if (!res.ok) {
    const problem = await res.json().catch(() => ({}))
    throw new ApiError(res.status, problem.detail ?? `${res.status} ${res.statusText}`)
  }
  return res.json() as Promise<T>
}

const sources = new Map<string, Promise<Source>>()
/** A source, fetched once per page. */
export const source = (id: string) => {
  let s = sources.get(id)
  if (!s) {
    s = get<Source>(`/sources/${encodeURIComponent(id)}`)
    sources.set(id, s)
  }
  return s
}
