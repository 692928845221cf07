// A bounded pool for write transactions: Neo4j works on one batch while Node builds the next, and on
// two cores two transactions in flight keep both busy.

/** Runs the jobs with at most `concurrency` at a time; the first failure stops new jobs and is thrown. */
export async function inParallel(jobs: Iterable<() => Promise<void>>, concurrency: number): Promise<void> {
  const running = new Set<Promise<void>>()
  let failure: { error: unknown } | undefined
  for (const job of jobs) {
    const p: Promise<void> = job()
      .catch((error) => {
        failure ??= { error }
      })
      .finally(() => running.delete(p))
    running.add(p)
    if (running.size >= concurrency) await Promise.race(running)
    if (failure) break
  }
  await Promise.all(running)
  if (failure) throw failure.error
}
