import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { budgetTotals, SERVICE_COMPONENTS } from '../../schemas/index.ts'
import { demoProvince } from '../../scripts/seed/data.ts'
import { serveSites } from '../../sites/lib/serve.ts'
import { buildGallery } from '../../templates/gallery/build.ts'
import { launchBrowser } from '../helpers/browser.ts'

const running = inject('e2e')
const reviewer = demoProvince(new Date()).users.find((u) => u.role === 'kominfo-reviewer')!
const dinkesEditor = demoProvince(new Date()).users.find((u) => u.role === 'opd-editor' && u.opds.includes('dinkes'))!
const axeSource = readFileSync(path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

/** WCAG 2.1 A and AA violations axe-core finds on the loaded page. */
const axeViolations = async (page: Page) => {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

const poll = async <T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = await check()
    if (result !== undefined) return result
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

describe.skipIf(!running)('the generated portal and OPD sites in a real Chromium', () => {
  const { cms, sites } = running ?? { cms: '', sites: '' }
  let browser: Browser
  let page: Page
  const sitemap = async (site: string) => [...(await (await fetch(`${sites}/${site}sitemap.xml`)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ locale: 'id-ID' })
  })
  afterAll(async () => browser?.close())

  it('serves the portal and every OPD site from the start command', async () => {
    expect(running!.output).toContain(`Sites    ${sites}/`)
    const response = await page.goto(`${sites}/`)
    expect(response!.status()).toBe(200)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id')
    expect(await page.getByRole('link', { name: 'Direktori OPD' }).count()).toBeGreaterThan(0)
    const opd = await (await fetch(`${sites}/dinkes/`)).text()
    expect(opd).toContain('Dinas Kesehatan')
  })

  it("lets a citizen search from the portal for an OPD's service, open it and read all 14 components", async () => {
    await page.goto(`${sites}/`)
    await page.getByRole('search').first().getByLabel('Cari').fill('ambulans')
    await page.getByRole('search').first().getByRole('button', { name: 'Cari' }).click()
    await page.waitForURL(/\/cari\/\?q=ambulans/)
    const result = page.locator('main a', { hasText: /ambulans/i }).first()
    await result.waitFor({ timeout: 15_000 })
    await result.click()
    await page.waitForURL(/\/dinkes\/layanan\//)
    for (const component of Object.values(SERVICE_COMPONENTS)) {
      await expect(page.getByRole('heading', { level: 3, name: component.label.id, exact: true }).isVisible(), component.label.id).resolves.toBe(true)
    }
  })

  it('shows search results ten at a time, filterable by OPD', async () => {
    await page.goto(`${sites}/cari/?q=layanan`)
    const results = page.locator('#hasil-cari li')
    await results.first().waitFor({ timeout: 15_000 })
    expect(await results.count()).toBe(10)
    await page.getByRole('button', { name: 'Tampilkan hasil berikutnya' }).click()
    await expect.poll(() => results.count()).toBeGreaterThan(10)
    await page.goto(`${sites}/cari/?q=layanan&opd=${encodeURIComponent('Dinas Kesehatan')}`)
    await results.first().waitFor({ timeout: 15_000 })
    const links = await page.locator('#hasil-cari li a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname))
    expect(links.every((href) => href.startsWith('/dinkes/'))).toBe(true)
  })

  it('needs no JavaScript to read a page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    const service = (await sitemap('dinkes/')).find((url) => url.includes('/layanan/') && !url.endsWith('/layanan/'))!
    await noJs.goto(service.replace('http://localhost:4321', sites))
    expect(await noJs.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(14)
    await noJs.goto(`${sites}/layanan/`)
    expect(await noJs.locator('main a[href*="/layanan/"]').count()).toBeGreaterThan(10)
    await context.close()
  })

  it("shows on an OPD's budget page the same totals as the CMS", async () => {
    const response = await fetch(`${cms}/api/budget-realisations?where[opd.slug][equals]=dinkes&sort=-positionDate&limit=1&depth=0`)
    const [latest] = ((await response.json()) as { docs: { fiscalYear: number; lines: { originalCeiling: number; revisedCeiling?: number; realisation: number }[] }[] }).docs
    const totals = budgetTotals(latest!.lines)
    await page.goto(`${sites}/dinkes/anggaran/${latest!.fiscalYear}/`)
    const footer = await page.locator('tfoot').innerText()
    expect(footer).toContain(`Rp ${totals.ceiling.toLocaleString('id-ID')}`)
    expect(footer).toContain(`Rp ${totals.realisation.toLocaleString('id-ID')}`)
    expect(await page.locator('svg[role="img"]').count()).toBe(1)
  })

  it('serves a change published through REST, search included, without anyone calling the build', async () => {
    const token = async (account: { email: string; password: string }) => {
      const login = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: account.email, password: account.password }) })
      return ((await login.json()) as { token: string }).token
    }
    const call = async (path: string, method: string, body: unknown, as: string) => {
      const response = await fetch(`${cms}/api/${path}`, { method, headers: { 'content-type': 'application/json', authorization: `JWT ${as}` }, body: JSON.stringify(body) })
      expect(response.status, await response.clone().text()).toBe(200)
    }
    const found = await fetch(`${cms}/api/services?where[opd.slug][equals]=dinkes&limit=1&depth=0`)
    const service = ((await found.json()) as { docs: { id: number; slug: string; summary: string }[] }).docs[0]!
    const word = `Zyxwqumbar${Date.now().toString(36)}`
    // Dinkes' editor saves and submits; Kominfo's reviewer publishes.
    const editorToken = await token(dinkesEditor)
    await call(`services/${service.id}`, 'PATCH', { summary: `${service.summary} Kini juga melayani ${word}.` }, editorToken)
    await call(`services/${service.id}/workflow`, 'POST', { action: 'submit' }, editorToken)
    await call(`services/${service.id}/workflow`, 'POST', { action: 'publish' }, await token(reviewer))
    await poll('the changed service page', async () => ((await (await fetch(`${sites}/dinkes/layanan/${service.slug}/`)).text()).includes(word) ? true : undefined))
    await page.goto(`${sites}/cari/?q=${word}`)
    await page.locator('main a', { hasText: /./ }).first().waitFor({ timeout: 15_000 })
    await page.locator('main mark').first().waitFor()
    await expect(page.locator('main').innerText()).resolves.toMatch(new RegExp(word, 'i'))
  })

  it('has no WCAG 2.1 AA violation on any template example or on a generated page of each kind', async () => {
    const galleryDir = mkdtempSync(path.join(tmpdir(), 'portal-gallery-'))
    let server: Server | undefined
    try {
      const examples = await buildGallery(galleryDir)
      server = await serveSites({ root: galleryDir, port: 4933, layout: { mode: 'paths', origin: 'http://localhost:4933' } })
      const failures: string[] = []
      for (const example of examples) {
        await page.goto(`http://localhost:4933${example.path}`)
        failures.push(...(await axeViolations(page)).map((v) => `${example.path} ${v}`))
      }
      // One generated page of each kind: every section of the portal and of an OPD, and one detail page of each.
      const urls = [...(await sitemap('')), ...(await sitemap('dinkes/'))].map((url) => url.replace('http://localhost:4321', sites))
      const kinds = new Map<string, string>()
      for (const url of urls) {
        // A kind is a path with its item segments (a slug, a year, a code) wildcarded: /OPD/layanan/*, /anggaran/*.
        const [first = '', ...rest] = new URL(url).pathname.split('/').filter(Boolean)
        const segments = first === 'dinkes' ? ['OPD', ...rest] : [first, ...rest]
        kinds.set(segments.map((segment, i) => (i >= (segments[0] === 'OPD' ? 2 : 1) ? '*' : segment)).join('/'), url)
      }
      for (const url of kinds.values()) {
        await page.goto(url)
        failures.push(...(await axeViolations(page)).map((v) => `${url} ${v}`))
      }
      expect(examples.length).toBeGreaterThan(20)
      expect(kinds.size).toBeGreaterThan(15)
      expect(failures).toEqual([])
    } finally {
      server?.close()
      rmSync(galleryDir, { recursive: true, force: true })
    }
  })
})
