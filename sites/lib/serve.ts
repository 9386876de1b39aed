import { readFileSync, realpathSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import finalhandler from 'finalhandler'
import serveStatic from 'serve-static'
import type { RedirectMap } from './redirects.ts'
import type { SiteLayout } from './urls.ts'

/**
 * Serves the live output. Every request resolves the live link afresh, so a swapped-in build is served
 * from the next request on. In `hosts` layout, `<slug>.<domain>` is served from the OPD's folder. Old
 * addresses of renamed, merged or split OPDs answer 301 to where their pages went.
 */
export const serveSites = ({ root, port, layout }: { root: string; port: number; layout: SiteLayout }): Promise<Server> => {
  const options: serveStatic.ServeStaticOptions = {
    index: ['index.html'],
    redirect: true,
    setHeaders: (res, file) => {
      // Media and documents are named by content hash; everything else may change with the next publish.
      res.setHeader('Cache-Control', /[/\\](_media|berkas)[/\\]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache')
      res.setHeader('X-Content-Type-Options', 'nosniff')
    },
  }
  const portal = serveStatic(root, options)
  const perHost = new Map<string, ReturnType<typeof serveStatic>>()
  // The live build's old OPD addresses (sites/lib/redirects.ts), read again when another build goes live.
  let redirects: { build: string; map: RedirectMap } = { build: '', map: {} }
  const movedTo = (page: string): string | undefined => {
    try {
      const build = realpathSync(root)
      if (build !== redirects.build) redirects = { build, map: JSON.parse(readFileSync(path.join(build, 'redirects.json'), 'utf8')) as RedirectMap }
    } catch {
      return undefined
    }
    const key = page.endsWith('/') || path.extname(page) ? page : `${page}/`
    return Object.hasOwn(redirects.map, key) ? redirects.map[key] : undefined
  }
  const server = createServer((req, res) => {
    const done = finalhandler(req, res)
    const host = (req.headers.host ?? '').split(':')[0]!
    const suffix = `.${layout.domain}`
    const onHost = layout.mode === 'hosts' && layout.domain && host.endsWith(suffix) ? host.slice(0, -suffix.length) : undefined
    let pathname = ''
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '')
    } catch {
      return done()
    }
    const moved = movedTo(onHost ? `${onHost}/${pathname}` : pathname)
    if (moved) return res.writeHead(301, { location: moved, 'cache-control': 'no-cache' }).end()
    if (onHost !== undefined) {
      const slug = onHost
      if (!/^[a-z0-9-]+$/.test(slug)) return done()
      if (!perHost.has(slug)) perHost.set(slug, serveStatic(path.join(root, slug), options))
      return perHost.get(slug)!(req, res, done)
    }
    portal(req, res, done)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
