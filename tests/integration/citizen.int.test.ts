import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erasePersonalData } from '../../cms/citizen/retention.ts'
import { addWorkingDays, dayInJakarta } from '../../schemas/index.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { citizenClient, ticketOf } from '../helpers/citizen.ts'
import { demoToken } from '../helpers/users.ts'

const skip = unavailable()

/** Personal data of the test submissions: searched for wherever it must not be. */
const PERSONAL = { name: 'Siti Warga Uji Pribadi', email: 'siti.uji.pribadi@contoh.invalid', phone: '0812 9876 5432', nik: '3601014512900001' }

describe.skipIf(skip)('the complaint channel: a citizen submits, the OPD answers, the status page shows it', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let citizen: ReturnType<typeof citizenClient>
  const send: ReturnType<typeof citizenClient>['send'] = (...args) => citizen.send(...args)

  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
  const valid = (extra: Record<string, string> = {}) => ({
    opd: 'dinkes',
    perihal: 'Antrean obat di puskesmas terlalu lama',
    isi: 'Saya menunggu tiga jam untuk mengambil obat; mohon ditambah loket.',
    nama: PERSONAL.name,
    email: PERSONAL.email,
    telepon: PERSONAL.phone,
    nik: PERSONAL.nik,
    setuju: 'ya',
    situs_web: '',
    ...extra,
  })
  const submit = (fields: Record<string, string>, client?: string) => send('aduan', { body: form(fields), type: 'application/x-www-form-urlencoded', ...(client ? { client } : {}) })
  const count = async () => (await payload.count({ collection: 'complaints', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    cms = await openSeededCms('citizen')
    payload = cms.payload
    http = httpClient(cms.config)
    citizen = citizenClient(cms.config)
  })
  afterAll(async () => {
    delete process.env.TRUSTED_PROXIES
    await cms?.close()
  })

  it('takes a form post without JavaScript: a random ticket, routed to the OPD, due in working days, personal data encrypted at rest', async () => {
    const response = await submit(valid())
    expect(response.status, response.text).toBe(303)
    const ticket = ticketOf(response.headers.get('location'))
    expect(ticket).toMatch(/^ADU-\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    expect(response.headers.get('location')).toContain('/api/aduan/status?tiket=')

    const { docs } = await payload.find({ collection: 'complaints', where: { ticket: { equals: ticket } }, depth: 1, overrideAccess: true })
    const stored = docs[0]!
    expect((stored.opd as { slug: string }).slug).toBe('dinkes')
    expect(stored.status).toBe('received')
    const { holidays } = await payload.findGlobal({ slug: 'citizen-settings', overrideAccess: true })
    const today = dayInJakarta(Date.now())
    expect(String(stored.dueAt).slice(0, 10)).toBe(addWorkingDays(today, 5, new Set((holidays ?? []).map((h) => h.date))))
    // Read through Payload by those allowed: in clear.
    expect(stored.reporter).toMatchObject(PERSONAL)
    // In the database itself: sealed, and every copy different.
    const raw = (await payload.db.findOne({ collection: 'complaints', where: { ticket: { equals: ticket } } })) as unknown as Record<string, any>
    const sealedValues = [raw.message, raw.reporter.name, raw.reporter.email, raw.reporter.phone, raw.reporter.nik]
    for (const value of sealedValues) expect(value).toMatch(/^enc:v1:/)
    expect(JSON.stringify(raw)).not.toContain('Siti')
    expect(new Set(sealedValues).size).toBe(sealedValues.length)
  })

  it('checks encrypted fields on their clear text whoever writes them, and a refused write leaves the stored text as it was', async () => {
    const ticket = ticketOf((await submit(valid({ perihal: 'Trotoar rusak di depan pasar' }))).headers.get('location'))
    const { docs } = await payload.find({ collection: 'complaints', where: { ticket: { equals: ticket } }, depth: 0, overrideAccess: true })
    const before = docs[0]!
    await expect(payload.update({ collection: 'complaints', id: before.id, data: { message: 'pendek' }, overrideAccess: true })).rejects.toThrow(/message/)
    const after = await payload.findByID({ collection: 'complaints', id: before.id, depth: 0, overrideAccess: true })
    expect(after.message).toBe(before.message)
  })

  it('shows the status page by ticket, typed loosely, without a trace of who wrote it; the answer appears once the OPD gives it', async () => {
    const ticket = ticketOf((await submit(valid({ perihal: 'Lampu jalan mati <script>alert(1)</script>' }))).headers.get('location'))
    const page = await send(`aduan/status?tiket=${encodeURIComponent(ticket.toLowerCase().replaceAll('-', ' '))}&baru=1`, { method: 'GET' })
    expect(page.status, page.text).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.text).toContain(ticket)
    expect(page.text).toContain('Simpan kode tiket ini')
    expect(page.text).toContain('Dinas Kesehatan')
    expect(page.text).toContain('Belum ada jawaban')
    // Text stays text.
    expect(page.text).toContain('Lampu jalan mati &#60;script&#62;alert(1)&#60;/script&#62;')
    expect(page.text).not.toContain('<script>')
    for (const value of [...Object.values(PERSONAL), 'tiga jam']) expect(page.text).not.toContain(value)

    // The OPD answers in the admin (its editor, through the API the admin uses).
    const editor = await demoToken(payload, 'opd-editor', 'dinkes')
    const { docs } = await payload.find({ collection: 'complaints', where: { ticket: { equals: ticket } }, overrideAccess: true })
    const answered = await http.patch(`complaints/${docs[0]!.id}`, { status: 'answered', answer: 'Loket tambahan dibuka mulai Senin. Terima kasih.' }, editor)
    expect(answered.status, answered.text).toBe(200)
    // The answer is dated by the system, the day it was given: backdating it is refused.
    expect(answered.data.doc.answeredAt).toBe(dayInJakarta(Date.now()))
    const backdated = await http.patch(`complaints/${docs[0]!.id}`, { answeredAt: '2020-01-01' }, editor)
    expect(backdated.status, backdated.text).toBe(400)
    expect(backdated.text).toMatch(/tidak dapat diubah/)
    const json = await send(`aduan/status?tiket=${ticket}&format=json`, { method: 'GET' })
    expect(JSON.parse(json.text)).toMatchObject({ ticket, status: 'answered', statusLabel: 'Dijawab', answer: 'Loket tambahan dibuka mulai Senin. Terima kasih.', overdue: false })
    for (const value of Object.values(PERSONAL)) expect(json.text).not.toContain(value)
    // Still sealed after the OPD's save.
    const raw = (await payload.db.findOne({ collection: 'complaints', where: { ticket: { equals: ticket } } })) as unknown as Record<string, any>
    expect(raw.reporter.name).toMatch(/^enc:v1:/)
  })

  it('refuses every bad submission with what and where, in Bahasa Indonesia, storing nothing', async () => {
    const before = await count()
    const cases: [string, { status: number; body: string; type?: string }, RegExp][] = [
      ['no name', { status: 400, body: form(valid({ nama: '' })) }, /Nama wajib diisi/],
      ['short subject', { status: 400, body: form(valid({ perihal: 'abc' })) }, /Perihal minimal 5 karakter/],
      ['long text', { status: 400, body: form(valid({ isi: 'x'.repeat(5001) })) }, /paling panjang 5.000 karakter/],
      ['bad phone', { status: 400, body: form(valid({ telepon: '12345' })) }, /Nomor telepon harus diawali 0 atau \+62/],
      ['bad NIK', { status: 400, body: form(valid({ nik: '3601019999990001' })) }, /NIK harus 16 angka/],
      ['bad email', { status: 400, body: form(valid({ email: 'bukan-email' })) }, /Alamat email tidak valid/],
      ['unknown OPD', { status: 400, body: form(valid({ opd: 'dinas-rahasia' })) }, /OPD (&#34;|")dinas-rahasia(&#34;|") tidak dikenal/],
      ['no consent', { status: 400, body: form(valid({ setuju: '' })) }, /Centang persetujuan/],
      ['robot', { status: 400, body: form(valid({ situs_web: 'http://spam.example' })) }, /tidak dapat diproses/],
      ['huge body', { status: 413, body: form(valid({ isi: 'y'.repeat(20_000) })) }, /terlalu besar/],
      ['broken JSON', { status: 400, body: '{"opd": ', type: 'application/json' }, /tidak dapat dibaca/],
      ['JSON array', { status: 400, body: '[1,2]', type: 'application/json' }, /tidak dapat dibaca/],
    ]
    for (const [name, { status, body, type }, message] of cases) {
      const response = await send('aduan', { body, type: type ?? 'application/x-www-form-urlencoded' })
      expect(response.status, name).toBe(status)
      expect(response.text, name).toMatch(message)
    }
    // Without JavaScript the refusal carries the form again, filled in, minus the honeypot.
    const again = await submit(valid({ nama: '', perihal: 'Jalan rusak di depan sekolah' }))
    expect(again.text).toContain('value="Jalan rusak di depan sekolah"')
    expect(again.text).toContain('aria-invalid="true"')
    // As JSON, each problem names its field.
    const json = await send('aduan', { body: JSON.stringify({ ...valid(), nama: '', telepon: 'abc' }), type: 'application/json' })
    expect(JSON.parse(json.text).errors.map((e: { field: string }) => e.field).sort()).toEqual(['nama', 'telepon'])
    expect(await count()).toBe(before)
  })

  it('gives a replayed submission its first ticket, and no ticket to a forged or malformed code', async () => {
    const before = await count()
    const client = '10.9.1.1'
    const first = ticketOf((await submit(valid({ perihal: 'Kiriman ganda karena tombol ditekan dua kali' }), client)).headers.get('location'))
    const second = ticketOf((await submit(valid({ perihal: 'Kiriman ganda karena tombol ditekan dua kali' }), client)).headers.get('location'))
    expect(second).toBe(first)
    expect(await count()).toBe(before + 1)
    const forged = first.slice(0, -1) + (first.endsWith('0') ? '1' : '0')
    const unknown = await send(`aduan/status?tiket=${forged}`, { method: 'GET' })
    expect(unknown.status).toBe(404)
    expect(unknown.text).toContain('tidak ditemukan')
    const malformed = await send('aduan/status?tiket=ADU-2026-00001', { method: 'GET' })
    expect(malformed.status).toBe(400)
    expect(malformed.text).toContain('tidak sesuai format')
  })

  it('limits each client, whose address comes from X-Forwarded-For only through a trusted proxy', async () => {
    const spoofer = '10.9.2.1'
    const outcomes: number[] = []
    for (let i = 0; i < 7; i++) {
      const response = await send('aduan', { body: form(valid({ perihal: `Pengaduan berulang nomor ${i + 1}` })), type: 'application/x-www-form-urlencoded', client: spoofer, headers: { 'x-forwarded-for': `192.0.2.${i}` } })
      outcomes.push(response.status)
      if (response.status === 429) {
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
        expect(response.text).toContain('Terlalu banyak pengaduan')
      }
    }
    // The forged header changed nothing: five accepted, then refused.
    expect(outcomes).toEqual([303, 303, 303, 303, 303, 429, 429])

    process.env.TRUSTED_PROXIES = '10.9.3.1'
    for (let i = 0; i < 6; i++) {
      const response = await send('aduan', { body: form(valid({ perihal: `Lewat proxy tepercaya nomor ${i + 1}` })), type: 'application/x-www-form-urlencoded', client: '10.9.3.1', headers: { 'x-forwarded-for': `198.51.100.${i}, 10.9.3.1` } })
      expect(response.status).toBe(303)
    }
    delete process.env.TRUSTED_PROXIES
  })

  it("publishes each OPD's counts, and an unanswered complaint past its deadline fails the OPD's compliance", async () => {
    const stats = async () => JSON.parse((await send('aduan/statistik', { method: 'GET' })).text) as { year: number; opds: Record<string, { received: number; answered: number; open: number; overdue: number; oldestOverdue?: string; medianDays?: number }> }
    const before = await stats()
    expect(before.year).toBe(Number(dayInJakarta(Date.now()).slice(0, 4)))
    expect(before.opds.dishub?.overdue ?? 0).toBe(0)
    const { docs: [dishub] } = await payload.find({ collection: 'opds', where: { slug: { equals: 'dishub' } }, limit: 1, overrideAccess: true })
    const received = dayInJakarta(Date.now() - 20 * 86_400_000)
    const due = dayInJakarta(Date.now() - 10 * 86_400_000)
    await payload.create({ collection: 'complaints', data: { opd: dishub!.id, subject: 'Halte rusak di Serang', status: 'received', receivedAt: received, dueAt: due, message: 'Atap halte bocor dan kursinya patah.', reporter: { name: PERSONAL.name } } as never, overrideAccess: true })
    const after = await stats()
    expect(after.opds.dishub).toMatchObject({ open: (before.opds.dishub?.open ?? 0) + 1, overdue: 1, oldestOverdue: due })
    const text = JSON.stringify(after)
    for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value)
    const report = JSON.parse((await http.get('compliance')).text) as { opds: { slug: string; failures: { rule: string; message: string }[] }[] }
    const failure = report.opds.find((o) => o.slug === 'dishub')!.failures.find((f) => f.rule === 'opd.aduan.tepat_waktu')
    expect(failure?.message).toBe(`1 pengaduan melewati batas jawaban; yang terlama jatuh tempo ${due}`)
  })

  it('imports raw SKM answers into a draft result with the IKM computed, and refuses a bad file by row and column, saving nothing', async () => {
    const editor = await demoToken(payload, 'opd-editor', 'dinkes')
    const { docs: [service] } = await payload.find({ collection: 'services', where: { 'opd.slug': { equals: 'dinkes' } }, limit: 1, depth: 0, overrideAccess: true })
    const { docs: [dinkes] } = await payload.find({ collection: 'opds', where: { slug: { equals: 'dinkes' } }, limit: 1, overrideAccess: true })
    const fields = { opd: dinkes!.id, service: service!.id, year: 2026, period: 'Semester II 2026', surveyEnd: '2026-11-20', ownerUnit: 'Dinkes - Subbag Umum' }
    const upload = (csv: string, extra: Record<string, unknown> = {}, token = editor) => {
      const form = new FormData()
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'jawaban-skm.csv')
      form.append('_payload', JSON.stringify({ ...fields, ...extra }))
      return http.upload('skm-results/import', form, token)
    }
    const answers = 'No;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;4;4;3;4;3;4;4;3;4\n2;3;3;3;4;3;3;4;3;3\n3;4;4;4;4;4;4;4;4;4\n4;2;3;3;3;3;3;3;3;2\n'
    const before = (await payload.count({ collection: 'skm-results', overrideAccess: true })).totalDocs

    const dry = await upload(answers, { dryRun: true })
    expect(dry.status, dry.text).toBe(200)
    expect(dry.data.tally).toMatchObject({ respondents: 4, ikm: 85.42, grade: 'B' })
    const bad = await upload('No;U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;4;4;3;4;3;4;4;3;4\n2;5;3;3;4;3;3;4;3;\n')
    expect(bad.status).toBe(400)
    expect(bad.data.errors.map((e: { message: string }) => e.message)).toEqual(['Baris 3, kolom U1: nilai harus 1, 2, 3 atau 4 (tertulis "5")', 'Baris 3, kolom U9: kosong; isi 1 sampai 4'])
    const otherOpd = await upload(answers, { opd: (await payload.find({ collection: 'opds', where: { slug: { equals: 'dishub' } }, limit: 1, overrideAccess: true })).docs[0]!.id })
    expect(otherOpd.status).toBe(400)
    expect(otherOpd.text).toContain('OPD Anda sendiri')
    expect((await payload.count({ collection: 'skm-results', overrideAccess: true })).totalDocs).toBe(before)

    const saved = await upload(answers)
    expect(saved.status, saved.text).toBe(201)
    const draft = await payload.findByID({ collection: 'skm-results', id: saved.data.id, draft: true, depth: 0, overrideAccess: true })
    expect([draft._status, draft.workflowState, draft.respondents, draft.scoreSums.u4]).toEqual(['draft', 'draft', 4, 15])
    expect((await http.get('skm-results/import-template')).text).toContain('No;U1;U2;U3;U4;U5;U6;U7;U8;U9')
  })

  it('keeps personal data out of the public API and the audit log, and erases it when the retention period ends', async () => {
    const anonymous = await http.get('complaints?limit=100&depth=0')
    const graphql = await http.graphql('{ Complaints(limit: 100) { docs { ticket subject status answer } } }')
    const audit = await payload.find({ collection: 'audit-log', limit: 0, overrideAccess: true })
    for (const text of [anonymous.text, graphql.text, JSON.stringify(audit.docs)]) for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value)

    const req = await createLocalReq({}, payload)
    const erased = await erasePersonalData(req, Date.now() + 800 * 86_400_000)
    expect(erased).toBeGreaterThan(0)
    const { docs } = await payload.find({ collection: 'complaints', where: { status: { equals: 'answered' } }, limit: 0, overrideAccess: true })
    for (const doc of docs) {
      expect(doc.reporter.name).toBe('[dihapus]')
      expect([doc.reporter.email, doc.reporter.phone, doc.reporter.nik].filter(Boolean)).toEqual([])
      expect(doc.answer).toBeTruthy()
    }
    // Not yet answered: kept.
    const open = await payload.find({ collection: 'complaints', where: { status: { equals: 'received' } }, limit: 1, overrideAccess: true })
    expect(open.docs[0]!.reporter.name).not.toBe('[dihapus]')
  })
})
