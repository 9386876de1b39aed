import type { SiteModel } from './model.ts'

/**
 * The hand-over between the builder and the Astro route, which runs in the same process: the model is
 * set before `astro build` starts and read by `getStaticPaths`; rendering reports its progress back.
 */
const state = globalThis as typeof globalThis & { __portalSiteModel?: SiteModel; __portalSiteProgress?: (unit: string) => void }

export const provideModel = (model: SiteModel, onPage: (unit: string) => void) => {
  state.__portalSiteModel = model
  state.__portalSiteProgress = onPage
}

export const currentModel = (): SiteModel => {
  if (!state.__portalSiteModel) throw new Error('No site model: the sites are built by `npm run build:sites`, not by calling astro directly')
  return state.__portalSiteModel
}

export const renderedPage = (unit: string) => state.__portalSiteProgress?.(unit)
