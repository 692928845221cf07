// A progress bar on stderr: done/total, rate and ETA. On a terminal it redraws one line in place; in a
// log (not a TTY) it prints a line every few seconds instead of flooding it.

export interface ProgressStream {
  write(chunk: string): unknown
  isTTY?: boolean
}

const WIDTH = 24
const fmt = (n: number) => Math.round(n).toLocaleString('en-US')

export class ProgressBar {
  private phase = ''
  private startedAt = 0
  private shownAt = 0

  constructor(
    private readonly out: ProgressStream,
    private readonly now: () => number = Date.now,
  ) {}

  update(phase: string, done: number, total: number): void {
    const now = this.now()
    if (phase !== this.phase) {
      this.phase = phase
      this.startedAt = now
      this.shownAt = Number.NEGATIVE_INFINITY
    }
    const finished = done >= total
    if (!finished && now - this.shownAt < (this.out.isTTY ? 100 : 5000)) return
    this.shownAt = now
    const seconds = Math.max((now - this.startedAt) / 1000, 0.001)
    const rate = done / seconds
    const filled = Math.round((WIDTH * done) / Math.max(total, 1))
    const eta = finished ? `in ${seconds.toFixed(1)} s` : done === 0 ? 'starting' : `ETA ${Math.ceil((total - done) / rate)} s`
    const line = `${phase.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${fmt(done)}/${fmt(total)} ${fmt(rate)}/s ${eta}`
    this.out.write(this.out.isTTY ? `\r${line}${finished ? '\n' : ''}` : `${line}\n`)
  }
}
