import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HIDDEN } from '../../cms/audit/record.ts'
import { MARKERS } from '../../scripts/seed/markers.ts'
import { citizenClient, ticketOf } from '../helpers/citizen.ts'
import { unavailable } from '../helpers/databases.ts'
import { sampleData } from '../helpers/docs.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken, demoUser, opdId } from '../helpers/users.ts'
import { publishEdit } from '../helpers/workflow.ts'

const skip = unavailable()

/** The citizens' personal data of this file's submissions: searched for in the whole audit log and its exports. */
const PERSONAL = {
  name: 'Rahmawati Audit Pribadi',
  email: 'rahmawati.audit.pribadi@contoh.invalid',
  phone: '0813 2468 1357',
  nik: '3601014608910004',
  message: 'Lampu jalan di depan rumah saya di Gang Audit Pribadi padam sejak sebulan.',
  requesterName: 'Bambang Pemohon Audit',
  requesterNik: '3604011506880003',
  requesterEmail: 'bambang.pemohon.audit@contoh.invalid',
  address: 'Jalan Rahasia Audit No. 7, Serang',
  explanation: 'Saya Bambang, tinggal di Jalan Rahasia Audit; lampiran yang saya terima tidak lengkap.',
}

type Role = 'editor' | 'reviewer' | 'admin' | 'auditor'

