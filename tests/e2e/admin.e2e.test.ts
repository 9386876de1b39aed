import { spawnSync } from 'node:child_process'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoProvince } from '../../scripts/seed/data.ts'
import { MARKERS } from '../../scripts/seed/markers.ts'
import { browserUnavailable, launchBrowser } from '../helpers/browser.ts'

const users = demoProvince(new Date()).users
const editor = users.find((u) => u.role === 'opd-editor' && u.opds.includes('diskominfo'))!

/**
 * Picks a workflow step; the edit view may render its controls again while it settles (form state,
 * document lock), which resets the choice, so it is made again until what the step shows is there.
 */
const choose = async (page: Page, action: string, shown: ReturnType<Page['locator']>) => {
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel('Langkah alur kerja').selectOption(action)
    try {
      await shown.waitFor({ timeout: 3_000 })
      return
    } catch (error) {
      if (attempt === 4) throw error
    }
  }
}

/**
 * Records every Content-Security-Policy violation in a context's pages (the browser's own event, from the
 * first script on; a page the policy breaks shows up here even when the step still passes).
 */
const watchCsp = async (context: BrowserContext, into: string[]) => {
  await context.exposeBinding('reportCspViolation', (_source, text: string) => void into.push(text))
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
    ),
  )
  return context
}

