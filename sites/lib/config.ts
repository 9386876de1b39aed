import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SiteLayout } from './urls.ts'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The builder's settings, from the environment (documented in the README). */
export const sitesConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const port = Number(env.SITES_PORT ?? 4321)
  const mode = env.SITES_LAYOUT ?? 'paths'
  if (mode !== 'paths' && mode !== 'hosts') throw new Error(`SITES_LAYOUT must be "paths" or "hosts", not "${mode}"`)
  const layout: SiteLayout = { mode, origin: env.SITES_ORIGIN ?? `http://localhost:${port}`, ...(env.SITES_DOMAIN ? { domain: env.SITES_DOMAIN } : {}) }
  const cms = env.CMS_URL ?? `http://localhost:${env.PORT ?? 3000}`
  return {
    cms,
    cmsPublic: env.CMS_PUBLIC_URL ?? cms,
    outDir: path.resolve(repoRoot, env.SITES_DIR ?? 'dist'),
    port,
    layout,
  }
}
