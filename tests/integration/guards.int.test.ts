import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoProvince } from '../../scripts/seed/data.ts'
import { unavailable } from '../helpers/databases.ts'
import { sampleData, sampleFile } from '../helpers/docs.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken, demoUser, opdId } from '../helpers/users.ts'
import { publishEdit } from '../helpers/workflow.ts'

const skip = unavailable()

/** The ways around the review workflow and tenancy that are not plain create/update. */
describe.skipIf(skip)('no side door around review and tenancy', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let editor: TypedUser
  let editorToken: string
  let reviewerToken: string
  let diskominfo: number | string
  let dinkes: number | string
  const users = demoProvince(new Date()).users
  const password = (role: string, opd?: string) => users.find((u) => u.role === role && (!opd || u.opds.includes(opd)))!.password

  beforeAll(async () => {
    cms = await openSeededCms('guards')
    payload = cms.payload
    http = httpClient(cms.config)
    editor = await demoUser(payload, 'opd-editor')
    editorToken = (await payload.login({ collection: 'users', data: { email: editor.email, password: password('opd-editor', 'diskominfo') } })).token!
    reviewerToken = await demoToken(payload, 'kominfo-reviewer')
    diskominfo = await opdId(payload, 'diskominfo')
    dinkes = await opdId(payload, 'dinkes')
  })
  afterAll(async () => cms?.close())

  it('an editor restoring a withdrawn published version gets a draft, not a live page', async () => {
    const { docs } = await payload.find({ collection: 'news', where: { and: [{ opd: { equals: diskominfo } }, { _status: { equals: 'published' } }] }, limit: 1, overrideAccess: true })
    const news = docs[0]!
    const withdrawn = await http.post(`news/${news.id}/workflow`, { action: 'withdraw', reason: 'Data keliru' }, reviewerToken)
    expect(withdrawn.status, withdrawn.text).toBe(200)
    const versions = await payload.findVersions({ collection: 'news', where: { and: [{ parent: { equals: news.id } }, { 'version._status': { equals: 'published' } }] }, overrideAccess: true, limit: 1 })
    const restore = await http.post(`news/versions/${versions.docs[0]!.id}`, {}, editorToken)
    expect(restore.status).toBeLessThan(500)
    const stored = await payload.findByID({ collection: 'news', id: news.id, overrideAccess: true })
    expect(stored._status).toBe('draft')
    expect((await http.get(`news/${news.id}`)).status).toBeGreaterThanOrEqual(400)
  })

  it("another OPD's staff cannot read a complaint's personal data, nor filter on it", async () => {
    const dinkesEditor = await demoUser(payload, 'opd-editor', 'dinkes')
    const token = (await payload.login({ collection: 'users', data: { email: dinkesEditor.email, password: password('opd-editor', 'dinkes') } })).token!
    const { docs } = await payload.find({ collection: 'complaints', where: { opd: { not_equals: dinkes } }, overrideAccess: true, limit: 100 })
    for (const complaint of docs) {
      const response = await http.get(`complaints/${complaint.id}`, token)
      if (response.status === 200) {
        expect(response.data.reporter).toBeUndefined()
        expect(response.data.message).toBeUndefined()
      }
    }
    const own = await http.get(`complaints?where[opd][equals]=${dinkes}`, token)
    expect(own.data.docs[0].reporter.name).toBeTruthy()
    const probe = await http.get('complaints?where[reporter.name][exists]=true&limit=100', token)
    if (probe.status === 200) for (const doc of probe.data.docs) expect(String(doc.opd)).toBe(String(dinkes))
  })

  it("a document cannot point at another OPD's records or files", async () => {
    const otherGoal = await payload.find({ collection: 'goals', where: { opd: { equals: dinkes } }, limit: 1, overrideAccess: true })
    const data = await sampleData(payload, 'targets', diskominfo)
    const response = await http.post('targets', { ...data, goal: otherGoal.docs[0]!.id }, editorToken)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.data)).toMatch(/milik OPD lain/)

    const otherFile = await payload.create({ collection: 'documents', data: { title: 'Berkas Dinkes', opd: dinkes as number }, file: await sampleFile('documents'), overrideAccess: true })
    const entry = await sampleData(payload, 'ppid-entries', diskominfo)
    const borrow = await http.post('ppid-entries', { ...entry, file: otherFile.id }, editorToken)
    expect(borrow.status).toBe(400)
    // A private file of another OPD is not even visible to this editor.
    expect(JSON.stringify(borrow.data)).toMatch(/"path":"file"/)
    expect(JSON.stringify(borrow.data)).toMatch(/milik OPD lain|tidak ditemukan/)
  })

  it('a file turns private again when the entry that showed it is withdrawn or exempted', async () => {
    const file = await payload.create({ collection: 'documents', data: { title: 'Lampiran', opd: diskominfo as number }, file: await sampleFile('documents'), overrideAccess: true })
    const entry = await payload.create({ collection: 'ppid-entries', data: { ...(await sampleData(payload, 'ppid-entries', diskominfo)), category: 'berkala', file: file.id, _status: 'published' } as never, overrideAccess: true })
    const isPublic = async () => (await payload.findByID({ collection: 'documents', id: file.id, overrideAccess: true })).public
    expect(await isPublic()).toBe(true)
    const tokens = { editor: editorToken, reviewer: reviewerToken }
    await publishEdit(http, 'ppid-entries', entry.id, { category: 'dikecualikan', exemption: { legalReason: 'UU 14/2008 Ps. 17 huruf h', consequenceTest: 'Mengungkap rahasia pribadi' } }, tokens)
    expect(await isPublic()).toBe(false)
    expect((await http.get(`documents/file/${file.filename}`)).status).toBeGreaterThanOrEqual(400)
    await publishEdit(http, 'ppid-entries', entry.id, { category: 'berkala' }, tokens)
    expect(await isPublic()).toBe(true)
    expect((await http.post(`ppid-entries/${entry.id}/workflow`, { action: 'withdraw', reason: 'Diganti dokumen baru' }, reviewerToken)).status).toBe(200)
    expect(await isPublic()).toBe(false)
  })

  it("an editor cannot replace a public file's bytes, nor forge its hash", async () => {
    const { docs } = await payload.find({ collection: 'documents', where: { and: [{ opd: { equals: diskominfo } }, { public: { equals: true } }] }, limit: 1, overrideAccess: true })
    const file = docs[0]!
    const forged = await http.patch(`documents/${file.id}`, { title: 'Judul lain', sha256: 'f'.repeat(64) }, editorToken)
    expect(forged.status).toBeGreaterThanOrEqual(400)
    const own = await payload.create({ collection: 'documents', data: { title: 'Draf lampiran', opd: diskominfo as number }, file: await sampleFile('documents'), overrideAccess: true })
    const patched = await http.patch(`documents/${own.id}`, { sha256: 'f'.repeat(64) }, editorToken)
    expect(patched.status).toBe(200)
    expect((await payload.findByID({ collection: 'documents', id: own.id, overrideAccess: true })).sha256).toBe(own.sha256)
  })

  it('complaint ticket numbers are the system’s: a sent number is ignored on create and refused on update', async () => {
    const data = await sampleData(payload, 'complaints', diskominfo)
    const created = await http.post('complaints', { ...data, ticket: 'ADU-2026-99999' }, editorToken)
    expect(created.status, created.text).toBe(201)
    expect(created.data.doc.ticket).not.toBe('ADU-2026-99999')
    expect(created.data.doc.ticket).toMatch(/^ADU-\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    const updated = await http.patch(`complaints/${created.data.doc.id}`, { ticket: 'ADU-2026-99999' }, editorToken)
    expect(updated.status).toBe(400)
    expect(updated.text).toContain('Nomor tiket tidak dapat diubah')
    expect((await payload.findByID({ collection: 'complaints', id: created.data.doc.id, overrideAccess: true })).ticket).toBe(created.data.doc.ticket)
  })

  it('only an admin unlocks an account', async () => {
    const auditor = users.find((u) => u.role === 'auditor')!
    for (let i = 0; i < 5; i++) await expect(payload.login({ collection: 'users', data: { email: auditor.email, password: 'salah' } })).rejects.toThrow()
    const refused = await http.post('users/unlock', { email: auditor.email }, editorToken)
    expect(refused.status).toBeGreaterThanOrEqual(400)
    await expect(payload.login({ collection: 'users', data: { email: auditor.email, password: auditor.password } })).rejects.toThrow()
    const adminToken = (await payload.login({ collection: 'users', data: { email: users.find((u) => u.role === 'kominfo-admin')!.email, password: password('kominfo-admin') } })).token!
    expect((await http.post('users/unlock', { email: auditor.email }, adminToken)).status).toBe(200)
    await expect(payload.login({ collection: 'users', data: { email: auditor.email, password: auditor.password } })).resolves.toBeTruthy()
  })
})
