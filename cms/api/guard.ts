import { createHmac, timingSafeEqual } from 'node:crypto'
import { parse, type DocumentNode } from 'graphql'
import type { CollectionSlug, Payload } from 'payload'
import { sessionIsLive } from '../accounts/sessions.ts'
import { clientAddress, limitKey, PEER_HEADER } from '../citizen/network.ts'
import { createLimiter } from '../citizen/rateLimit.ts'
import { API_CLIENTS, hashKey } from './ApiClients.ts'
import { anonymousLimit, API_KEY_HEADER } from '../../schemas/api.ts'
import { refuseForgery } from './origin.ts'
import { refuse } from './refuse.ts'

const WINDOW_MS = 60_000

/** One counter per figure: a client whose limit the admin changes starts a fresh window under the new one. */
const limiters = new Map<number, ReturnType<typeof createLimiter>>()
const limiterFor = (max: number) => {
  let limiter = limiters.get(max)
  if (!limiter) limiters.set(max, (limiter = createLimiter({ max, windowMs: WINDOW_MS })))
  return limiter
}

const tooMany = (wait: number, max: number, who: string) =>
  refuse(429, `Terlalu banyak permintaan: batas ${who} ${max} permintaan per menit. Coba lagi dalam ${wait} detik.`, { 'retry-after': String(wait) })

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

/** A request let in: the one to hand to Payload (keys' credentials removed), and whether staff sent it. */
export interface Admitted {
  request: Request
  staff: boolean
}

/**
 * A staff session: a token Payload signed with this deployment's secret, not expired, whose session (the
 * `sid` claim) the account still holds, as Payload's own JWT strategy decides; logged out, deactivated or
 * reset, it counts as anyone's. The session is looked up through an in-process cache (sessionIsLive), so a
 * busy client costs no database read per request. Whether the account may do what it asks is still
 * Payload's access control; this only exempts staff from the visitors' limit.
 */
