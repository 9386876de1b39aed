import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runSchedule } from '../../cms/workflow/jobs.ts'
import { unavailable } from '../helpers/databases.ts'
import { sampleData } from '../helpers/docs.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken, demoUser, opdId } from '../helpers/users.ts'

const skip = unavailable()

type Who = 'editor' | 'head' | 'other' | 'reviewer' | 'admin' | 'auditor' | 'anonymous'

describe.skipIf(skip)('the editorial workflow over the HTTP API', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let diskominfo: number | string
  const tokens = {} as Record<Who, string | undefined>

  beforeAll(async () => {
    cms = await openSeededCms('workflow')
    payload = cms.payload
    http = httpClient(cms.config)
    diskominfo = await opdId(payload, 'diskominfo')
    tokens.editor = await demoToken(payload, 'opd-editor', 'diskominfo')
    tokens.head = await demoToken(payload, 'opd-head', 'diskominfo')
    tokens.other = await demoToken(payload, 'opd-editor', 'dinkes')
    tokens.reviewer = await demoToken(payload, 'kominfo-reviewer')
    tokens.admin = await demoToken(payload, 'kominfo-admin')
    tokens.auditor = await demoToken(payload, 'auditor')
    tokens.anonymous = undefined
  })
  afterAll(async () => cms?.close())

  const step = (who: Who, id: string | number, action: string, extra: Record<string, unknown> = {}, collection = 'goals') => http.post(`${collection}/${id}/workflow`, { action, ...extra }, tokens[who])
  /** A new draft goal of Diskominfo, written by its editor through the API. */
  const draft = async (collection = 'goals') => {
    const response = await http.post(collection, await sampleData(payload, collection, diskominfo), tokens.editor)
    expect(response.status, response.text).toBe(201)
    return response.data.doc.id as number
  }
  const stored = async (id: number | string, collection = 'goals') => {
    const newest = (await payload.findByID({ collection: collection as 'goals', id, draft: true, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
    const live = (await payload.findByID({ collection: collection as 'goals', id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
    return { state: newest.workflowState, live: live._status === 'published', note: newest.workflowNote }
  }
  const audit = async (id: number | string, action: string) =>
    (await payload.find({ collection: 'audit-log', where: { and: [{ docId: { equals: String(id) } }, { action: { equals: action } }] }, sort: '-createdAt', overrideAccess: true })).docs
  const done = async (pending: ReturnType<typeof step>) => {
    const response = await pending
    expect(response.status, response.text).toBe(200)
    return response
  }
  const refused = async (response: Awaited<ReturnType<typeof step>>, status: number, message: RegExp) => {
    expect(response.status, response.text).toBe(status)
    expect(response.data.errors[0].message).toMatch(message)
  }

  it('takes an OPD draft through submit, return with a reason, resubmit and publish, recording each step with who and why', async () => {
    const id = await draft()
    expect(await stored(id)).toMatchObject({ state: 'draft', live: false })
    await done(step('editor', id, 'submit'))
    expect(await stored(id)).toMatchObject({ state: 'submitted', live: false })

    await refused(await step('reviewer', id, 'return'), 400, /Alasan wajib diisi/)
    await refused(await step('reviewer', id, 'return', { reason: '   ' }), 400, /Alasan wajib diisi/)
    await done(step('reviewer', id, 'return', { reason: 'Indikator sasaran belum terukur' }))
    expect(await stored(id)).toMatchObject({ state: 'returned', note: 'Indikator sasaran belum terukur' })
    const [returned] = await audit(id, 'return')
    expect(returned).toMatchObject({ reason: 'Indikator sasaran belum terukur', role: 'kominfo-reviewer', userEmail: expect.stringContaining('penelaah.') })
    expect(returned!.diff).toEqual(expect.arrayContaining([{ field: 'workflowState', before: 'submitted', after: 'returned' }]))

    // A reviewer does not rewrite what is back with its OPD; the OPD does, and resubmits.
    const correction = await http.patch(`goals/${id}`, { statement: 'Diubah oleh penelaah tanpa hak.' }, tokens.reviewer)
    expect(correction.status).toBe(403)
    expect(correction.text).toMatch(/Penelaah hanya dapat mengoreksi konten yang sedang diajukan/)
    expect((await http.patch(`goals/${id}`, { statement: 'Meningkatnya layanan informasi yang terukur.' }, tokens.editor)).status).toBe(200)
    const [edit] = await audit(id, 'update')
    expect(edit!.diff).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'statement', after: 'Meningkatnya layanan informasi yang terukur.' })]))
    expect(await stored(id)).toMatchObject({ state: 'draft' })
    await done(step('editor', id, 'submit'))
    // While it is with Kominfo the OPD cannot edit it, but may recall it.
    expect((await http.patch(`goals/${id}`, { statement: 'Perubahan saat ditelaah.' }, tokens.editor)).text).toMatch(/sedang ditelaah Kominfo/)

    await done(step('reviewer', id, 'publish'))
    expect(await stored(id)).toMatchObject({ state: 'published', live: true })
    expect((await http.get(`goals/${id}`)).data.statement).toBe('Meningkatnya layanan informasi yang terukur.')
    expect((await audit(id, 'publish'))[0]).toMatchObject({ role: 'kominfo-reviewer' })
    // Visitors never see the workflow's internal notes.
    const visible = (await http.get(`goals/${id}`)).data
    expect(visible.workflowNote).toBeUndefined()
    expect(visible.submittedBy).toBeUndefined()
  })

  it('tells each user the steps they may take now, by the same checks as the steps themselves', async () => {
    const id = await draft()
    const offered = async (who: Who) => {
      const response = await http.get(`goals/${id}/workflow`, tokens[who])
      return response.status === 200 ? (response.data.actions as { action: string; reason: boolean }[]) : response.status
    }
    expect(await offered('editor')).toEqual([{ action: 'submit', reason: false }])
    expect(await offered('admin')).toEqual([{ action: 'submit', reason: false }, { action: 'force-publish', reason: true }])
    expect(await offered('reviewer')).toEqual([])
    expect(await offered('other')).toBe(404)
    expect(await offered('anonymous')).toBe(401)
    await done(step('editor', id, 'submit'))
    expect(await offered('editor')).toEqual([{ action: 'recall', reason: false }])
    expect(await offered('reviewer')).toEqual([{ action: 'return', reason: true }, { action: 'publish', reason: false }])
  })

  it('reads the newest version by the flag Payload keeps, even when an older version row was touched later', async () => {
    const id = await draft()
    await done(step('editor', id, 'submit'))
    await done(step('reviewer', id, 'publish'))
    expect((await http.patch(`goals/${id}`, { ownerUnit: 'Bidang Statistik - diperbarui' }, tokens.editor)).status).toBe(200)
    // An older row whose updatedAt moved past the newest one (Payload rewrites rows' flags on later saves).
    const { docs } = await payload.db.findVersions({ collection: 'goals', where: { parent: { equals: id } }, limit: 0, pagination: false })
    const published = docs.find((v) => (v.version as { workflowState?: string }).workflowState === 'published')!
    await payload.db.updateVersion({ collection: 'goals', id: published.id, versionData: { ...published, updatedAt: new Date(Date.now() + 60_000).toISOString() } as never })
    expect((await stored(id)).state).toBe('draft')
    await done(step('editor', id, 'submit'))
  })

  it('lets OPD staff read the version history of their own documents only (the admin’s edit view needs it)', async () => {
    const id = await draft()
    await done(step('editor', id, 'submit'))
    const own = await http.get(`goals/versions?depth=0&limit=100&where[parent][equals]=${id}`, tokens.editor)
    expect(own.status, own.text).toBe(200)
    expect(own.data.docs.map((v: { version: { workflowState: string } }) => v.version.workflowState)).toContain('submitted')
    const other = await http.get(`goals/versions?depth=0&limit=100&where[parent][equals]=${id}`, tokens.other)
    expect(other.status).toBe(200)
    expect(other.data.docs).toEqual([])
  })

  it('refuses every step to the roles that may not take it, and illegal steps from the wrong state, changing nothing', async () => {
    const id = await draft()
    const before = await stored(id)
    const count = async () => (await payload.count({ collection: 'audit-log', where: { docId: { equals: String(id) } }, overrideAccess: true })).totalDocs
    const entries = await count()
    // Editors never publish, directly or by writing `_status`; nor may anyone else outside the workflow.
    await refused(await step('editor', id, 'publish'), 403, /penelaah atau admin Kominfo/)
    for (const who of ['editor', 'reviewer', 'admin'] as const) {
      const direct = await http.patch(`goals/${id}`, { _status: 'published' }, tokens[who])
      expect(direct.status, who).toBe(400)
      expect(direct.text).toMatch(/melalui alur kerja/)
    }
    await refused(await step('other', id, 'submit'), 404, /tidak ditemukan/)
    await refused(await step('auditor', id, 'submit'), 403, /editor atau kepala OPD/)
    await refused(await step('anonymous', id, 'submit'), 401, /Masuk dulu/)
    await refused(await step('reviewer', id, 'publish'), 409, /berstatus Draf: hanya dari: Diajukan/)
    await refused(await step('reviewer', id, 'withdraw', { reason: 'x' }), 409, /berstatus Draf/)
    await refused(await step('head', id, 'approve'), 409, /tahap ini tidak dipakai provinsi/)
    await refused(await step('reviewer', id, 'force-publish', { reason: 'Mendesak' }), 403, /admin Kominfo/)
    await refused(await step('admin', id, 'force-publish'), 400, /Alasan wajib diisi/)
    await refused(await step('editor', id, 'terbang'), 400, /Tindakan tidak dikenal/)
    await refused(await step('editor', id, 'submit', { publishAt: 'besok' }), 400, /tanggal-waktu ISO/)
    expect(await stored(id)).toEqual(before)
    expect(await count()).toBe(entries)
  })

  it('lets a Kominfo admin force-publish with a reason, shown in the log; withdraws and archives with a reason', async () => {
    const id = await draft()
    await done(step('admin', id, 'force-publish', { reason: 'Putusan pengadilan wajib segera diumumkan' }))
    expect(await stored(id)).toMatchObject({ state: 'published', live: true })
    expect((await audit(id, 'force-publish'))[0]).toMatchObject({ reason: 'Putusan pengadilan wajib segera diumumkan', role: 'kominfo-admin' })
    await refused(await step('reviewer', id, 'withdraw'), 400, /Alasan wajib diisi/)
    await done(step('reviewer', id, 'withdraw', { reason: 'Data keliru' }))
    expect(await stored(id)).toMatchObject({ state: 'withdrawn', live: false })
    expect((await http.get(`goals/${id}`)).status).toBeGreaterThanOrEqual(400)
    await done(step('reviewer', id, 'archive'))
    expect(await stored(id)).toMatchObject({ state: 'archived', live: false })
    expect((await http.patch(`goals/${id}`, { statement: 'Menghidupkan arsip.' }, tokens.editor)).text).toMatch(/diarsipkan tidak dapat diubah/)
  })

  it('adds the OPD head’s approval where the province turns it on', async () => {
    const admin = await demoUser(payload, 'kominfo-admin')
    await payload.updateGlobal({ slug: 'workflow-settings', data: { headApproval: true }, user: admin, overrideAccess: false })
    try {
      const id = await draft()
      await done(step('editor', id, 'submit'))
      await refused(await step('reviewer', id, 'publish'), 409, /hanya dari: Disetujui kepala OPD/)
      await refused(await step('editor', id, 'approve'), 403, /kepala OPD pemilik konten/)
      await done(step('head', id, 'approve'))
      await done(step('reviewer', id, 'publish'))
      expect(await stored(id)).toMatchObject({ state: 'published', live: true })
      const second = await draft()
      await done(step('editor', second, 'submit'))
      await refused(await step('head', second, 'return'), 400, /Alasan wajib diisi/)
      await done(step('head', second, 'return', { reason: 'Lengkapi indikator' }))
      expect((await audit('workflow-settings', 'update'))[0]).toMatchObject({ collection: 'global:workflow-settings', role: 'kominfo-admin' })
    } finally {
      await payload.updateGlobal({ slug: 'workflow-settings', data: { headApproval: false }, overrideAccess: true })
    }
  })

  it('publishes and withdraws on schedule', async () => {
    const id = await draft()
    await done(step('editor', id, 'submit'))
    const soon = new Date(Date.now() + 60_000).toISOString()
    const later = new Date(Date.now() + 120_000).toISOString()
    await refused(await step('reviewer', id, 'publish', { publishAt: later, unpublishAt: soon }), 400, /sesudah waktu terbit/)
    await done(step('reviewer', id, 'publish', { publishAt: soon, unpublishAt: later }))
    expect(await stored(id)).toMatchObject({ state: 'scheduled', live: false })
    const req = await createLocalReq({}, payload)
    expect(await runSchedule(req, new Date())).toEqual({ published: 0, withdrawn: 0 })
    expect(await runSchedule(req, new Date(Date.now() + 90_000))).toMatchObject({ published: 1 })
    expect(await stored(id)).toMatchObject({ state: 'published', live: true })
    expect(await runSchedule(req, new Date(Date.now() + 180_000))).toMatchObject({ withdrawn: 1 })
    expect(await stored(id)).toMatchObject({ state: 'withdrawn', live: false })
    expect((await audit(id, 'withdraw'))[0]).toMatchObject({ role: 'sistem', reason: 'Tarik terjadwal' })
  })

  it('lets an OPD publish an emergency notice at once and tells Kominfo', async () => {
    const id = await draft('emergency-notices')
    const reviewer = await demoUser(payload, 'kominfo-reviewer')
    await done(step('editor', id, 'publish', {}, 'emergency-notices'))
    expect(await stored(id, 'emergency-notices')).toMatchObject({ state: 'published', live: true })
    const inbox = await payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: reviewer.id } }, { kind: { equals: 'emergency' } }] }, overrideAccess: true })
    expect(inbox.docs.map((n) => n.link)).toContain(`/admin/collections/emergency-notices/${id}`)
  })

  it('queues submissions for Kominfo oldest first, with the field changes and the compliance duties they would meet', async () => {
    // An edit of a live service of Diskominfo...
    const [service] = (await payload.find({ collection: 'services', where: { and: [{ opd: { equals: diskominfo } }, { _status: { equals: 'published' } }] }, limit: 1, overrideAccess: true })).docs
    expect((await http.patch(`services/${service!.id}`, { summary: 'Ringkasan layanan yang diperbarui untuk ditelaah.' }, tokens.editor)).status).toBe(200)
    await done(step('editor', service!.id, 'submit', {}, 'services'))
    // ...then DKP's missing information-service report, filled in by a Kominfo admin for the OPD.
    const dkp = await opdId(payload, 'dkp')
    const report = await http.post('ppid-reports', { ...(await sampleData(payload, 'ppid-reports', dkp)), year: new Date().getFullYear() - 1 }, tokens.admin)
    expect(report.status, report.text).toBe(201)
    await done(step('admin', report.data.doc.id, 'submit', {}, 'ppid-reports'))

    expect((await http.get('review-queue', tokens.editor)).status).toBe(403)
    const queue = (await http.get('review-queue', tokens.reviewer)).data.docs as { collection: string; id: number; opd: { slug: string }; changes: { field: string; before: unknown; after: unknown }[]; live: boolean; fixes: { rule: string }[]; since: string }[]
    const ours = queue.filter((s) => (s.collection === 'services' && s.id === service!.id) || (s.collection === 'ppid-reports' && s.id === report.data.doc.id))
    expect(ours.map((s) => s.collection)).toEqual(['services', 'ppid-reports'])
    expect([...queue.map((s) => s.since)]).toEqual([...queue.map((s) => s.since)].sort())
    expect(ours[0]).toMatchObject({ opd: { slug: 'diskominfo' }, live: true, changes: [{ field: 'summary', before: service!.summary, after: 'Ringkasan layanan yang diperbarui untuk ditelaah.' }] })
    expect(ours[1]).toMatchObject({ opd: { slug: 'dkp' }, live: false, fixes: [{ rule: 'opd.ppid.laporan' }] })
    const filtered = (await http.get('review-queue?opd=dkp&type=ppid-reports', tokens.reviewer)).data.docs as { id: number }[]
    expect(filtered.map((s) => s.id)).toEqual([report.data.doc.id])
    expect((await http.get('review-queue?opd=tidak-ada', tokens.reviewer)).text).toContain('OPD tidak dikenal: \\"tidak-ada\\"')
    expect((await http.get('review-queue?type=users', tokens.reviewer)).status).toBe(400)
  })

  it('keeps the audit log append-only for everyone, admin included, through REST, GraphQL and the Local API', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })).docs
    expect(entry).toBeDefined()
    const admin = await demoUser(payload, 'kominfo-admin')
    expect((await http.patch(`audit-log/${entry!.id}`, { reason: 'diubah' }, tokens.admin)).status).toBe(403)
    expect((await http.delete(`audit-log/${entry!.id}`, tokens.admin)).status).toBe(403)
    expect((await http.post('audit-log', { action: 'palsu', collection: 'goals' }, tokens.admin)).status).toBe(403)
    const gql = await http.graphql(`mutation { updateAuditLog(id: ${JSON.stringify(entry!.id)}, data: { reason: "diubah" }) { id } }`, tokens.admin)
    expect(gql.data.errors?.length).toBeGreaterThan(0)
    const gqlDelete = await http.graphql(`mutation { deleteAuditLog(id: ${JSON.stringify(entry!.id)}) { id } }`, tokens.admin)
    expect(gqlDelete.data.errors?.length).toBeGreaterThan(0)
    await expect(payload.update({ collection: 'audit-log', id: entry!.id, data: { reason: 'diubah' }, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id: entry!.id, user: admin, overrideAccess: false })).rejects.toThrow()
    // Not even the system rewrites history.
    await expect(payload.update({ collection: 'audit-log', id: entry!.id, data: { reason: 'diubah' }, overrideAccess: true })).rejects.toThrow(/tidak dapat diubah/)
    await expect(payload.delete({ collection: 'audit-log', id: entry!.id, overrideAccess: true })).rejects.toThrow(/tidak dapat diubah/)
    expect((await payload.findByID({ collection: 'audit-log', id: entry!.id, overrideAccess: true })).reason).toBe(entry!.reason)
    // Auditors read and export it; editors do not see it.
    expect((await http.get('audit-log', tokens.editor)).status).toBe(403)
    expect((await http.get('audit-log', tokens.auditor)).status).toBe(200)
    const csv = await http.get('audit-log/export?format=csv', tokens.auditor)
    expect(csv.status).toBe(200)
    expect(csv.text.split('\r\n')[0]).toBe('createdAt,userEmail,role,action,collection,docId,opd,summary,reason,diff')
    expect(csv.text).toContain('force-publish')
    expect((await http.get('audit-log/export', tokens.editor)).status).toBe(403)
    const badDay = await http.get('audit-log/export?from=2026-02-30', tokens.auditor)
    expect(badDay.status).toBe(400)
    expect(badDay.data.errors[0].message).toContain('Parameter from harus tanggal yang sah')
    expect((await http.get('audit-log/export?format=xls', tokens.auditor)).status).toBe(400)
  })

  it('records changes to users and roles, never their password hashes', async () => {
    const admin = await demoUser(payload, 'kominfo-admin')
    const editor = await demoUser(payload, 'opd-editor', 'dinkes')
    await payload.update({ collection: 'users', id: editor.id, data: { role: 'opd-head', password: 'kata-sandi-baru-2026!' }, user: admin, overrideAccess: false })
    const { docs } = await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'users' } }, { docId: { equals: String(editor.id) } }, { action: { equals: 'update' } }] }, sort: '-createdAt', overrideAccess: true })
    const entry = docs.find((e) => (e.diff as { field: string }[]).some((c) => c.field === 'role'))
    expect(entry).toMatchObject({ collection: 'users', role: 'kominfo-admin' })
    expect(entry!.diff).toEqual(expect.arrayContaining([{ field: 'role', before: 'opd-editor', after: 'opd-head' }]))
    expect(JSON.stringify(entry!.diff)).not.toMatch(/hash|salt|kata-sandi-baru/)
  })
})
