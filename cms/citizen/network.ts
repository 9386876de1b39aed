import { createServer, request, type Server } from 'node:http'
import { isIPv6 } from 'node:net'

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

/** The first four 16-bit groups of an IPv6 address (its /64 network), written out without zero compression. */
const network64 = (address: string): string => {
  const [head = '', tail] = address.split('::')
  const left = head ? head.split(':') : []
  // An embedded IPv4 tail (64:ff9b::192.0.2.1) is two groups, all of them past the first four.
  const right = tail === undefined ? [] : tail ? tail.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : []
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  return `${groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`
}

/**
 * What a rate limit counts a client by: an IPv4 address as it is, an IPv6 client by its /64, since one
 * subscriber line or host is given a whole /64 and can pick a fresh address in it for every request.
 */
export const limitKey = (address: string): string => {
  const bare = address.split('%')[0]!.toLowerCase()
  return isIPv6(bare) ? network64(bare) : address
}

/** The key of the client a request comes from, for every per-client limit (clientAddress, then limitKey). */
export const clientKey = (headers: Headers, trusted?: Set<string>): string => limitKey(clientAddress(headers, trusted))

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
