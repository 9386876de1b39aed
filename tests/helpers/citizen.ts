import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

/**
 * The CMS's public routes as a citizen's browser reaches them through `npm start`'s front: each request
 * from a client address of its own (x-portal-peer) unless one is given, form-encoded or JSON.
 */
export const citizenClient = (config: Promise<SanitizedConfig>) => {
  const post = REST_POST(config)
  const get = REST_GET(config)
  let peer = 0
  const send = async (path: string, init: { method?: 'GET' | 'POST'; body?: string; type?: string; client?: string; headers?: Record<string, string> } = {}) => {
    const url = new URL(`http://localhost/api/${path}`)
    const request = new Request(url, {
      method: init.method ?? 'POST',
      headers: { 'x-portal-peer': init.client ?? `10.9.0.${++peer}`, ...(init.type ? { 'content-type': init.type } : {}), ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
    })
    const handler = (init.method ?? 'POST') === 'POST' ? post : get
    const response = await handler(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
    return { status: response.status, headers: response.headers, text: await response.text() }
  }
  return {
    send,
    /** A plain form post, as a browser without JavaScript sends it. */
    submit: (path: string, fields: Record<string, string>, client?: string) => send(path, { body: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded', ...(client ? { client } : {}) }),
    get: (path: string) => send(path, { method: 'GET' }),
  }
}

/** The ticket a redirect to a status page carries. */
export const ticketOf = (location: string | null) => new URL(location!, 'http://localhost').searchParams.get('tiket')!
