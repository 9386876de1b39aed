import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Urls } from './urls.ts'

/** An old OPD address (renamed, merged or split away) and the OPDs that took its pages, the first taking the rest. */
export interface Redirect {
  from: string
  to: string
  also: string[]
}

/** Old page (its folder relative to the output root, e.g. `diskumkm/layanan/izin/`) -> where it went. */
export type RedirectMap = Record<string, string>

/** Folders of generated files that are not pages. */
const NOT_PAGES = new Set(['_media', 'berkas', 'pagefind'])

/** Every page folder under a site root, relative to it ('' for its home). */
const pagesUnder = (root: string, dir = root): string[] => {
  if (!existsSync(dir)) return []
  const here = existsSync(path.join(dir, 'index.html')) ? [path.relative(root, dir) ? `${path.relative(root, dir)}/` : ''] : []
  return [
    ...here,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !NOT_PAGES.has(entry.name))
      .flatMap((entry) => pagesUnder(root, path.join(dir, entry.name))),
  ]
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** A page that sends browsers on at once, for static hosts that answer no 301 of their own. */
const stub = (href: string, canonical: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Halaman ini pindah</title><meta name="robots" content="noindex"><link rel="canonical" href="${escape(canonical)}"><meta http-equiv="refresh" content="0; url=${escape(href)}"></head>` +
  `<body><p>OPD ini telah berganti susunan. Halaman ini kini ada di <a href="${escape(href)}">${escape(canonical)}</a>.</p></body></html>\n`

/**
 * Makes every page the successors of an old OPD address have reachable under that address too: the page of
 * the same path on the first successor that has it (so an item that went to another OPD of a split is
 * found there). Writes a redirecting page at each old path, `redirects.json` (what `npm start`'s server
 * answers with a 301) and `redirects.nginx.conf` (a `map` for nginx, see docs/DEPLOYMENT.md). Run over the
 * finished output, so carried-over sites count as well as rendered ones.
 */
export const writeRedirects = (site: string, redirects: Redirect[], units: string[], urls: Urls): RedirectMap => {
  const map: RedirectMap = {}
  for (const redirect of redirects) {
    if (units.includes(redirect.from)) continue
    const successors = [redirect.to, ...redirect.also].filter((slug) => units.includes(slug))
    for (const successor of successors) {
      for (const page of pagesUnder(path.join(site, urls.file(successor)))) {
        const old = urls.file(redirect.from, page)
        if (old in map) continue
        map[old] = urls.href(redirect.from, successor, page)
        const file = path.join(site, old, 'index.html')
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(file, stub(map[old], urls.absolute(successor, page)))
      }
    }
  }
  const entries = Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1))
  writeFileSync(path.join(site, 'redirects.json'), `${JSON.stringify(Object.fromEntries(entries), null, 1)}\n`)
  const key = urls.mode === 'paths' ? '$uri' : '$host$uri'
  const from = (old: string) => {
    const [slug, ...rest] = old.split('/')
    return urls.mode === 'paths' ? `/${old}` : `${new URL(urls.absolute(slug!)).host}/${rest.join('/')}`
  }
  writeFileSync(
    path.join(site, 'redirects.nginx.conf'),
    `# Old OPD addresses (renamed, merged, split). In the http block: include this file; in the server blocks: if ($opd_redirect) { return 301 $opd_redirect; }\nmap ${key} $opd_redirect {\n  default "";\n${entries.map(([old, href]) => `  "${from(old)}" "${href}";`).join('\n')}\n}\n`,
  )
  return map
}
