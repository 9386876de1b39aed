import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'astro'

/**
 * Renders the site model (SITES_MODEL) with Astro into SITES_OUT, in a process of its own: every build
 * starts from fresh modules (Astro keeps state between builds in one process) and frees its memory at the end.
 */
// Astro would otherwise try to send telemetry from every build.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
const sitesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
await build({
  root: sitesRoot,
  outDir: process.env.SITES_OUT!,
  logLevel: 'error',
  configFile: false,
  site: process.env.SITES_ORIGIN!,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: { logLevel: 'error', server: { fs: { allow: [path.resolve(sitesRoot, '..')] } } },
})
