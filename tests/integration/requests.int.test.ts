import { createLocalReq, type Payload } from 'payload'
import { erasePersonalData } from '../../cms/citizen/retention.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addWorkingDays, dayInJakarta } from '../../schemas/index.ts'
import { citizenClient, ticketOf } from '../helpers/citizen.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken } from '../helpers/users.ts'

const skip = unavailable()
const PERSONAL = { name: 'Budi Pemohon Uji', nik: '3604011203850002', email: 'budi.pemohon.uji@contoh.invalid' }

describe.skipIf(skip)('requests for public information: deadlines in working days, one extension, decisions, objections', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let citizen: ReturnType<typeof citizenClient>
  let editor: string
  let holidays: Set<string>
  const today = () => dayInJakarta(Date.now())
  const valid = (extra: Record<string, string> = {}) => ({
    opd: 'dinkes',
    informasi: 'Data jumlah tenaga kesehatan per puskesmas tahun 2026',
    tujuan: 'Penelitian skripsi',
    format: 'softcopy',
    nama: PERSONAL.name,
    nik: PERSONAL.nik,
    email: PERSONAL.email,
    setuju: 'ya',
    situs_web: '',
    ...extra,
  })
  const request = async (extra: Record<string, string> = {}) => {
    const response = await citizen.submit('ppid/permohonan', valid(extra))
    expect(response.status, response.text).toBe(303)
    const ticket = ticketOf(response.headers.get('location'))
    const { docs } = await payload.find({ collection: 'information-requests', where: { ticket: { equals: ticket } }, overrideAccess: true })
    return { ticket, id: docs[0]!.id }
  }
  const step = (id: number | string, data: Record<string, unknown>, token = editor) => http.patch(`information-requests/${id}`, data, token)
  const status = async (ticket: string) => JSON.parse((await citizen.get(`ppid/status?tiket=${ticket}&format=json`)).text)

  beforeAll(async () => {
    cms = await openSeededCms('requests')
    payload = cms.payload
    http = httpClient(cms.config)
    citizen = citizenClient(cms.config)
    editor = await demoToken(payload, 'opd-editor', 'dinkes')
    const settings = await payload.findGlobal({ slug: 'citizen-settings', overrideAccess: true })
    holidays = new Set((settings.holidays ?? []).map((h) => h.date))
  })
  afterAll(async () => cms?.close())

  it('takes a request from a form post: a PPID ticket, due in 10 working days, the requester encrypted at rest and readable only by the OPD', async () => {
    const { ticket, id } = await request()
    expect(ticket).toMatch(/^PPID-\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    const stored = await payload.findByID({ collection: 'information-requests', id, overrideAccess: true })
    expect(stored.dueAt).toBe(addWorkingDays(today(), 10, holidays))
    expect(stored.applicant).toMatchObject(PERSONAL)
    const raw = (await payload.db.findOne({ collection: 'information-requests', where: { id: { equals: id } } })) as unknown as Record<string, any>
    expect(raw.applicant.nik).toMatch(/^enc:v1:/)
    expect(JSON.stringify(raw)).not.toContain(PERSONAL.name)
    // Another OPD's staff and visitors see nothing of it.
    const other = await demoToken(payload, 'opd-editor', 'diskominfo')
    expect((await http.get(`information-requests/${id}`, other)).status).toBe(404)
    expect((await http.get('information-requests')).status).toBe(403)
    const graphql = await http.graphql('{ InformationRequests(limit: 10) { docs { ticket applicant { name nik } } } }')
    const audit = await payload.find({ collection: 'audit-log', limit: 0, overrideAccess: true })
    for (const text of [graphql.text, JSON.stringify(audit.docs)]) for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value)
    const page = await citizen.get(`ppid/status?tiket=${ticket.toLowerCase()}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Dinas Kesehatan')
    for (const value of Object.values(PERSONAL)) expect(page.text).not.toContain(value)
  })

  it('refuses a bad request with every problem, storing nothing', async () => {
    const before = (await payload.count({ collection: 'information-requests', overrideAccess: true })).totalDocs
    const cases: [Record<string, string>, RegExp][] = [
      [{ nik: '' }, /NIK wajib diisi/],
      [{ nik: '3604019912850002' }, /NIK harus 16 angka/],
      [{ email: '', telepon: '', alamat: '' }, /Isi email, telepon atau alamat/],
      [{ opd: 'dinas-entah' }, /tidak dikenal/],
      [{ format: 'faks' }, /Bentuk informasi/],
      [{ tujuan: '' }, /Tujuan penggunaan informasi wajib diisi/],
      [{ situs_web: 'robot' }, /tidak dapat diproses/],
    ]
    for (const [extra, message] of cases) {
      const response = await citizen.submit('ppid/permohonan', valid(extra))
      expect(response.status, JSON.stringify(extra)).toBe(400)
      expect(response.text, JSON.stringify(extra)).toMatch(message)
    }
    expect((await payload.count({ collection: 'information-requests', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('extends once, with a reason, seven working days past the first deadline; refuses what the law does not allow', async () => {
    const { ticket, id } = await request({ informasi: 'Salinan kontrak pengadaan alat kesehatan 2026' })
    const first = (await payload.findByID({ collection: 'information-requests', id, overrideAccess: true })).dueAt!
    const noReason = await step(id, { status: 'extended' })
    expect(noReason.status).toBe(400)
    expect(noReason.text).toContain('Perpanjangan wajib disertai alasan tertulis')
    const extended = await step(id, { status: 'extended', extension: { reason: 'Dokumen berada di gudang arsip dan perlu dipindai' } })
    expect(extended.status, extended.text).toBe(200)
    expect(extended.data.doc.dueAt).toBe(addWorkingDays(first, 7, holidays))
    // Staff cannot move the deadline themselves: refused, naming it.
    const moved = await step(id, { dueAt: '2099-01-01' })
    expect(moved.status).toBe(400)
    expect(moved.text).toContain('Batas jawaban tidak dapat diubah')
    expect((await payload.findByID({ collection: 'information-requests', id, overrideAccess: true })).dueAt).toBe(addWorkingDays(first, 7, holidays))
    expect((await status(ticket)).extension.reason).toBe('Dokumen berada di gudang arsip dan perlu dipindai')

    const refusedBare = await step(id, { status: 'refused', decision: { response: 'Informasi tidak dapat diberikan.' } })
    expect(refusedBare.status).toBe(400)
    expect(refusedBare.text).toContain('wajib menyebut dasar pengecualian UU 14/2008 Ps. 17')
    const refused = await step(id, { status: 'refused', decision: { response: 'Informasi tidak dapat diberikan.', exemption: 'b', exemptionReasoning: 'Memuat harga penawaran yang melindungi persaingan usaha.' } })
    expect(refused.status, refused.text).toBe(200)
    expect(await status(ticket)).toMatchObject({ status: 'refused', statusLabel: 'Ditolak', decision: { exemption: expect.stringContaining('Ps. 17 huruf b') } })
    const backwards = await step(id, { status: 'extended', extension: { reason: 'lagi' } })
    expect(backwards.status).toBe(400)
    expect(backwards.text).toContain('Status tidak dapat diubah dari')
  })

  it('takes an objection once, due in 30 working days, answered by the PPID head; refuses one too early', async () => {
    const { ticket, id } = await request({ informasi: 'Rencana kerja anggaran rumah sakit daerah 2027' })
    const early = await citizen.submit('ppid/keberatan', { tiket: ticket, alasan: 'c', uraian: 'Belum dijawab.' })
    expect(early.status).toBe(400)
    expect(early.text).toContain('setelah permohonan diputuskan')
    expect((await step(id, { status: 'granted', decision: { response: 'Terlampir dokumen RKA dalam PDF.' } })).status).toBe(200)
    expect((await citizen.submit('ppid/keberatan', { tiket: ticket, alasan: '', uraian: '' })).text).toContain('Pilih alasan keberatan')
    const objected = await citizen.submit('ppid/keberatan', { tiket: ticket, alasan: 'd', uraian: `Dokumen tidak lengkap; hubungi ${PERSONAL.email}` })
    expect(objected.status, objected.text).toBe(303)
    const view = await status(ticket)
    expect(view).toMatchObject({ status: 'objected', objection: { dueAt: addWorkingDays(today(), 30, holidays) } })
    expect(JSON.stringify(view)).not.toContain(PERSONAL.email)
    expect((await citizen.submit('ppid/keberatan', { tiket: ticket, alasan: 'd', uraian: 'lagi' })).text).toContain('sudah diajukan')
    expect((await step(id, { status: 'objection_answered' })).text).toContain('Tulis tanggapan atasan PPID')
    const answered = await step(id, { status: 'objection_answered', objection: { response: 'Lampiran yang kurang telah dikirim.' } })
    expect(answered.status, answered.text).toBe(200)
    expect((await status(ticket)).objection.response).toBe('Lampiran yang kurang telah dikirim.')
    expect((await citizen.submit('ppid/keberatan', { tiket: 'PPID-2026-0000-0000-0000', alasan: 'c' })).status).toBe(404)
  })

  it('shows a request past its deadline as overdue, lets the requester object, and fails the OPD in the compliance report', async () => {
    const { ticket, id } = await request({ informasi: 'Daftar penerima bantuan iuran jaminan kesehatan 2026' })
    const late = dayInJakarta(Date.now() - 20 * 86_400_000)
    await payload.db.updateOne({ collection: 'information-requests', id, data: { dueAt: late } })
    expect(await status(ticket)).toMatchObject({ overdue: true })
    const stats = JSON.parse((await citizen.get('ppid/statistik')).text)
    expect(stats.opds.dinkes).toMatchObject({ overdue: 1, oldestOverdue: late })
    const report = JSON.parse((await http.get('compliance')).text) as { opds: { slug: string; failures: { rule: string; message: string }[] }[] }
    expect(report.opds.find((o) => o.slug === 'dinkes')!.failures.find((f) => f.rule === 'opd.ppid.permohonan.tepat_waktu')?.message).toBe(`1 permohonan informasi melewati batas jawaban; yang terlama jatuh tempo ${late}`)
    const objected = await citizen.submit('ppid/keberatan', { tiket: ticket, alasan: 'c', uraian: 'Tidak ditanggapi dalam 10 hari kerja.' })
    expect(objected.status, objected.text).toBe(303)
    expect(await status(ticket)).toMatchObject({ status: 'objected', overdue: false })
  })

  it("counts each OPD's year for its information-service report: outcomes, grounds of refusal, objections, median days", async () => {
    const report = JSON.parse((await citizen.get(`ppid/laporan?tahun=${today().slice(0, 4)}`)).text)
    expect(report.opds.dinkes).toMatchObject({ received: 4, granted: 1, partly: 0, refused: 1, refusedBy: { b: 1 }, objections: 2, medianDays: 0 })
    expect(JSON.stringify(report)).not.toContain(PERSONAL.name)
    expect((await citizen.get('ppid/laporan?tahun=dua-ribu')).status).toBe(400)
  })

  it('erases the requester once the request is settled and the retention period is over, keeping the status page', async () => {
    const req = await createLocalReq({}, payload)
    const settled = (await payload.find({ collection: 'information-requests', where: { status: { in: ['granted', 'refused', 'objection_answered'] } }, limit: 0, overrideAccess: true })).docs
    expect(settled.length).toBeGreaterThan(0)
    expect(await erasePersonalData(req, Date.now() + 800 * 86_400_000)).toBeGreaterThanOrEqual(settled.length)
    for (const doc of settled) {
      const after = await payload.findByID({ collection: 'information-requests', id: doc.id, overrideAccess: true })
      expect([after.applicant.name, after.applicant.email ?? null, after.personalDataErasedAt]).toEqual(['[dihapus]', null, dayInJakarta(Date.now() + 800 * 86_400_000)])
      expect((await status(after.ticket!)).ticket).toBe(after.ticket)
    }
    // Nothing is erased twice.
    expect(await erasePersonalData(req, Date.now() + 800 * 86_400_000)).toBe(0)
  })
})
