import type { Payload } from 'payload'
import { complaintEndpoint } from '../citizen/intake.ts'
import { objectionEndpoint, requestEndpoint } from '../citizen/requests.ts'
import { Opds } from '../collections/Opds.ts'
import { restructureEndpoint } from '../restructure/endpoint.ts'
import { workflowEndpoint } from '../workflow/endpoint.ts'
import { API_CLIENTS, renewKeyEndpoint } from './ApiClients.ts'
import { refuse } from './refuse.ts'

const originOf = (url: string | null | undefined): string | undefined => {
  if (!url) return undefined
  try {
    const { origin } = new URL(url)
    return origin === 'null' ? undefined : origin
  } catch {
    return undefined
  }
}

/**
 * The origins the CMS (admin and API) is served on: SERVER_URL, CMS_PUBLIC_URL and CMS_URL (`npm start`
 * sets it to `http://localhost:PORT`), a localhost one also as 127.0.0.1. Payload's `csrf` and `cors`
 * lists, and the only origins a cookie session may write from.
 */
export const cmsOrigins = (env: NodeJS.ProcessEnv = process.env): string[] => {
  const listed = [env.SERVER_URL, env.CMS_PUBLIC_URL, env.CMS_URL ?? `http://localhost:${env.PORT ?? 3000}`].map(originOf).filter((origin): origin is string => Boolean(origin))
  const loopback = listed.filter((origin) => new URL(origin).hostname === 'localhost').map((origin) => origin.replace('//localhost', '//127.0.0.1'))
  return [...new Set([...listed, ...loopback])]
}

/**
 * Whether an origin is one the public sites are served on: SITES_ORIGIN (the portal), and in the `hosts`
 * layout every OPD host under SITES_DOMAIN (or the portal's own host), same scheme.
 */
const isSitesOrigin = (origin: string, env: NodeJS.ProcessEnv = process.env): boolean => {
  try {
    const portal = new URL(env.SITES_ORIGIN ?? `http://localhost:${env.SITES_PORT ?? 4321}`)
    if (origin === portal.origin) return true
    if (env.SITES_LAYOUT !== 'hosts') return false
    const suffix = `.${env.SITES_DOMAIN ?? portal.hostname}`
    const { protocol, hostname } = new URL(origin)
    return protocol === portal.protocol && hostname.endsWith(suffix) && /^[a-z0-9-]+$/.test(hostname.slice(0, -suffix.length))
  } catch {
    return false
  }
}

/** A route pattern (Payload's `/:param` syntax) under /api as a regular expression. */
const route = (path: string) => new RegExp(`^/api${path.replace(/:[^/]+/g, '[^/]+')}/?$`)

/** The citizen channels: the static sites post to them cross-origin, without JavaScript (form-encoded), without a session. */
const CITIZEN_FORMS = [complaintEndpoint, requestEndpoint, objectionEndpoint].map((endpoint) => route(endpoint.path))

/**
 * This project's endpoints that read a JSON body (they read it whatever its declared type, so a form could
 * otherwise post one). Payload's own operations also read multipart, which the admin sends for every save.
 */
const JSON_ONLY = [route('/graphql'), route(`/:collection${workflowEndpoint.path}`), route(`/${Opds.slug}${restructureEndpoint.path}`), route(`/${API_CLIENTS}${renewKeyEndpoint.path}`)]

const UNSAFE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** A session cookie that decides who is asking: Payload reads the Authorization header before the cookie. */
const isCookieSession = (headers: Headers, payload: Payload): boolean => {
  if (/^(JWT|Bearer) /.test(headers.get('authorization') ?? '')) return false
  const name = `${payload.config.cookiePrefix}-token=`
  return (headers.get('cookie') ?? '').split(';').some((part) => part.trim().startsWith(name) && part.trim().length > name.length)
}

