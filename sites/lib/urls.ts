import { PROVINCE } from './snapshot.ts'

/**
 * Where the sites live. `paths`: one origin, the portal at `/` and each OPD under `/<slug>/` (the default,
 * and what `npm start` serves). `hosts`: the portal at `origin`, each OPD on `<scheme>://<slug>.<domain>/`.
 * The files on disk are the same in both: the portal at the root of the output, each OPD in `<slug>/`; a
 * web server maps each OPD host onto its folder.
 */
export interface SiteLayout {
  mode: 'paths' | 'hosts'
  /** The portal's origin, e.g. http://localhost:4321 or https://bantenprov.go.id (no trailing slash). */
  origin: string
  /** Parent domain of the OPD hosts in `hosts` mode, e.g. bantenprov.go.id. */
  domain?: string
}

/** Links between and within sites: relative to the site's own root when they stay on it, absolute otherwise. */
export const createUrls = (layout: SiteLayout) => {
  const origin = layout.origin.replace(/\/+$/, '')
  const scheme = new URL(origin).protocol
  if (layout.mode === 'hosts' && !layout.domain) throw new Error('SITES_LAYOUT=hosts needs SITES_DOMAIN (or the province domain in the CMS)')

  /** Absolute URL of a page (path without leading slash, '' for home) of a unit's site. */
  const absolute = (unit: string, path = ''): string => {
    if (unit === PROVINCE) return `${origin}/${path}`
    return layout.mode === 'paths' ? `${origin}/${unit}/${path}` : `${scheme}//${unit}.${layout.domain}/${path}`
  }

  /** Root-relative path of a page on the origin that serves it. */
  const onHost = (unit: string, path = ''): string => (unit === PROVINCE || layout.mode === 'hosts' ? `/${path}` : `/${unit}/${path}`)

  return {
    mode: layout.mode,
    absolute,
    /** A link printed on a page of `from` to a page of `to`. */
    href: (from: string, to: string, path = ''): string => (from === to || layout.mode === 'paths' ? onHost(to, path) : absolute(to, path)),
    /** Where a unit's page is written, relative to the output root. */
    file: (unit: string, path = ''): string => `${unit === PROVINCE ? '' : `${unit}/`}${path}`,
  }
}

export type Urls = ReturnType<typeof createUrls>
