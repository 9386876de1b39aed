import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

/**
 * The CMS's real REST and GraphQL route handlers, called with real Request objects, without starting
 * Next: what a browser or another agency's client would get, minus the socket.
 */
export const httpClient = (config: Promise<SanitizedConfig>) => {
  const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
  const graphql = GRAPHQL_POST(config)
  const headersFor = (token?: string, extra: Record<string, string> = {}) => ({
    'accept-language': 'id',
    ...(token ? { authorization: `JWT ${token}` } : {}),
    ...extra,
  })

  const rest = async (method: keyof typeof handlers, path: string, init: { token?: string; json?: unknown; form?: FormData } = {}) => {
    const url = new URL(`http://localhost/api/${path}`)
    const body = init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json))
    const headers = headersFor(init.token, init.json === undefined ? {} : { 'content-type': 'application/json' })
    const request = new Request(url, { method, headers, body })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
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
    graphql: async (query: string, token?: string, variables?: Record<string, unknown>) => {
      const request = new Request('http://localhost/api/graphql', { method: 'POST', headers: headersFor(token, { 'content-type': 'application/json' }), body: JSON.stringify({ query, variables }) })
      const response = await graphql(request)
      const text = await response.text()
      const body = JSON.parse(text)
      // Requests refused before execution (validation rules) come back as a bare list of errors.
      const data = (Array.isArray(body) ? { errors: body } : body) as { data?: any; errors?: { message: string }[] }
      return { status: response.status, text, data }
    },
  }
}

export type HttpClient = ReturnType<typeof httpClient>
