// Raw HTTP over a socket, for what fetch cannot send or show: a garbage request line, oversized
// headers, a request that never finishes, two requests pipelined on one connection.
import net from 'node:net'

export interface RawExchange {
  /** Everything the server wrote until it closed the connection (or the wait ended). */
  text: string
  closed: boolean
}

/** Connects, writes each chunk (waiting `pauseMs` between them), and reads until close or `timeoutMs`. */
export function rawExchange(port: number, chunks: string[], opts: { pauseMs?: number; timeoutMs?: number } = {}): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let text = ''
    const timer = setTimeout(() => {
      socket.destroy()
      resolve({ text, closed: false })
    }, opts.timeoutMs ?? 10_000)
    socket.on('data', (d) => (text += d))
    socket.on('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve({ text, closed: true })
    })
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        socket.write(chunk)
        if (opts.pauseMs) await new Promise((r) => setTimeout(r, opts.pauseMs))
      }
    })
  })
}

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** Splits what a connection received into its responses (Content-Length bodies only: all this API sends). */
export function parseResponses(text: string): RawResponse[] {
  const out: RawResponse[] = []
  let rest = text
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n')
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n')
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]))
    const length = Number(headers['content-length'] ?? 0)
    const bodyBytes = Buffer.from(rest.slice(end + 4), 'utf8').subarray(0, length)
    const body = bodyBytes.toString('utf8')
    out.push({ status: Number(statusLine.split(' ')[1]), headers, body })
    rest = rest.slice(end + 4 + body.length)
  }
  return out
}
