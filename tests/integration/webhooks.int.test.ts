import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { WEBHOOK_ATTEMPTS, WEBHOOK_BACKOFF_MS, WEBHOOK_QUEUE, WEBHOOK_TASK, type WebhookEvent } from '../../cms/api/delivery.ts'
import { verifySignature } from '../../cms/api/signature.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken, opdId } from '../helpers/users.ts'
import { publishEdit } from '../helpers/workflow.ts'

const skip = unavailable()

interface Received {
  headers: IncomingHttpHeaders
  body: string
}

/** A system that follows the portal's changes, on loopback: it answers 204, or 500, or is not listening at all. */
const receiver = () => {
  const received: Received[] = []
  let answer = 204
  let server: Server | undefined
  let port = 0
  const start = async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
        res.writeHead(answer).end()
      })
    })
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  }
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  return { received, start, stop, answer: (status: number) => void (answer = status), url: () => `http://127.0.0.1:${port}/hooks/portal` }
}

describe.skipIf(skip)('signed webhooks on publish', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let tokens: { editor: string; reviewer: string }
  let admin: string
  const hook = receiver()
  let secret = ''
  let subscription: number | string

  const jobs = async () =>
    (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: WEBHOOK_TASK } }, depth: 0, limit: 100, overrideAccess: true })).docs as unknown as {
      id: number | string
      totalTried?: number
      hasError?: boolean
      completedAt?: string | null
      waitUntil?: string | null
      input: { webhook: string; delivery: string }
    }[]
  const run = () => payload.jobs.run({ queue: WEBHOOK_QUEUE, silent: { error: true } })
  /** The backoff has passed: what a later run of the queue would find (the clock is not waited for). */
  const backoffPassed = async () => {
    for (const job of await jobs()) await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
  }
  const service = async (opd: string) =>
    (await payload.find({ collection: 'services', where: { and: [{ 'opd.slug': { equals: opd } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  const events = () => hook.received.map((r) => JSON.parse(r.body) as WebhookEvent)
  const verified = (r: Received, withSecret = secret) => verifySignature(withSecret, String(r.headers['x-portal-timestamp']), r.body, String(r.headers['x-portal-signature']))

  beforeAll(async () => {
    cms = await openSeededCms('webhooks')
    payload = cms.payload
    http = httpClient(cms.config)
    admin = await demoToken(payload, 'kominfo-admin')
    tokens = { editor: await demoToken(payload, 'opd-editor', 'dinkes'), reviewer: await demoToken(payload, 'kominfo-reviewer') }
    await hook.start()
    const created = await http.post('webhooks', { name: 'Satu Data Banten', url: hook.url(), events: ['publish', 'unpublish'], collections: ['services'], opds: [await opdId(payload, 'dinkes')] }, admin)
    expect(created.status, created.text).toBe(201)
    subscription = created.data.doc.id
    secret = created.data.doc.secret
  })
  beforeEach(async () => {
    hook.received.length = 0
    hook.answer(204)
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: WEBHOOK_TASK } }, overrideAccess: true })
  })
  afterAll(async () => {
    await hook.stop()
    await cms?.close()
  })

  it('makes the secret once, stores it encrypted and never shows it again', async () => {
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    const read = await http.get(`webhooks/${subscription}`, admin)
    expect(read.status).toBe(200)
    expect(read.data.secret).toBeUndefined()
    expect(read.text).not.toContain(secret)
    const stored = await payload.db.findOne<{ id: number; secret: string }>({ collection: 'webhooks', where: { id: { equals: subscription } } })
    expect(stored?.secret).toMatch(/^enc:v1:/)
    expect((await http.get('webhooks', await demoToken(payload, 'kominfo-reviewer'))).status).toBe(403)
    const before = await payload.count({ collection: 'webhooks', overrideAccess: true })
    const badUrl = await http.post('webhooks', { name: 'Salah', url: 'ftp://contoh.invalid/x', events: ['publish'] }, admin)
    expect(badUrl.status).toBe(400)
    expect(badUrl.text).toContain('https://')
    const badSecret = await http.post('webhooks', { name: 'Salah', url: hook.url(), events: ['publish'], secret: 'pendek' }, admin)
    expect(badSecret.status).toBe(400)
    expect(badSecret.text).toContain('minimal 24 karakter')
    expect((await payload.count({ collection: 'webhooks', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('sends a signed, verifiable event for each publish and withdrawal, and nothing for drafts or other subscriptions', async () => {
    const dinkes = await service('dinkes')
    await publishEdit(http, 'services', dinkes.id, { summary: 'Ringkasan layanan yang baru terbit untuk webhook.' }, tokens)
    // Not subscribed: another OPD's service, and a draft.
    await publishEdit(http, 'services', (await service('bapenda')).id, { summary: 'Ringkasan Bapenda yang baru terbit.' }, { editor: admin, reviewer: tokens.reviewer })
    await http.patch(`services/${dinkes.id}?draft=true`, { summary: 'Draf yang belum terbit sama sekali.' }, tokens.editor)
    expect(await jobs()).toHaveLength(1)
    await run()
    expect(hook.received).toHaveLength(1)
    const [delivery] = hook.received
    expect(delivery!.headers['content-type']).toBe('application/json')
    expect(delivery!.headers['x-portal-event']).toBe('publish')
    expect(delivery!.headers['x-portal-delivery']).toMatch(/^[0-9a-f-]{36}$/)
    expect(verified(delivery!)).toBe(true)
    expect(verified(delivery!, 'f'.repeat(64))).toBe(false)
    expect(verifySignature(secret, String(delivery!.headers['x-portal-timestamp']), delivery!.body.replace('publish', 'unpublish'), String(delivery!.headers['x-portal-signature']))).toBe(false)
    // A captured delivery replayed later fails: its timestamp is out of tolerance.
    expect(verifySignature(secret, String(delivery!.headers['x-portal-timestamp']), delivery!.body, String(delivery!.headers['x-portal-signature']), 300, Date.now() + 10 * 60_000)).toBe(false)
    const [event] = events()
    expect(event).toMatchObject({ type: 'publish', collection: 'services', document: { id: dinkes.id, opd: 'dinkes', title: dinkes.name, slug: dinkes.slug } })
    expect(event!.document.url).toMatch(new RegExp(`/api/services/${dinkes.id}$`))
    expect(Date.parse(event!.occurredAt)).not.toBeNaN()
    expect((await jobs()).filter((job) => !job.completedAt)).toEqual([])
    expect((await payload.findByID({ collection: 'webhooks', id: subscription, overrideAccess: true })).lastDeliveryStatus).toBe('berhasil: HTTP 204')

    const withdrawn = await http.post(`services/${dinkes.id}/workflow`, { action: 'withdraw', reason: 'Layanan dihentikan' }, tokens.reviewer)
    expect(withdrawn.status, withdrawn.text).toBe(200)
    await run()
    expect(hook.received).toHaveLength(2)
    expect(verified(hook.received[1]!)).toBe(true)
    expect(events()[1]).toMatchObject({ type: 'unpublish', collection: 'services', document: { id: dinkes.id, opd: 'dinkes', title: null } })
    expect(events()[1]!.id).not.toBe(event!.id)
  })

  it('announces nothing the public cannot read: an entry published as exempted (dikecualikan) is only "no longer public", by id', async () => {
    const hook2 = await http.post('webhooks', { name: 'Pengikut PPID', url: hook.url(), events: ['publish'], collections: ['ppid-entries'], secret: 'rahasia-pengikut-ppid-yang-panjang' }, admin)
    expect(hook2.status, hook2.text).toBe(201)
    expect(hook2.text).not.toContain('rahasia-pengikut-ppid-yang-panjang')
    const { docs } = await payload.find({ collection: 'ppid-entries', where: { and: [{ 'opd.slug': { equals: 'dinkes' } }, { _status: { equals: 'published' } }, { category: { not_equals: 'dikecualikan' } }] }, limit: 1, depth: 0, overrideAccess: true })
    const entry = docs[0]!
    const follower = await http.post('webhooks', { name: 'Pengikut penarikan PPID', url: hook.url(), events: ['unpublish'], collections: ['ppid-entries'] }, admin)
    await publishEdit(http, 'ppid-entries', entry.id, { category: 'dikecualikan', exemption: { legalReason: 'UU 14/2008 Ps. 17 huruf h', consequenceTest: 'Mengungkap rahasia pribadi' } }, tokens)
    // Exempted: no publish event; followers of withdrawals hear it is no longer public, by id only.
    expect((await jobs()).map((job) => job.input.webhook)).toEqual([String(follower.data.doc.id)])
    await run()
    expect(hook.received).toHaveLength(1)
    expect(hook.received[0]!.body).not.toContain(entry.title)
    expect(events()[0]).toMatchObject({ type: 'unpublish', collection: 'ppid-entries', document: { id: entry.id, opd: 'dinkes', title: null, slug: null } })
    expect((await http.patch(`webhooks/${follower.data.doc.id}`, { active: false }, admin)).status).toBe(200)
    hook.received.length = 0
    await publishEdit(http, 'ppid-entries', entry.id, { category: entry.category }, tokens)
    await run()
    expect(hook.received).toHaveLength(1)
    expect(verifySignature('rahasia-pengikut-ppid-yang-panjang', String(hook.received[0]!.headers['x-portal-timestamp']), hook.received[0]!.body, String(hook.received[0]!.headers['x-portal-signature']))).toBe(true)
    expect(events()[0]).toMatchObject({ type: 'publish', collection: 'ppid-entries', document: { id: entry.id, opd: 'dinkes' } })
    expect((await http.patch(`webhooks/${hook2.data.doc.id}`, { active: false }, admin)).status).toBe(200)
  })

  it('never blocks publishing while the receiver is down, and retries with growing delays until it answers', async () => {
    await hook.stop()
    const dinkes = await service('dinkes')
    await publishEdit(http, 'services', dinkes.id, { summary: 'Terbit ketika penerima webhook sedang mati.' }, tokens)
    expect((await payload.findByID({ collection: 'services', id: dinkes.id, depth: 0, overrideAccess: true })).summary).toBe('Terbit ketika penerima webhook sedang mati.')

    // Connection refused: the attempt fails and the next one waits for the backoff.
    await run()
    let [job] = await jobs()
    expect(job!.totalTried).toBe(1)
    expect(job!.completedAt ?? null).toBeNull()
    const firstWait = Date.parse(job!.waitUntil!) - Date.now()
    expect(firstWait).toBeGreaterThan(WEBHOOK_BACKOFF_MS * 0.5)
    expect((await payload.findByID({ collection: 'webhooks', id: subscription, overrideAccess: true })).lastDeliveryStatus).toMatch(/^gagal: .*\(percobaan 1 dari 6\)$/)
    await run()
    expect((await jobs())[0]!.totalTried).toBe(1)

    // Up but failing (500): another attempt, a longer wait.
    await hook.start()
    hook.answer(500)
    await backoffPassed()
    await run()
    ;[job] = await jobs()
    expect(job!.totalTried).toBe(2)
    expect(hook.received).toHaveLength(1)
    expect(Date.parse(job!.waitUntil!) - Date.now()).toBeGreaterThan(firstWait + WEBHOOK_BACKOFF_MS * 0.5)

    // Healthy again: the retry reaches it, signed afresh, under the same delivery id.
    hook.answer(204)
    await backoffPassed()
    await run()
    expect(hook.received).toHaveLength(2)
    expect(hook.received[1]!.headers['x-portal-delivery']).toBe(hook.received[0]!.headers['x-portal-delivery'])
    expect(verified(hook.received[1]!)).toBe(true)
    expect(events()[1]).toMatchObject({ type: 'publish', document: { id: dinkes.id } })
    // Done: completed jobs are removed from the queue.
    expect(await jobs()).toEqual([])
  })

  it('gives up after a bounded number of attempts', async () => {
    hook.answer(503)
    await publishEdit(http, 'services', (await service('dinkes')).id, { summary: 'Terbit untuk penerima yang terus gagal.' }, tokens)
    for (let attempt = 0; attempt < WEBHOOK_ATTEMPTS + 2; attempt++) {
      await backoffPassed()
      await run()
    }
    expect(hook.received).toHaveLength(WEBHOOK_ATTEMPTS)
    const [job] = await jobs()
    expect(job!.hasError).toBe(true)
  })
})
