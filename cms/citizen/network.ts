import { createServer, request, type Server } from 'node:http'

/** Set by `npm start`'s front server from the socket, overwriting whatever a client sent. */
export const PEER_HEADER = 'x-portal-peer'

const plain = (address: string) => address.trim().replace(/^::ffff:/, '')

/** `TRUSTED_PROXIES`: the addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated). */
const trustedProxies = (env: NodeJS.ProcessEnv = process.env): Set<string> =>
  new Set((env.TRUSTED_PROXIES ?? '').split(',').map(plain).filter(Boolean))

/**
 * Who is asking: the socket's peer, unless that peer is a trusted proxy, in which case the nearest address
 * in X-Forwarded-For that is not itself a trusted proxy. A client cannot choose its own address by
 * sending the header: it is read only when a trusted proxy put it there.
 */
export const clientAddress = (headers: Headers, trusted: Set<string> = trustedProxies()): string => {
  const peer = plain(headers.get(PEER_HEADER) ?? '')
  if (!peer) return 'tidak-diketahui'
  if (!trusted.has(peer)) return peer
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean)
  for (let i = chain.length - 1; i >= 0; i--) if (!trusted.has(chain[i]!)) return chain[i]!
  return chain[0] ?? peer
}

/**
 * The CMS's public port: every request goes on to Next (listening on loopback only) with the socket's
 * address in PEER_HEADER, which Next's route handlers cannot see otherwise.
 */
export const startFront = (port: number, target: number): Promise<Server> => {
  const server = createServer((req, res) => {
    const headers = { ...req.headers, [PEER_HEADER]: req.socket.remoteAddress ?? '' }
    const upstream = request({ host: '127.0.0.1', port: target, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('CMS belum siap atau sedang dimulai ulang; coba lagi sebentar lagi.')
    })
    req.pipe(upstream)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
