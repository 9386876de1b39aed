import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { browserUnavailable } from './browser.ts'
import { startCms } from './server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { cms: string; sites: string; sitesDir: string; output: string } | null
  }
}

/**
 * One real `npm start` (CMS, site builder, static server) for every browser test: starting it costs a
 * minute on these machines, so the browser tests share it and run one file after another.
 */
export default async function setup(project: TestProject) {
  if (browserUnavailable()) {
    project.provide('e2e', null)
    return
  }
  const sitesDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-sites-'))
  const running = await startCms(3931, { SITES_PORT: '4931', SITES_BUILDER_PORT: '4932', SITES_DIR: sitesDir })
  project.provide('e2e', { cms: running.url, sites: 'http://localhost:4931', sitesDir, output: running.output() })
  return async () => {
    await running.stop()
    rmSync(sitesDir, { recursive: true, force: true })
  }
}