/** Where the request says it comes from: Origin, else the Referer's origin ("null" counts as foreign). */
const claimedOrigin = (headers: Headers): string | undefined => {
  const origin = headers.get('origin')
  if (origin) return origin
  return originOf(headers.get('referer'))
}

/** The CMS's own origin: a configured one, or the host this very request was addressed to (the admin on its own address). */
const isCmsOrigin = (origin: string, request: Request): boolean => {
  if (cmsOrigins().includes(origin)) return true
  try {
    return new URL(origin).host === (request.headers.get('host') ?? new URL(request.url).host)
  } catch {
    return false
  }
}

/**
 * A POST that Payload runs as a GET, its query in the body: the admin asks for long lists this way (no form can
 * set the header). The same test as Payload's (handleEndpoints): either header saying GET.
 */
export const isMethodOverrideRead = (request: Request) =>
  request.method === 'POST' && (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')

const mediaType = (headers: Headers) => (headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()

/** Whether a body comes with the request (a declared type counts: the Fetch API gives every string body one). */
const hasBody = (headers: Headers) => Number(headers.get('content-length') ?? 0) > 0 || headers.has('transfer-encoding') || headers.has('content-type')

/**
 * Cross-site request forgery, refused before anything is read or written:
 * - the citizen forms take posts from the CMS, from the sites (SITES_ORIGIN, OPD hosts), or from clients
 *   that name no origin (scripts, other systems, pages under no-referrer); another site's page may not post them;
 * - any other write carrying the session cookie must say (Origin, else Referer) that it comes from the CMS
 *   itself: a foreign or missing origin is refused. Clients with a token in `Authorization` or an API key
 *   are not riding on a browser's cookie, so the origin does not concern them;
 * - a write's body is JSON, or multipart for Payload's own operations (the admin saves and uploads that
 *   way) and the imports; `text/plain` and form encodings, which any page's form can send, are refused
 *   with 415 except on the citizen forms and the admin's method-override reads.
 * Returns the refusal, or undefined to go on.
 */
export const refuseForgery = (request: Request, payload: Payload): Response | undefined => {
  if (!UNSAFE_METHODS.has(request.method)) return undefined
  const { headers } = request
  const path = new URL(request.url).pathname
  const origin = claimedOrigin(headers)

  if (CITIZEN_FORMS.some((pattern) => pattern.test(path))) {
    // "null" is what the CMS's own citizen pages send: they are served with no-referrer (a ticket is in their URL).
    if (origin === undefined || origin === 'null' || isCmsOrigin(origin, request) || isSitesOrigin(origin)) return undefined
    return refuse(403, `Formulir warga hanya diterima dari situs portal atau CMS, bukan dari ${origin}. Kirim lewat formulir di situs resmi.`)
  }

  if (isCookieSession(headers, payload)) {
    if (origin === undefined) {
      return refuse(403, 'Perubahan ditolak: permintaan dengan sesi masuk (cookie) harus menyertakan header Origin atau Referer dari admin CMS. Aplikasi di luar peramban: kirim token di header Authorization.')
    }
    if (!isCmsOrigin(origin, request)) {
      return refuse(403, `Perubahan ditolak: permintaan dengan sesi masuk (cookie) hanya diterima dari admin CMS (${cmsOrigins().join(', ')}), bukan dari ${origin}.`)
    }
  }

  if (!hasBody(headers)) return undefined
  const type = mediaType(headers)
  if (type === 'application/json') return undefined
  const jsonOnly = JSON_ONLY.some((pattern) => pattern.test(path))
  if (type === 'multipart/form-data' && !jsonOnly) return undefined
  if (type === 'application/x-www-form-urlencoded' && isMethodOverrideRead(request)) return undefined
  const accepted = jsonOnly ? 'JSON (Content-Type: application/json)' : 'JSON (Content-Type: application/json) atau multipart/form-data'
  return refuse(415, `Jenis isi "${type || 'tanpa Content-Type'}" tidak diterima di ${request.method} ${path}: kirim ${accepted}.`)
}
