import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'astro'
import { examplePages } from '../examples/index.ts'

/** Builds every template example into static HTML under `outDir`; returns the pages built. */
export const buildGallery = async (outDir: string): Promise<{ path: string; name: string; file: string }[]> => {
  const root = fileURLToPath(new URL('.', import.meta.url))
  // Examples reuse schemas/ and schemas/examples/, outside the gallery root.
  const repo = fileURLToPath(new URL('../../', import.meta.url))
  const out = resolve(outDir)
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
  await build({
    root,
    outDir: out,
    logLevel: 'warn',
    configFile: false,
    build: { inlineStylesheets: 'always', format: 'directory' },
    vite: { logLevel: 'warn', server: { fs: { allow: [repo] } } },
  })
  return examplePages().map(({ name, path }) => ({ path: `/${path}/`, name, file: resolve(out, path, 'index.html') }))
}
