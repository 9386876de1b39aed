import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

/**
 * The CMS's own public routes (GraphQL and REST reads, files included) on a real loopback socket, without
 * Next: what the site builder talks to in production, for tests that need a CMS over HTTP.
 */
export const serveCms = async (config: Promise<SanitizedConfig>) => {
  const graphql = GRAPHQL_POST(config)
  const get = REST_GET(config)
  let down = false
  const server = createServer(async (req, res) => {
    if (down) return res.destroy()
    const url = new URL(req.url!, 'http://localhost')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request = new Request(url, { method: req.method, headers: req.headers as Record<string, string>, ...(req.method === 'POST' ? { body: Buffer.concat(chunks) } : {}) })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response =
      url.pathname === '/api/graphql' && req.method === 'POST'
        ? await graphql(request)
        : req.method === 'GET' && url.pathname.startsWith('/api/')
          ? await get(request, { params: Promise.resolve({ slug }) })
          : new Response('not found', { status: 404 })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Simulates an outage: connections are dropped until `up()`. */
    down: () => void (down = true),
    up: () => void (down = false),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
