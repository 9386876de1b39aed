import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverPending } from '../../cms/notifications/deliver.ts'
import { remindReviews } from '../../cms/workflow/jobs.ts'
import { unavailable } from '../helpers/databases.ts'
import { sampleData } from '../helpers/docs.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { startSmtp } from '../helpers/smtp.ts'
import { demoToken, demoUser, opdId } from '../helpers/users.ts'

const skip = unavailable()

describe.skipIf(skip)('notifications: the inbox, and email over SMTP that survives the mail server being down', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  const env = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT }

  beforeAll(async () => {
    smtp = await startSmtp()
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(smtp.port)
    cms = await openSeededCms('notifications')
    payload = cms.payload
    http = httpClient(cms.config)
  })
  afterAll(async () => {
    process.env.SMTP_HOST = env.host
    process.env.SMTP_PORT = env.port
    await smtp?.close()
    await cms?.close()
  })

  const inboxOf = async (userId: number | string, kind?: string) =>
    (await payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: userId } }, ...(kind ? [{ kind: { equals: kind } }] : [])] }, sort: '-createdAt', overrideAccess: true })).docs

  it('tells Kominfo of a submission in the inbox and by email, and the OPD of a return, retrying while the mail server is down', async () => {
    const editorToken = await demoToken(payload, 'opd-editor', 'diskominfo')
    const reviewerToken = await demoToken(payload, 'kominfo-reviewer')
    const reviewer = await demoUser(payload, 'kominfo-reviewer')
    const editor = await demoUser(payload, 'opd-editor', 'diskominfo')
    const created = await http.post('goals', await sampleData(payload, 'goals', await opdId(payload, 'diskominfo')), editorToken)
    const id = created.data.doc.id
    expect((await http.post(`goals/${id}/workflow`, { action: 'submit' }, editorToken)).status).toBe(200)
    const [submitted] = await inboxOf(reviewer.id, 'submitted')
    expect(submitted).toMatchObject({ read: false, link: `/admin/collections/goals/${id}`, email: { status: 'pending' } })

    await deliverPending(payload)
    expect(smtp.received.some((m) => m.to.includes(reviewer.email) && m.text.includes('Diajukan'))).toBe(true)
    expect((await inboxOf(reviewer.id, 'submitted'))[0]!.email).toMatchObject({ status: 'sent', attempts: 1 })

    // The mail server goes down: the return is in the editor's inbox and waits for another try.
    await smtp.close()
    expect((await http.post(`goals/${id}/workflow`, { action: 'return', reason: 'Sasaran belum terukur' }, reviewerToken)).status).toBe(200)
    await deliverPending(payload)
    const [returned] = await inboxOf(editor.id, 'returned')
    expect(returned!.body).toContain('Alasan: Sasaran belum terukur')
    expect(returned!.email).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/) })
    // Not before its time...
    await deliverPending(payload)
    expect((await inboxOf(editor.id, 'returned'))[0]!.email!.attempts).toBe(1)
    // ...and delivered once the server is back.
    smtp = await startSmtp(smtp.port)
    await deliverPending(payload, new Date(Date.now() + 5 * 60_000))
    expect((await inboxOf(editor.id, 'returned'))[0]!.email).toMatchObject({ status: 'sent', attempts: 2 })
    expect(smtp.received.some((m) => m.to.includes(editor.email) && m.text.includes('Sasaran belum terukur'))).toBe(true)
  })

  it('lets each person read and mark only their own inbox', async () => {
    const editor = await demoUser(payload, 'opd-editor', 'diskominfo')
    const editorToken = await demoToken(payload, 'opd-editor', 'diskominfo')
    const otherToken = await demoToken(payload, 'opd-editor', 'dinkes')
    const [note] = await inboxOf(editor.id)
    expect((await http.get(`notifications/${note!.id}`, otherToken)).status).toBe(404)
    expect((await http.get('notifications', otherToken)).data.docs.map((n: { id: unknown }) => n.id)).not.toContain(note!.id)
    const marked = await http.patch(`notifications/${note!.id}`, { read: true, title: 'Diubah' }, editorToken)
    expect(marked.status, marked.text).toBe(200)
    const stored = await payload.findByID({ collection: 'notifications', id: note!.id, overrideAccess: true })
    expect(stored).toMatchObject({ read: true, title: note!.title })
    expect((await http.post('notifications', { recipient: editor.id, kind: 'published', title: 'Palsu' }, editorToken)).status).toBe(403)
  })

  it('reminds the owning OPD before an item’s review date, once per item and date', async () => {
    const dinkes = await opdId(payload, 'dinkes')
    const editor = await demoUser(payload, 'opd-editor', 'dinkes')
    const [profile] = (await payload.find({ collection: 'opd-profiles', where: { opd: { equals: dinkes } }, limit: 1, overrideAccess: true })).docs
    // Reviewed 175 days ago: due in 8 days, inside the 14-day reminder window.
    const reviewed = new Date(Date.now() - 175 * 86_400_000).toISOString().slice(0, 10)
    await payload.update({ collection: 'opd-profiles', id: profile!.id, data: { lastReviewedAt: reviewed, _status: 'published' } as never, overrideAccess: true })
    const req = await createLocalReq({}, payload)
    await remindReviews(req)
    const reminders = (await inboxOf(editor.id, 'review-due')).filter((n) => n.link === `/admin/collections/opd-profiles/${profile!.id}`)
    expect(reminders).toHaveLength(1)
    expect(reminders[0]!.title).toMatch(/^Segera ditinjau: Profil OPD/)
    await remindReviews(req)
    expect((await inboxOf(editor.id, 'review-due')).filter((n) => n.link === `/admin/collections/opd-profiles/${profile!.id}`)).toHaveLength(1)
  })
})