describe.skipIf(skip)('the audit log: every change on record, citizens’ personal data only as changed; complaint records kept as received', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let citizen: ReturnType<typeof citizenClient>
  let diskominfo: number | string
  const tokens = {} as Record<Role, string>
  const users = {} as Record<Exclude<Role, 'auditor'>, TypedUser>

  beforeAll(async () => {
    cms = await openSeededCms('audit')
    payload = cms.payload
    http = httpClient(cms.config)
    citizen = citizenClient(cms.config)
    diskominfo = await opdId(payload, 'diskominfo')
    tokens.editor = await demoToken(payload, 'opd-editor', 'diskominfo')
    tokens.reviewer = await demoToken(payload, 'kominfo-reviewer')
    tokens.admin = await demoToken(payload, 'kominfo-admin')
    tokens.auditor = await demoToken(payload, 'auditor')
    users.editor = await demoUser(payload, 'opd-editor', 'diskominfo')
    users.reviewer = await demoUser(payload, 'kominfo-reviewer')
    users.admin = await demoUser(payload, 'kominfo-admin')
  })
  afterAll(async () => cms?.close())

  const entries = async (collection: string, id: number | string) =>
    (await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: collection } }, { docId: { equals: String(id) } }] }, sort: 'createdAt', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
  const latest = async (collection: string, id: number | string) => (await entries(collection, id)).at(-1)!
  const auditCount = async () => (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
  const ok = <R extends { status: number; text: string }>(response: R, status = 200): R => {
    expect(response.status, response.text).toBe(status)
    return response
  }

  /** A complaint to Diskominfo from the site's form, as a citizen sends it. */
  const complain = async (subject: string) => {
    const response = await citizen.submit('aduan', { opd: 'diskominfo', perihal: subject, isi: PERSONAL.message, nama: PERSONAL.name, email: PERSONAL.email, telepon: PERSONAL.phone, nik: PERSONAL.nik, setuju: 'ya', situs_web: '' })
    expect(response.status, response.text).toBe(303)
    const { docs } = await payload.find({ collection: 'complaints', where: { ticket: { equals: ticketOf(response.headers.get('location')) } }, depth: 0, overrideAccess: true })
    return docs[0]!
  }

  it('records content create, edit, workflow steps and delete: who, role, action, reason and the field diff', async () => {
    const created = ok(await http.post('goals', await sampleData(payload, 'goals', diskominfo), tokens.editor), 201)
    const id = created.data.doc.id as number
    const [create] = await entries('goals', id)
    expect(create).toMatchObject({ action: 'create', role: 'opd-editor', userEmail: expect.stringContaining('editor.diskominfo'), opd: diskominfo })
    expect(create!.diff).toEqual(expect.arrayContaining([{ field: 'statement', before: null, after: created.data.doc.statement }]))

    ok(await http.patch(`goals/${id}`, { statement: 'Meningkatnya keterbukaan informasi yang tercatat.' }, tokens.editor))
    expect(await latest('goals', id)).toMatchObject({ action: 'update', role: 'opd-editor', diff: expect.arrayContaining([{ field: 'statement', before: created.data.doc.statement, after: 'Meningkatnya keterbukaan informasi yang tercatat.' }]) })

    ok(await http.post(`goals/${id}/workflow`, { action: 'submit' }, tokens.editor))
    expect(await latest('goals', id)).toMatchObject({ action: 'submit', role: 'opd-editor', diff: expect.arrayContaining([{ field: 'workflowState', before: 'draft', after: 'submitted' }]) })
    ok(await http.post(`goals/${id}/workflow`, { action: 'return', reason: 'Sasaran belum terukur' }, tokens.reviewer))
    expect(await latest('goals', id)).toMatchObject({ action: 'return', role: 'kominfo-reviewer', reason: 'Sasaran belum terukur' })

    // A never-published draft may be deleted by its OPD: the entry keeps what it held.
    ok(await http.delete(`goals/${id}`, tokens.editor))
    expect(await latest('goals', id)).toMatchObject({ action: 'delete', role: 'opd-editor', diff: expect.arrayContaining([expect.objectContaining({ field: 'statement', after: null })]) })
  })

  it('records a restore with the version it brought back: onto the live site by a reviewer with a reason, as a draft by the editor', async () => {
    const created = ok(await http.post('goals', await sampleData(payload, 'goals', diskominfo), tokens.editor), 201)
    const id = created.data.doc.id as number
    const first = created.data.doc.statement as string
    await publishEdit(http, 'goals', id, { statement: first }, tokens)
    await publishEdit(http, 'goals', id, { statement: 'Rumusan kedua yang kemudian dibatalkan.' }, tokens)
    const published = await payload.findVersions({ collection: 'goals', where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }, { 'version.statement': { equals: first } }] }, sort: '-createdAt', limit: 1, overrideAccess: true })
    const version = String(published.docs[0]!.id)

    ok(await http.post(`goals/versions/${version}`, { reason: 'Rumusan kedua belum disetujui pimpinan' }, tokens.reviewer))
    expect(await latest('goals', id)).toMatchObject({ action: 'restore', role: 'kominfo-reviewer', reason: 'Rumusan kedua belum disetujui pimpinan', version, diff: expect.arrayContaining([{ field: 'statement', before: 'Rumusan kedua yang kemudian dibatalkan.', after: first }]) })

    ok(await http.patch(`goals/${id}`, { statement: 'Rumusan ketiga, masih draf.' }, tokens.editor))
    ok(await http.post(`goals/versions/${version}?draft=true`, {}, tokens.editor))
    expect(await latest('goals', id)).toMatchObject({ action: 'restore', role: 'opd-editor', reason: null, version, diff: expect.arrayContaining([{ field: 'statement', before: 'Rumusan ketiga, masih draf.', after: first }]) })
  })

  it('records accounts: a new user, a role and its OPDs changed, a new password (never its value), a deactivation', async () => {
    const email = `audit-${Date.now()}@contoh.invalid`
    const password = 'Sandi-Uji-Audit-Panjang-2026!'
    const created = ok(await http.post('users', { email, password, name: 'Staf Uji Audit', role: 'opd-editor', opds: [diskominfo] }, tokens.admin), 201)
    const id = created.data.doc.id as number
    const [create] = await entries('users', id)
    expect(create).toMatchObject({ action: 'create', role: 'kominfo-admin', diff: expect.arrayContaining([{ field: 'role', before: null, after: 'opd-editor' }, { field: 'email', before: null, after: email }]) })

    ok(await http.patch(`users/${id}`, { role: 'kominfo-reviewer', opds: [] }, tokens.admin))
    expect((await latest('users', id)).diff).toEqual(expect.arrayContaining([{ field: 'role', before: 'opd-editor', after: 'kominfo-reviewer' }]))

    const newPassword = 'Sandi-Baru-Audit-Lebih-Panjang-2026!'
    ok(await http.patch(`users/${id}`, { password: newPassword }, tokens.admin))
    expect((await latest('users', id)).diff).toEqual([{ field: 'password', before: HIDDEN, after: HIDDEN, redacted: true }])

    ok(await http.patch(`users/${id}`, { active: false }, tokens.admin))
    expect((await latest('users', id)).diff).toEqual(expect.arrayContaining([{ field: 'active', before: true, after: false }]))
    const log = JSON.stringify(await entries('users', id))
    for (const secret of [password, newPassword, '"hash"', '"salt"']) expect(log).not.toContain(secret)
  })

  it('records a complaint from intake to answer, the citizen’s data only as changed; none of it is in the log or its exports', async () => {
    const complaint = await complain('Lampu penerangan jalan padam')
    const [intake] = await entries('complaints', complaint.id)
    expect(intake).toMatchObject({ action: 'create', role: 'sistem', opd: diskominfo, summary: expect.stringContaining(complaint.ticket) })
    expect(intake!.diff).toEqual(
      expect.arrayContaining([
        { field: 'message', before: null, after: HIDDEN, redacted: true },
        { field: 'reporter', before: null, after: HIDDEN, redacted: true },
        { field: 'subject', before: null, after: 'Lampu penerangan jalan padam' },
        { field: 'receivedAt', before: null, after: complaint.receivedAt },
      ]),
    )

    ok(await http.patch(`complaints/${complaint.id}`, { status: 'in_progress' }, tokens.editor))
    expect(await latest('complaints', complaint.id)).toMatchObject({ action: 'update', role: 'opd-editor', diff: [{ field: 'status', before: 'received', after: 'in_progress' }] })
    // The admin form saves the whole record as it read it, with the answer: that passes.
    const asRead = ok(await http.get(`complaints/${complaint.id}?depth=0`, tokens.editor)).data
    expect(asRead.reporter.name).toBe(PERSONAL.name)
    ok(await http.patch(`complaints/${complaint.id}`, { ...asRead, status: 'answered', answer: 'Lampu sudah diganti petugas pada hari ini.' }, tokens.editor))
    const answer = await latest('complaints', complaint.id)
    expect(answer).toMatchObject({ action: 'update', role: 'opd-editor' })
    expect(answer.diff).toEqual(expect.arrayContaining([{ field: 'status', before: 'in_progress', after: 'answered' }, { field: 'answer', before: null, after: 'Lampu sudah diganti petugas pada hari ini.' }]))
    expect((answer.diff as { field: string }[]).map((c) => c.field)).not.toContain('message')

    // An admin's deletion keeps the entry, and still no value of the citizen's.
    ok(await http.delete(`complaints/${complaint.id}`, tokens.admin))
    expect((await latest('complaints', complaint.id)).diff).toEqual(expect.arrayContaining([{ field: 'reporter', before: HIDDEN, after: null, redacted: true }]))

    await expectNoPersonalData()
  })

  it('records an information request from intake through extension, decision and objection, the requester’s data only as changed', async () => {
    const submitted = await citizen.submit('ppid/permohonan', { opd: 'diskominfo', informasi: 'Daftar kegiatan pengadaan Diskominfo tahun 2026', tujuan: 'Kajian lembaga swadaya', format: 'softcopy', nama: PERSONAL.requesterName, nik: PERSONAL.requesterNik, email: PERSONAL.requesterEmail, alamat: PERSONAL.address, setuju: 'ya', situs_web: '' })
    expect(submitted.status, submitted.text).toBe(303)
    const ticket = ticketOf(submitted.headers.get('location'))
    const request = (await payload.find({ collection: 'information-requests', where: { ticket: { equals: ticket } }, depth: 0, overrideAccess: true })).docs[0]!
    const [intake] = await entries('information-requests', request.id)
    expect(intake).toMatchObject({ action: 'create', role: 'sistem', opd: diskominfo, summary: expect.stringContaining(ticket) })
    expect(intake!.diff).toEqual(expect.arrayContaining([{ field: 'applicant', before: null, after: HIDDEN, redacted: true }, { field: 'information', before: null, after: 'Daftar kegiatan pengadaan Diskominfo tahun 2026' }]))

    ok(await http.patch(`information-requests/${request.id}`, { status: 'extended', extension: { reason: 'Dokumen tersebar di tiga bidang' } }, tokens.editor))
    expect((await latest('information-requests', request.id)).diff).toEqual(expect.arrayContaining([{ field: 'status', before: 'received', after: 'extended' }, expect.objectContaining({ field: 'dueAt', before: request.dueAt })]))
    ok(await http.patch(`information-requests/${request.id}`, { status: 'granted', decision: { response: 'Daftar kegiatan terlampir.' } }, tokens.editor))
    expect((await latest('information-requests', request.id)).diff).toEqual(expect.arrayContaining([{ field: 'decision.response', before: null, after: 'Daftar kegiatan terlampir.' }]))

    ok(await citizen.submit('ppid/keberatan', { tiket: ticket, alasan: 'd', uraian: PERSONAL.explanation }), 303)
    const objection = await latest('information-requests', request.id)
    expect(objection).toMatchObject({ role: 'sistem' })
    expect(objection.diff).toEqual(expect.arrayContaining([{ field: 'status', before: 'granted', after: 'objected' }, { field: 'objection.explanation', before: null, after: HIDDEN, redacted: true }]))

    await expectNoPersonalData()
  })

  /** Neither the stored log nor the auditor's CSV and JSON exports hold a citizen's value, in clear or encrypted (the seeded complaints' included). */
  const expectNoPersonalData = async () => {
    const stored = JSON.stringify((await payload.find({ collection: 'audit-log', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs)
    const csv = ok(await http.get('audit-log/export?format=csv', tokens.auditor))
    const json = ok(await http.get('audit-log/export?format=json', tokens.auditor))
    expect(csv.text).toContain('sistem')
    expect(stored).toContain('"collection":"complaints"')
    for (const text of [stored, csv.text, json.text]) {
      for (const value of [...Object.values(PERSONAL), MARKERS.personal]) expect(text).not.toContain(value)
      expect(text).not.toContain('enc:v1:')
    }
  }

  describe('a complaint’s dates, ticket and the citizen’s words are refused to every role, through every door, changing nothing', () => {
    /** What is attempted, and the field's label the refusal must name. */
    const attempts: [string, Record<string, unknown>, string][] = [
      ['receivedAt', { receivedAt: '2030-01-01' }, 'Diterima'],
      ['dueAt', { dueAt: '2030-12-31' }, 'Batas waktu jawaban'],
      ['ticket', { ticket: 'ADU-2030-AAAA-BBBB-CCCC' }, 'Nomor tiket'],
      ['subject', { subject: 'Perihal yang ditulis ulang petugas' }, 'Perihal'],
      ['message', { message: 'Isi pengaduan yang ditulis ulang oleh petugas.' }, 'Isi pengaduan'],
      ['reporter.name', { reporter: { name: 'Nama Lain' } }, 'Data pelapor › Nama pelapor'],
      ['reporter erased', { reporter: null }, 'Data pelapor › Nama pelapor'],
      ['with an answer', { answer: 'Jawaban yang sah', dueAt: '2030-12-31' }, 'Batas waktu jawaban'],
    ]
    const snapshot = async (id: number | string) => JSON.stringify(await payload.db.findOne({ collection: 'complaints', where: { id: { equals: id } } }))

    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      it(`by the ${role}, through REST (one by id and by a where), GraphQL and the Local API`, async () => {
        const complaint = await complain(`Keluhan untuk uji ${role}`)
        const before = await snapshot(complaint.id)
        const logged = await auditCount()
        for (const [name, data, label] of attempts) {
          const response = await http.patch(`complaints/${complaint.id}`, data, tokens[role])
          expect(response.status, `${name}: ${response.text}`).toBe(400)
          expect(response.text, name).toContain(`${label} tidak dapat diubah`)
          // Payload sums up a bulk update's failures per document, naming the refused fields by their labels.
          const bulk = await http.patch(`complaints?where[id][equals]=${complaint.id}`, data, tokens[role])
          expect(bulk.status, `${name} (where): ${bulk.text}`).toBe(400)
          expect(bulk.text, name).toContain(`tidak valid: ${label}`)
        }
        // GraphQL's input type requires the reporter group; sent as stored, only the deadline is an attempt.
        const graphql = await http.graphql(`mutation Move($id: Int!, $name: String!) { updateComplaint(id: $id, data: { dueAt: "2030-12-31", reporter: { name: $name } }) { id dueAt } }`, tokens[role], { id: complaint.id, name: PERSONAL.name })
        expect(graphql.data.data?.updateComplaint ?? null, graphql.text).toBeNull()
        expect(graphql.text).toContain('Batas waktu jawaban')
        await expect(payload.update({ collection: 'complaints', id: complaint.id, data: { receivedAt: '2030-01-01' }, user: users[role], overrideAccess: true })).rejects.toThrow()
        await expect(payload.update({ collection: 'complaints', id: complaint.id, data: { message: 'Ditulis ulang lewat Local API.' }, user: users[role], overrideAccess: false })).rejects.toThrow()

        expect(await snapshot(complaint.id)).toBe(before)
        expect(await auditCount()).toBe(logged)
        const status = JSON.parse((await citizen.get(`aduan/status?tiket=${complaint.ticket}&format=json`)).text)
        expect(status).toMatchObject({ receivedAt: complaint.receivedAt, dueAt: complaint.dueAt, subject: `Keluhan untuk uji ${role}` })
        // What staff may do still works, and is on record.
        ok(await http.patch(`complaints/${complaint.id}`, { status: 'in_progress' }, tokens[role]))
        expect(await auditCount()).toBe(logged + 1)
      })
    }

    it('a complaint staff record is dated by the system: a date of their own is refused, none is today and due by the rules', async () => {
      const data = await sampleData(payload, 'complaints', diskominfo)
      const count = async () => (await payload.count({ collection: 'complaints', overrideAccess: true })).totalDocs
      const before = await count()
      const forward = await http.post('complaints', { ...data, receivedAt: '2030-01-01', dueAt: '2030-12-31' }, tokens.editor)
      expect(forward.status, forward.text).toBe(400)
      expect(forward.text).toMatch(/Diterima ditetapkan sistem: \d{4}-\d{2}-\d{2}, bukan 2030-01-01/)
      expect(forward.text).toContain('Batas waktu jawaban ditetapkan sistem')
      const backdated = await http.post('complaints', { ...data, status: 'answered', answer: 'Sudah dijawab lewat telepon.', answeredAt: '2020-01-01' }, tokens.editor)
      expect(backdated.status, backdated.text).toBe(400)
      expect(backdated.text).toMatch(/ditetapkan sistem: \d{4}-\d{2}-\d{2}, bukan 2020-01-01/)
      expect(await count()).toBe(before)
      const recorded = ok(await http.post('complaints', data, tokens.editor), 201).data.doc
      const fromSite = await complain('Keluhan lewat situs pada hari yang sama')
      expect([recorded.receivedAt, recorded.dueAt]).toEqual([fromSite.receivedAt, fromSite.dueAt])
      expect(await latest('complaints', recorded.id)).toMatchObject({ action: 'create', role: 'opd-editor' })
    })

    it('the same for a request for information: its dates, ticket and the requester’s words', async () => {
      const submitted = await citizen.submit('ppid/permohonan', { opd: 'diskominfo', informasi: 'Salinan laporan keuangan Diskominfo 2025', tujuan: 'Bahan liputan', format: 'softcopy', nama: PERSONAL.requesterName, nik: PERSONAL.requesterNik, email: PERSONAL.requesterEmail, setuju: 'ya', situs_web: '' })
      const ticket = ticketOf(submitted.headers.get('location'))
      const request = (await payload.find({ collection: 'information-requests', where: { ticket: { equals: ticket } }, depth: 0, overrideAccess: true })).docs[0]!
      const before = JSON.stringify(await payload.db.findOne({ collection: 'information-requests', where: { id: { equals: request.id } } }))
      const logged = await auditCount()
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ receivedAt: '2030-01-01' }, /Diterima tidak dapat diubah/],
        [{ dueAt: '2030-12-31' }, /Batas jawaban tidak dapat diubah/],
        [{ ticket: 'PPID-2030-AAAA-BBBB-CCCC' }, /Nomor tiket tidak dapat diubah/],
        [{ information: 'Informasi lain yang tidak pernah diminta' }, /Rincian informasi yang dimohon tidak dapat diubah/],
        [{ purpose: 'Tujuan lain' }, /Tujuan penggunaan informasi tidak dapat diubah/],
        [{ applicant: { nik: '3601014608910004' } }, /Pemohon \(data pribadi, terenkripsi\) › NIK tidak dapat diubah/],
      ]
      for (const role of ['editor', 'admin'] as const) {
        for (const [data, message] of cases) {
          const response = await http.patch(`information-requests/${request.id}`, data, tokens[role])
          expect(response.status, response.text).toBe(400)
          expect(response.text).toMatch(message)
        }
      }
      expect(JSON.stringify(await payload.db.findOne({ collection: 'information-requests', where: { id: { equals: request.id } } }))).toBe(before)
      expect(await auditCount()).toBe(logged)
    })
  })
})
