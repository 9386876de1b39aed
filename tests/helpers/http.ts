import { NextRequest } from 'next/server.js'
import type { SanitizedConfig } from 'payload'
import { apiRoutes } from '../../cms/api/routes.ts'

/**
 * A request as Next's route handlers receive it: a NextRequest behind a Proxy whose methods are bound to
 * the target (next/dist/server/route-modules/app-route, proxyNextRequest). Code that treats it as a plain
 * Request (`new Request(request)`) fails here as it does in production.
 */
const asNextRouteSees = (request: Request): Request =>
  new Proxy(new NextRequest(request), {
    get: (target, prop) => {
      const value = Reflect.get(target, prop, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })

/**
 * The CMS's real REST and GraphQL route handlers (with the API's keys and limits), called with real Request
 * objects, without starting Next: what a browser or another agency's client would get, minus the socket.
 * `headers` go with every request (an API key, the front server's peer address).
 */
export const httpClient = (config: Promise<SanitizedConfig>, headers: Record<string, string> = {}) => {
  const api = apiRoutes(config)
  const handlers = { GET: api.GET, POST: api.POST, PATCH: api.PATCH, PUT: api.PUT, DELETE: api.DELETE }
  const graphql = api.GRAPHQL
  const headersFor = (token?: string, extra: Record<string, string> = {}) => ({
    'accept-language': 'id',
    ...headers,
    ...(token ? { authorization: `JWT ${token}` } : {}),
    ...extra,
  })

  const rest = async (method: keyof typeof handlers, path: string, init: { token?: string; json?: unknown; form?: FormData; body?: string; headers?: Record<string, string> } = {}) => {
    const url = new URL(`http://localhost/api/${path}`)
    const body = init.form ?? init.body ?? (init.json === undefined ? undefined : JSON.stringify(init.json))
    const headers = headersFor(init.token, { ...(init.json === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers })
    const request = new Request(url, { method, headers, body })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](asNextRouteSees(request), { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let data: any
    try {
      data = JSON.parse(text)
    } catch {
      data = undefined
    }
    return { status: response.status, text, data, headers: response.headers }
  }

  return {
    get: (path: string, token?: string) => rest('GET', path, { token }),
    post: (path: string, json: unknown, token?: string) => rest('POST', path, { token, json }),
    patch: (path: string, json: unknown, token?: string) => rest('PATCH', path, { token, json }),
    delete: (path: string, token?: string) => rest('DELETE', path, { token }),
    upload: (path: string, form: FormData, token?: string) => rest('POST', path, { token, form }),
    /** Any body with the headers given (a form's encodings, a wrong Content-Type), to the REST handlers. */
    send: (method: keyof typeof handlers, path: string, body: string | FormData | undefined, headers: Record<string, string>, token?: string) =>
      rest(method, path, { token, headers, ...(body instanceof FormData ? { form: body } : { body }) }),
    graphql: async (query: string, token?: string, variables?: Record<string, unknown>) => {
      const request = new Request('http://localhost/api/graphql', { method: 'POST', headers: headersFor(token, { 'content-type': 'application/json' }), body: JSON.stringify({ query, variables }) })
      const response = await graphql(asNextRouteSees(request))
      const text = await response.text()
      const body = JSON.parse(text)
      // Requests refused before execution (validation rules) come back as a bare list of errors.
      const data = (Array.isArray(body) ? { errors: body } : body) as { data?: any; errors?: { message: string }[] }
      return { status: response.status, text, data }
    },
  }
}

export type HttpClient = ReturnType<typeof httpClient>
