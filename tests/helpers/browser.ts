import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Why browser tests cannot run here, or null. Without a system Chromium they report as skipped, unless
 * REQUIRE_BROWSER is set (CI installs Chromium and sets it), where that is a failure.
 */
export const browserUnavailable = (): string | null => {
  if (existsSync(executablePath)) return null
  if (process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but there is no Chromium at ${executablePath}`)
  return `no Chromium at ${executablePath} (apt-get install chromium)`
}

/** The system Chromium, headless, with no background traffic (this machine has no network but the registries). */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
