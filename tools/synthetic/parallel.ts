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

/**
 * Runs the jobs one at a time, taking the next from the iterable (building its rows, when a generator
 * builds them) while the current one runs: Node prepares one statement while Neo4j runs another.
 */
export async function inSequence(jobs: Iterable<() => Promise<void>>): Promise<void> {
  const it = jobs[Symbol.iterator]()
  let next = it.next()
  while (!next.done) {
    const running = next.value()
    next = it.next()
    await running
  }
}
