import { readFileSync } from 'node:fs'
import type { SiteModel } from './model.ts'

/**
 * The hand-over between the builder and the Astro route: the builder writes the site model to a file
 * and runs Astro in a child process (`render-child.ts`) with its path in SITES_MODEL; `getStaticPaths`
 * and each page read it from here, and rendering reports its progress on stdout.
 */
const state = globalThis as typeof globalThis & { __portalSiteModel?: SiteModel }

export const currentModel = (): SiteModel => {
  if (state.__portalSiteModel) return state.__portalSiteModel
  const file = process.env.SITES_MODEL
  if (!file) throw new Error('No site model: the sites are built by `npm run build:sites`, not by calling astro directly')
  state.__portalSiteModel = JSON.parse(readFileSync(file, 'utf8')) as SiteModel
  return state.__portalSiteModel
}

/** One line per page rendered, read by the builder to show progress. */
export const renderedPage = (unit: string) => process.stdout.write(`@page ${unit}\n`)