describe.skipIf(browserUnavailable())('the start command serves the admin and GraphQL with the demo province', () => {
  const cms = { url: inject('e2e')?.cms ?? '', output: () => inject('e2e')?.output ?? '' }
  let browser: Browser
  let page: Page
  /** Every admin page signed in below runs under the admin's CSP; nothing it does may be refused by it. */
  const violations: string[] = []
  /** A read as the signed-in admin page makes it (a browser fetch: same-origin, with the session cookie). */
  const readAs = async <T,>(on: Page, path: string): Promise<T> => on.evaluate(async (url) => (await fetch(url)).json(), `${cms.url}${path}`) as Promise<T>

  /** Signs a demo account in on a page of its own (a fresh browser context, its own session). */
  const signIn = async (user: { email: string; password: string }, on?: Page) => {
    const context = on ? on.context() : await watchCsp(await browser.newContext({ locale: 'id-ID' }), violations)
    const signed = on ?? (await context.newPage())
    await signed.goto(`${cms.url}/admin`)
    await signed.getByLabel(/email/i).fill(user.email)
    await signed.getByLabel(/kata sandi/i).fill(user.password)
    await signed.getByRole('button', { name: /masuk/i }).click()
    await signed.waitForURL(`${cms.url}/admin`)
    return { context, page: signed }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await watchCsp(await browser.newContext({ locale: 'id-ID' }), violations)).newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('prints the addresses and the demo logins', () => {
    expect(cms.output()).toContain(`${cms.url}/admin`)
    expect(cms.output()).toContain(`${cms.url}/api/graphql`)
    for (const user of users) expect(cms.output()).toContain(user.email)
  })

  it('answers GraphQL with the demo province', async () => {
    const response = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Opds(limit: 100) { totalDocs docs { slug } } Services(limit: 100, where: { kind: { equals: external } }) { docs { slug } } }' }),
    })
    const body = (await response.json()) as { data: { Opds: { totalDocs: number }; Services: { docs: { slug: string }[] } } }
    expect(body.data.Opds.totalDocs).toBe(42)
    expect(body.data.Services.docs.map((s) => s.slug).sort()).toEqual(['pajak-kendaraan', 'paspor', 'sertifikat-tanah'])
  })

  it('lets an OPD editor sign in, in Bahasa Indonesia, and refuses an incomplete form field by field', async () => {
    await signIn(editor, page)
    await expect(page.getByText('Perencanaan dan anggaran').first().isVisible()).resolves.toBe(true)

    await page.goto(`${cms.url}/admin/collections/goals/create`)
    // OPD staff save drafts for Kominfo's review: there is no publish button to press.
    await page.getByRole('button', { name: /simpan draf/i }).waitFor()
    expect(await page.getByRole('button', { name: /publikasikan/i }).count()).toBe(0)
    await page.locator('#field-statement').fill('Abc')
    await page.getByRole('button', { name: /simpan draf/i }).click()
    await expect(page.getByText('Minimal 5 karakter').first().waitFor({ timeout: 10_000 })).resolves.toBeUndefined()
    await page.screenshot({ path: 'tests/e2e/.artifacts/goal-form-errors.png', fullPage: true })
  })

  it('shows the OPD editor only its own compliance checklist on the dashboard', async () => {
    await page.goto(`${cms.url}/admin`)
    await expect(page.getByRole('heading', { name: 'Daftar periksa OPD Anda' }).isVisible()).resolves.toBe(true)
    expect(await page.locator('.compliance-dashboard tbody tr').count()).toBe(1)
    await expect(page.locator('.compliance-dashboard tbody tr').first().getAttribute('data-opd')).resolves.toBe('diskominfo')
  })

  it('ranks every OPD for Kominfo, with each unmet duty linking to the form that fixes it', async () => {
    const admin = users.find((u) => u.role === 'kominfo-admin')!
    const { context, page: adminPage } = await signIn(admin)
    await adminPage.getByRole('heading', { name: 'Kepatuhan terhadap kewajiban publikasi' }).waitFor()
    const rows = adminPage.locator('.compliance-dashboard tbody tr')
    expect(await rows.count()).toBe(42)
    await expect(rows.last().getAttribute('data-opd')).resolves.toBe('badan-penghubung')
    // Inside the closed drill-down: the link is there before it is opened.
    const fix = rows.last().locator('a', { hasText: 'Perbaiki' }).first()
    await expect(fix.getAttribute('href')).resolves.toBe('/admin/collections/opd-profiles?where[opd.slug][equals]=badan-penghubung')
    await adminPage.goto(`${cms.url}/admin?kategori=tidak_informatif`)
    await adminPage.getByRole('heading', { name: 'Kepatuhan terhadap kewajiban publikasi' }).waitFor()
    expect(await rows.count()).toBe(1)
    await context.close()
  })

  it('takes a draft through the workflow in the admin: the editor submits, the reviewer finds it in the queue and returns it with a reason', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: editor.email, password: editor.password }) })
    const { token } = (await login.json()) as { token: string }
    const found = await fetch(`${cms.url}/api/news?draft=true&depth=0&where[title][like]=${MARKERS.draft}`, { headers: { authorization: `JWT ${token}` } })
    const draft = ((await found.json()) as { docs: { id: number; title: string }[] }).docs[0]!

    // The editor is signed in on `page` (above).
    await page.goto(`${cms.url}/admin/collections/news/${draft.id}`)
    // The edit view settles (form state, document lock) before anything is chosen in it.
    await page.waitForLoadState('networkidle')
    await choose(page, 'submit', page.getByRole('button', { name: 'Jalankan', disabled: false }))
    await page.getByRole('button', { name: 'Jalankan' }).click()
    await page.getByText(/Ajukan untuk ditelaah: berhasil, kini Diajukan/).first().waitFor({ timeout: 15_000 })

    const reviewer = users.find((u) => u.role === 'kominfo-reviewer')!
    const { context, page: reviewerPage } = await signIn(reviewer)
    // The dashboard links the queue (it computes the province's compliance first, which may take a while).
    await expect(reviewerPage.getByRole('link', { name: 'Antrean telaah' }).getAttribute('href', { timeout: 60_000 })).resolves.toBe('/admin/antrean-telaah')
    await reviewerPage.goto(`${cms.url}/admin/antrean-telaah`)
    await reviewerPage.getByRole('heading', { name: 'Antrean telaah' }).waitFor()
    await reviewerPage.getByRole('link', { name: draft.title }).click()
    await reviewerPage.waitForURL(`${cms.url}/admin/collections/news/${draft.id}`)
    await reviewerPage.waitForLoadState('networkidle')
    await choose(reviewerPage, 'return', reviewerPage.getByRole('textbox', { name: 'Alasan', exact: true }))
    const run = reviewerPage.getByRole('button', { name: 'Jalankan' })
    // No return without a reason.
    await expect(run.isDisabled()).resolves.toBe(true)
    await reviewerPage.getByRole('textbox', { name: 'Alasan', exact: true }).fill('Lengkapi tanggal dan lampiran pengumuman')
    await run.click()
    await reviewerPage.getByText(/Kembalikan dengan alasan: berhasil, kini Dikembalikan/).first().waitFor({ timeout: 15_000 })
    await reviewerPage.screenshot({ path: 'tests/e2e/.artifacts/workflow-returned.png', fullPage: true })
    await context.close()
  })

  it('shows a reviewer the draft as its page will look, in a private page nobody else gets and no build holds', async () => {
    const reviewer = users.find((u) => u.role === 'kominfo-reviewer')!
    const { context, page: reviewerPage } = await signIn(reviewer)
    const draft = (await readAs<{ docs: { id: number; title: string }[] }>(reviewerPage, `/api/news?draft=true&depth=0&where[title][like]=${MARKERS.draft}`)).docs[0]!
    await reviewerPage.goto(`${cms.url}/admin/collections/news/${draft.id}`)
    const button = reviewerPage.getByRole('link', { name: 'Pratinjau' })
    await expect(button.getAttribute('href', { timeout: 30_000 })).resolves.toBe(`/api/news/${draft.id}/draft-preview`)
    const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
    await preview.getByRole('heading', { level: 1, name: draft.title }).waitFor({ timeout: 60_000 })
    expect(preview.url()).toBe(`${cms.url}/api/news/${draft.id}/draft-preview`)
    await expect(preview.getByRole('status').first().textContent()).resolves.toMatch(/PRATINJAU/)
    expect((await context.request.get(preview.url())).headers()['cache-control']).toBe('private, no-store')
    await preview.screenshot({ path: 'tests/e2e/.artifacts/preview.png' })

    // A visitor (no session) gets a page asking to sign in, without the draft.
    const anonymous = await browser.newContext({ locale: 'id-ID' })
    const visitor = await anonymous.newPage()
    const refused = await visitor.goto(`${cms.url}/api/news/${draft.id}/draft-preview`)
    expect(refused?.status()).toBe(401)
    await expect(visitor.content()).resolves.not.toContain(MARKERS.draft)
    await anonymous.close()
    await context.close()

    // No file of any build carries the draft.
    const grep = spawnSync('grep', ['-rlI', MARKERS.draft, inject('e2e')!.sitesDir])
    expect(grep.stdout.toString()).toBe('')
    expect(grep.status).toBe(1)
  })

  it('takes a complaint and a request for information from a generated OPD site without JavaScript; the OPD answers in the admin and the status page shows it', async () => {
    const sites = inject('e2e')!.sites
    const citizen = await browser.newContext({ locale: 'id-ID', javaScriptEnabled: false })
    const form = await citizen.newPage()
    await form.goto(`${sites}/dinkes/aduan/`)
    await form.getByLabel('Perihal').fill('Ambulans datang terlambat di Cikande')
    await form.getByLabel('Isi pengaduan atau aspirasi').fill('Ambulans baru tiba satu jam setelah ditelepon; mohon dievaluasi.')
    await form.getByLabel('Nama', { exact: true }).fill('Warga Uji Tanpa Skrip')
    await form.getByLabel('Telepon (tidak wajib)').fill('0812 1111 2222')
    await form.getByLabel(/Saya setuju/).check()
    await form.getByRole('button', { name: 'Kirim pengaduan' }).click()
    await form.waitForURL(/\/api\/aduan\/status\?tiket=/)
    const ticket = (await form.locator('.tiket').textContent())!.trim()
    expect(ticket).toMatch(/^ADU-\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    await form.getByText('Belum ada jawaban').waitFor()
    await expect(form.content()).resolves.not.toContain('Warga Uji Tanpa Skrip')
    await form.screenshot({ path: 'tests/e2e/.artifacts/complaint-received.png', fullPage: true })

    const dinkesEditor = users.find((u) => u.role === 'opd-editor' && u.opds.includes('dinkes'))!
    const { context, page: admin } = await signIn(dinkesEditor)
    const complaint = (await readAs<{ docs: { id: number }[] }>(admin, `/api/complaints?where[ticket][equals]=${ticket}&depth=0`)).docs[0]!
    await admin.goto(`${cms.url}/admin/collections/complaints/${complaint.id}`)
    await admin.waitForLoadState('networkidle')
    await admin.locator('#field-status').click()
    await admin.getByRole('option', { name: 'Dijawab' }).click()
    await admin.locator('#field-answer').fill('Armada ambulans ditambah dua unit di wilayah Cikande mulai bulan depan.')
    await admin.getByRole('button', { name: /^Simpan$/ }).click()
    await admin.getByText(/berhasil/i).first().waitFor({ timeout: 15_000 })
    await context.close()

    await form.reload()
    await form.getByText('Armada ambulans ditambah dua unit di wilayah Cikande mulai bulan depan.').waitFor()
    await expect(form.getByText('Dijawab', { exact: true }).count()).resolves.toBeGreaterThan(0)
    await form.screenshot({ path: 'tests/e2e/.artifacts/complaint-answered.png', fullPage: true })
    await citizen.close()
    // A request for information from the same site, also without JavaScript.
    const requester = await browser.newContext({ locale: 'id-ID', javaScriptEnabled: false })
    const ppid = await requester.newPage()
    await ppid.goto(`${sites}/dinkes/ppid/`)
    await ppid.getByRole('link', { name: 'Ajukan permohonan informasi' }).click()
    await ppid.getByLabel('Rincian informasi yang dimohon').fill('Jumlah ambulans per kabupaten tahun 2026')
    await ppid.getByLabel('Tujuan penggunaan informasi').fill('Bahan liputan media warga')
    await ppid.getByLabel('Nama sesuai KTP').fill('Pemohon Uji Tanpa Skrip')
    await ppid.getByLabel('NIK', { exact: true }).fill('3604011203850002')
    await ppid.getByLabel('Email', { exact: true }).fill('pemohon.tanpa.skrip@contoh.invalid')
    await ppid.getByLabel(/Saya setuju/).check()
    await ppid.getByRole('button', { name: 'Kirim permohonan' }).click()
    await ppid.waitForURL(/\/api\/ppid\/status\?tiket=PPID-/)
    await ppid.getByText('Simpan kode tiket ini').waitFor()
    await requester.close()

    // The citizens' names and contacts are nowhere a visitor or an operator's log could read them.
    for (const personal of ['Warga Uji Tanpa Skrip', '0812 1111 2222', 'Pemohon Uji Tanpa Skrip', '3604011203850002', 'pemohon.tanpa.skrip@contoh.invalid']) {
      expect(cms.output()).not.toContain(personal)
      expect(spawnSync('grep', ['-rlI', personal, inject('e2e')!.sitesDir]).stdout.toString()).toBe('')
    }
  })

  it("turns an OPD's raw survey answers into a draft SKM result in the admin, showing the IKM and grade first", async () => {
    const dinkesEditor = users.find((u) => u.role === 'opd-editor' && u.opds.includes('dinkes'))!
    const { context, page: editorPage } = await signIn(dinkesEditor)
    await expect(editorPage.getByRole('link', { name: 'Impor hasil SKM' }).getAttribute('href', { timeout: 60_000 })).resolves.toBe('/admin/impor-skm')
    await editorPage.goto(`${cms.url}/admin/impor-skm`)
    await editorPage.getByRole('heading', { name: 'Impor hasil SKM' }).waitFor()
    await editorPage.waitForLoadState('networkidle')
    await editorPage.getByLabel(/^Periode/).fill('Semester II 2026')
    await editorPage.getByLabel(/^Akhir survei/).fill('2026-11-20')
    await editorPage.getByLabel(/^Unit penanggung jawab/).fill('Dinkes - Subbag Umum')
    const answers = 'No;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;4;4;3;4;3;4;4;3;4\n2;3;3;3;4;3;3;4;3;3\n3;4;4;4;4;4;4;4;4;4\n4;2;3;3;3;3;3;3;3;2\n'
    await editorPage.getByLabel(/^Berkas jawaban/).setInputFiles({ name: 'jawaban.csv', mimeType: 'text/csv', buffer: Buffer.from(answers) })
    await editorPage.getByRole('button', { name: 'Periksa berkas' }).click()
    await editorPage.getByRole('heading', { name: 'IKM 85,42: mutu B (Baik), 4 responden' }).waitFor()
    await editorPage.getByRole('button', { name: 'Simpan sebagai draf' }).click()
    await editorPage.getByRole('link', { name: 'Buka dan ajukan untuk ditelaah' }).waitFor()
    await editorPage.screenshot({ path: 'tests/e2e/.artifacts/skm-import.png', fullPage: true })
    await context.close()
  })

  it('imports budget realisation from a spreadsheet in the admin: the check names a bad cell by row and column, the fixed file becomes a draft of the OPD', async () => {
    const { docs } = (await (await fetch(`${cms.url}/api/programmes?where[opd.slug][equals]=diskominfo&where[level][equals]=sub_activity&limit=1&depth=0`)).json()) as { docs: { code: string; year: number }[] }
    const subActivity = docs[0]!
    const sheet = (ceiling: string) =>
      `Tahun Anggaran;Tanggal Posisi;Kode Sub Kegiatan;Jenis Belanja;Sumber Dana;Pagu Murni;Realisasi;Unit Penanggung Jawab\n${subActivity.year};${subActivity.year}-10-31;${subActivity.code};Belanja Operasi;PAD;${ceiling};125000013;Sekretariat - Subbagian Keuangan\n`
    const { context, page: editorPage } = await signIn(editor)
    await editorPage.goto(`${cms.url}/admin/impor-data`)
    await editorPage.getByRole('heading', { name: 'Impor data dari lembar kerja' }).waitFor()
    await editorPage.waitForLoadState('networkidle')
    await editorPage.getByLabel('Jenis data').selectOption('budget-realisations')
    await editorPage.getByLabel(/^Berkas/).setInputFiles({ name: 'realisasi.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet('dua ratus juta')) })
    await editorPage.getByRole('button', { name: 'Periksa berkas' }).click()
    await editorPage.getByRole('alert').getByText(/Baris 2, kolom Pagu Murni/).waitFor()
    await editorPage.getByLabel(/^Berkas/).setInputFiles({ name: 'realisasi.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet('200000017')) })
    await editorPage.getByRole('button', { name: 'Periksa berkas' }).click()
    await editorPage.getByRole('status').getByText(/Tata letak: templat impor/).waitFor()
    await editorPage.getByRole('button', { name: 'Simpan sebagai draf' }).click()
    await editorPage.getByText('Tersimpan sebagai draf. Ajukan untuk ditelaah dari daftar datanya.').waitFor()
    await editorPage.screenshot({ path: 'tests/e2e/.artifacts/data-import.png', fullPage: true })
    // Drafts: nothing of the file is public until it is reviewed and published.
    const live = await (await fetch(`${cms.url}/api/budget-realisations?where[opd.slug][equals]=diskominfo&limit=100&depth=0`)).text()
    expect(live).toContain('"docs":[')
    expect(live).not.toContain('125000013')
    await context.close()
  })

  it('sends its security headers: the admin under a CSP no other site can frame, the API running nothing, the draft preview under its own', async () => {
    const admin = await fetch(`${cms.url}/admin/login`)
    const policy = admin.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("script-src 'self' 'unsafe-inline'")
    expect(policy).toContain("object-src 'none'")
    expect(admin.headers.get('x-frame-options')).toBe('DENY')
    expect(admin.headers.get('x-content-type-options')).toBe('nosniff')
    expect(admin.headers.get('referrer-policy')).toBe('same-origin')
    const api = await fetch(`${cms.url}/api/opds?limit=1`)
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    expect(api.headers.get('x-content-type-options')).toBe('nosniff')
    expect(api.headers.get('referrer-policy')).toBe('no-referrer')
    expect((await fetch(`${cms.url}/api/news/1/draft-preview`)).headers.get('content-security-policy')).toContain("script-src 'none'")
    expect((await fetch(`${cms.url}/api/aduan/status?tiket=ADU-0000`)).headers.get('content-security-policy')).toContain("form-action 'self'")

    // Another site framing the admin gets an empty frame, and the browser says why.
    const control: string[] = []
    const framing = await watchCsp(await browser.newContext(), control)
    const attacker = await framing.newPage()
    const refusals: string[] = []
    attacker.on('console', (message) => void refusals.push(message.text()))
    await attacker.setContent(`<iframe src="${cms.url}/admin/login"></iframe>`)
    await attacker.waitForTimeout(2_000)
    expect(await attacker.frames()[1]!.locator('form').count()).toBe(0)
    expect(refusals.join('\n')).toMatch(/frame-ancestors/)
    // The watcher does see a violation where one happens (so the empty list below means something).
    const own = await framing.newPage()
    await own.goto(`${cms.url}/admin/login`)
    await own.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { src: 'http://evil.example/pixel.png' })))
    await expect.poll(() => control.join('\n')).toMatch(/img-src http:\/\/evil\.example/)
    await framing.close()
  })

  it('ran every admin step above (sign-in, forms, saves, workflow, imports) without a CSP violation', () => {
    expect(violations).toEqual([])
  })

  // Last: it changes the demo province (one OPD fewer) for everything after it.
  it('merges two OPDs from the admin, and an old address of the merged OPD leads to the same page on its successor', async () => {
    const { docs } = (await (await fetch(`${cms.url}/api/services?where[opd.slug][equals]=diskumkm&limit=1&depth=0`)).json()) as { docs: { slug: string; name: string }[] }
    const service = docs[0]!
    const admin = users.find((u) => u.role === 'kominfo-admin')!
    const { context, page: adminPage } = await signIn(admin)
    await expect(adminPage.getByRole('link', { name: 'Restrukturisasi OPD' }).getAttribute('href', { timeout: 60_000 })).resolves.toBe('/admin/restrukturisasi-opd')
    await adminPage.goto(`${cms.url}/admin/restrukturisasi-opd`)
    await adminPage.getByRole('heading', { name: 'Restrukturisasi OPD' }).waitFor()
    await adminPage.waitForLoadState('networkidle')

    // Without a reason nothing runs, and the form says so.
    await adminPage.getByRole('checkbox', { name: /\(diskumkm\)/ }).check()
    await adminPage.getByLabel('Ke OPD (penerus)').selectOption('disperindag')
    await adminPage.getByRole('button', { name: 'Periksa dampak' }).click()
    await adminPage.getByRole('alert').getByText(/Alasan wajib diisi/).waitFor()
    await adminPage.getByLabel(/^Alasan/).fill('Pergub Banten 12/2026 tentang SOTK perangkat daerah')
    await adminPage.getByRole('button', { name: 'Periksa dampak' }).click()
    await adminPage.getByRole('heading', { name: 'Yang akan terjadi' }).waitFor()
    await adminPage.getByText('Alamat /diskumkm/ dialihkan ke /disperindag/').waitFor()
    await adminPage.getByRole('button', { name: 'Jalankan perubahan' }).click()
    await adminPage.getByRole('heading', { name: /Selesai/ }).waitFor({ timeout: 30_000 })
    await adminPage.screenshot({ path: 'tests/e2e/.artifacts/restructure.png', fullPage: true })
    await context.close()

    // Once the sites are rebuilt, the old address of the service answers with its new one.
    const sites = inject('e2e')!.sites
    const deadline = Date.now() + 120_000
    while (!(await fetch(`${sites}/redirects.json`).then((r) => (r.ok ? r.text() : '')).catch(() => '')).includes('diskumkm/')) {
      if (Date.now() > deadline) throw new Error('the sites were not rebuilt with the redirects within 120 s')
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    const visitor = await browser.newPage({ locale: 'id-ID' })
    const response = await visitor.goto(`${sites}/diskumkm/layanan/${service.slug}/`)
    expect(response?.status()).toBe(200)
    expect(visitor.url()).toBe(`${sites}/disperindag/layanan/${service.slug}/`)
    await visitor.getByRole('heading', { level: 1, name: service.name }).waitFor()
    await visitor.goto(`${sites}/diskumkm/`)
    expect(visitor.url()).toBe(`${sites}/disperindag/`)
    await visitor.close()
  })
})