const hasStaffSession = async (headers: Headers, payload: Payload): Promise<boolean> => {
  const authorization = headers.get('authorization') ?? ''
  const cookie = (headers.get('cookie') ?? '').split(';').map((part) => part.trim()).find((part) => part.startsWith(`${payload.config.cookiePrefix}-token=`))
  const token = /^(JWT|Bearer) (.+)$/.exec(authorization)?.[2] ?? cookie?.slice(cookie.indexOf('=') + 1)
  const [header, body, signature] = token?.split('.') ?? []
  if (!header || !body || !signature) return false
  const expected = createHmac('sha256', payload.secret).update(`${header}.${body}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  let claims: { exp?: unknown; id?: unknown; sid?: unknown; collection?: unknown }
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return false
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return false
  const { collection, id, sid } = claims
  if (typeof sid !== 'string' || (typeof id !== 'string' && typeof id !== 'number') || typeof collection !== 'string') return false
  if (!Object.hasOwn(payload.collections, collection) || !payload.collections[collection as CollectionSlug].config.auth) return false
  return sessionIsLive(payload, collection as CollectionSlug, id, sid)
}

/** Whether a GraphQL request body may change anything: a mutation or subscription anywhere in it, or a body that cannot be read as a query. */
const graphqlWrites = async (request: Request): Promise<boolean> => {
  let documents: DocumentNode[]
  try {
    const body = (await request.clone().json()) as { query?: unknown } | { query?: unknown }[]
    documents = (Array.isArray(body) ? body : [body]).map((item) => parse(String(item?.query ?? '')))
  } catch {
    return true // a body that is not a readable query could be anything: a key may not send it
  }
  return documents.some((document) => document.definitions.some((definition) => definition.kind === 'OperationDefinition' && definition.operation !== 'query'))
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Last-used times are written at most once a minute per key: a busy client costs no write per request. */
const lastRecorded = new Map<string, number>()

/**
 * Admission of one request to the REST or GraphQL API, before Payload sees it. Forged writes (a cookie
 * session from a foreign page, a form-encoded body) are refused first (cms/api/origin.ts). Three kinds of caller:
 * - with `X-API-Key`: an active key reads what anonymous visitors read (its request goes on with every
 *   other credential removed, so Payload sees an anonymous visitor), within the key's own per-minute
 *   limit; anything but reading is refused (403); an unknown or revoked key is refused (401);
 * - with a staff session: not limited;
 * - anyone else: `API_RATE_LIMIT` requests per minute per address. The address is the socket peer the
 *   front server of `npm start` passes in PEER_HEADER (behind trusted proxies, the client they name).
 *   Requests without it come from inside the process, and a client on loopback is this machine's own
 *   site builder or tools (a reverse proxy on this machine is listed in TRUSTED_PROXIES, and then the
 *   client it names counts): neither is limited.
 * Returns the response that refuses the request, or the request to hand to Payload and whether it comes
 * from staff (whom the visitors' bounds in cms/api/cost.ts do not hold).
 */
export const admit = async (request: Request, payload: Payload, graphql: boolean): Promise<Response | Admitted> => {
  const visitor = (request: Request): Admitted => ({ request, staff: false })
  if (request.method === 'OPTIONS') return visitor(request)
  const forged = refuseForgery(request, payload)
  if (forged) return forged
  const key = request.headers.get(API_KEY_HEADER)?.trim()
  if (key) {
    const { docs } = await payload.find({ collection: API_CLIENTS, where: { keyHash: { equals: hashKey(key) } }, limit: 1, depth: 0, overrideAccess: true })
    const client = docs[0] as { id: number | string; active?: boolean | null; rateLimit?: number | null } | undefined
    if (!client || client.active === false) return refuse(401, 'Kunci API tidak dikenal atau sudah dicabut. Minta kunci baru kepada admin Kominfo.')
    if (!READ_METHODS.has(request.method) && !(graphql && !(await graphqlWrites(request)))) {
      return refuse(403, 'Kunci API hanya untuk membaca data yang terbit; mengubah, menambah atau menghapus data tidak diizinkan.')
    }
    const max = client.rateLimit && client.rateLimit > 0 ? client.rateLimit : 1
    const wait = limiterFor(max).hit(`key:${client.id}`)
    if (wait > 0) return tooMany(wait, max, 'kunci API ini')
    const now = Date.now()
    if (now - (lastRecorded.get(String(client.id)) ?? 0) >= WINDOW_MS) {
      lastRecorded.set(String(client.id), now)
      await payload.db.updateOne({ collection: API_CLIENTS, id: client.id, data: { lastUsedAt: new Date(now).toISOString() } })
    }
    const headers = new Headers(request.headers)
    for (const credential of ['authorization', 'cookie', API_KEY_HEADER]) headers.delete(credential)
    // Built from its parts, never `new Request(request)`: Next hands route handlers a Proxy of its request,
    // and the Request constructor reads private fields a Proxy does not have (every keyed read was a 500).
    const body = READ_METHODS.has(request.method) ? undefined : await request.arrayBuffer()
    return visitor(new Request(request.url, { method: request.method, headers, body, signal: request.signal }))
  }
  if (await hasStaffSession(request.headers, payload)) return { request, staff: true }
  if (!request.headers.get(PEER_HEADER)) return visitor(request)
  // The client as `clientAddress` names it: X-Forwarded-For counts only from TRUSTED_PROXIES (Next itself
  // fills that header in with the front's loopback address, so its mere presence says nothing).
  const client = clientAddress(request.headers)
  if (LOOPBACK.has(client)) return visitor(request)
  const max = anonymousLimit()
  const wait = limiterFor(max).hit(`address:${limitKey(client)}`)
  return wait > 0 ? tooMany(wait, max, 'tiap alamat tanpa kunci API') : visitor(request)
}
