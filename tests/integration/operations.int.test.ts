import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTORS, expected, OPERATIONS, STAGES, type Actor, type Operation, type Stage } from '../fixtures/operation-matrix.ts'
import { unavailable } from '../helpers/databases.ts'
import { sampleData } from '../helpers/docs.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken, demoUser, opdId } from '../helpers/users.ts'

const skip = unavailable()
const COLLECTION = 'goals'
type Owner = 'own' | 'other'
type Doc = Record<string, unknown> & { id: number | string }

/**
 * Drives tests/fixtures/operation-matrix.ts: every operation, role, stage and owner, through the real
 * HTTP handlers (REST and GraphQL) and the Local API. A refusal must leave the document, its versions, the
 * collection and the audit log exactly as they were.
 */
describe.skipIf(skip)('every way of changing reviewed content goes through the workflow gate', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  const tokens = {} as Record<Actor | 'other-editor', string | undefined>
  const users = {} as Record<Actor, TypedUser | undefined>
  const opds = {} as Record<Owner, number | string>

  beforeAll(async () => {
    cms = await openSeededCms('operations')
    payload = cms.payload
    http = httpClient(cms.config)
    opds.own = await opdId(payload, 'diskominfo')
    opds.other = await opdId(payload, 'dinkes')
    for (const actor of ACTORS) {
      if (actor === 'anonymous') continue
      tokens[actor] = await demoToken(payload, actor, 'diskominfo')
      users[actor] = await demoUser(payload, actor, 'diskominfo')
    }
    tokens['other-editor'] = await demoToken(payload, 'opd-editor', 'dinkes')
  }, 300_000)
  afterAll(async () => cms?.close())

  const ok = async (pending: Promise<{ status: number; text: string }>) => {
    const response = await pending
    expect(response.status, response.text).toBeLessThan(300)
  }
  const step = (id: Doc['id'], action: string, token: string | undefined, reason?: string) => ok(http.post(`${COLLECTION}/${id}/workflow`, { action, ...(reason ? { reason } : {}) }, token))

  /** A document of the owner's OPD in the stage, made as the product makes it: its editor, a reviewer. */
  const fixture = async (stage: Stage, owner: Owner) => {
    const editor = owner === 'own' ? tokens['opd-editor'] : tokens['other-editor']
    const reviewer = tokens['kominfo-reviewer']
    const created = await http.post(COLLECTION, { ...(await sampleData(payload, COLLECTION, opds[owner])), statement: `Sasaran ${stage} pertama` }, editor)
    expect(created.status, created.text).toBe(201)
    const id = created.data.doc.id as Doc['id']
    const edit = (statement: string) => ok(http.patch(`${COLLECTION}/${id}`, { statement }, editor))
    const publish = async (statement: string) => {
      await edit(statement)
      await step(id, 'submit', editor)
      await step(id, 'publish', reviewer)
    }
    if (stage === 'draft' || stage === 'submitted' || stage === 'returned') {
      await edit(`Sasaran ${stage} kedua`)
      if (stage !== 'draft') await step(id, 'submit', editor)
      if (stage === 'returned') await step(id, 'return', reviewer, 'Indikator belum terukur')
    } else {
      await publish(`Sasaran ${stage} terbit pertama`)
      await publish(`Sasaran ${stage} terbit kedua`)
      if (stage === 'withdrawn') await step(id, 'withdraw', reviewer, 'Data sedang diperbaiki')
      if (stage === 'archived') await step(id, 'archive', reviewer)
    }
    const versions = await payload.findVersions({ collection: COLLECTION, where: { parent: { equals: id } }, sort: 'createdAt', limit: 0, depth: 0, overrideAccess: true })
    const target = versions.docs.find((v) => (v.version as { _status?: string })._status === 'published') ?? versions.docs[0]!
    return { id, version: target.id as string | number, restored: (target.version as { statement: string }).statement }
  }

  const state = async (id: Doc['id']) => {
    const live = (await payload.db.findOne<Doc>({ collection: COLLECTION, where: { id: { equals: id } } })) ?? null
    const versions = await payload.countVersions({ collection: COLLECTION, where: { parent: { equals: id } }, overrideAccess: true })
    const newest = live ? ((await payload.findByID({ collection: COLLECTION, id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc) : null
    const audit = await payload.count({ collection: 'audit-log', where: { docId: { equals: String(id) } }, overrideAccess: true })
    const total = await payload.count({ collection: COLLECTION, overrideAccess: true })
    return { live, versions: versions.totalDocs, newest, audit: audit.totalDocs, total: total.totalDocs }
  }

  const gqlType = 'Goal'
  /** Runs one operation as one actor; a refusal comes back as a status of 400 or more and its message. */
  const run = async (operation: Operation, actor: Actor, doc: { id: Doc['id']; version: Doc['id'] }): Promise<{ status: number; message: string }> => {
    const token = tokens[actor]
    const statement = `Diubah lewat ${operation}`
    const id = JSON.stringify(doc.id)
    const rest = async (response: Promise<{ status: number; text: string; data?: any }>) => {
      const r = await response
      return { status: r.status, message: String(r.data?.errors?.[0]?.message ?? (r.status < 300 ? '' : r.text)) }
    }
    const graphql = async (query: string) => {
      const r = await http.graphql(query, token)
      const error = r.data.errors?.[0]?.message
      return { status: error ? 400 : r.status, message: String(error ?? '') }
    }
    switch (operation) {
      case 'rest-update':
        return rest(http.patch(`${COLLECTION}/${doc.id}`, { statement }, token))
      case 'rest-autosave':
        return rest(http.patch(`${COLLECTION}/${doc.id}?draft=true&autosave=true`, { statement }, token))
      case 'graphql-update':
        return graphql(`mutation { update${gqlType}(id: ${id}, data: { statement: ${JSON.stringify(statement)} }) { id } }`)
      case 'local-update':
        try {
          await payload.update({ collection: COLLECTION, id: doc.id, data: { statement }, user: users[actor], overrideAccess: false })
          return { status: 200, message: '' }
        } catch (error) {
          return { status: (error as { status?: number }).status ?? 500, message: (error as Error).message }
        }
      case 'rest-update-where':
        return rest(http.patch(`${COLLECTION}?where[id][equals]=${doc.id}`, { statement }, token))
      case 'rest-publish-field':
        return rest(http.patch(`${COLLECTION}/${doc.id}`, { statement, _status: 'published' }, token))
      case 'rest-delete':
        return rest(http.delete(`${COLLECTION}/${doc.id}`, token))
      case 'graphql-delete':
        return graphql(`mutation { delete${gqlType}(id: ${id}) { id } }`)
      case 'rest-delete-where':
        return rest(http.delete(`${COLLECTION}?where[id][equals]=${doc.id}`, token))
      case 'rest-duplicate':
        return rest(http.post(`${COLLECTION}/${doc.id}/duplicate`, {}, token))
      case 'rest-restore':
        return rest(http.post(`${COLLECTION}/versions/${doc.version}`, {}, token))
      case 'rest-restore-draft':
        return rest(http.post(`${COLLECTION}/versions/${doc.version}?draft=true`, {}, token))
      case 'rest-restore-live':
        return rest(http.post(`${COLLECTION}/versions/${doc.version}`, { reason: 'Kembali ke versi yang sudah ditelaah' }, token))
      case 'graphql-restore-draft':
        return graphql(`mutation { restoreVersion${gqlType}(id: ${JSON.stringify(doc.version)}, draft: true) { id } }`)
      case 'graphql-restore':
        return graphql(`mutation { restoreVersion${gqlType}(id: ${JSON.stringify(doc.version)}) { id } }`)
    }
  }

  it('ignores what only the workflow and Payload write: a stage, a submitter, a creation date sent with an edit', async () => {
    const doc = await fixture('draft', 'own')
    const before = (await payload.findByID({ collection: COLLECTION, id: doc.id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc
    const sent = { statement: 'Diubah dengan kolom sistem', createdAt: '2001-01-01T00:00:00.000Z', workflowState: 'published', submittedBy: users['kominfo-admin']!.id, publishAt: '2001-01-01T00:00:00.000Z' }
    const response = await http.patch(`${COLLECTION}/${doc.id}`, sent, tokens['opd-editor'])
    expect(response.status, response.text).toBe(200)
    const after = (await payload.findByID({ collection: COLLECTION, id: doc.id, draft: true, depth: 0, overrideAccess: true })) as unknown as Doc
    expect(after).toMatchObject({ statement: sent.statement, createdAt: before.createdAt, workflowState: 'draft', submittedBy: before.submittedBy ?? null, publishAt: before.publishAt ?? null })
  })

  for (const stage of STAGES) {
    for (const owner of ['own', 'other'] as const) {
      it(`${stage} document of the ${owner} OPD: every operation, every role, as the table says`, async () => {
        // Refusals change nothing, so they share one document; each allowed cell gets a fresh one.
        const shared = await fixture(stage, owner)
        for (const operation of Object.keys(OPERATIONS) as Operation[]) {
          for (const actor of ACTORS) {
            const outcome = expected(operation, actor, stage, owner)
            const cell = `${operation} by ${actor} on a ${stage} document of the ${owner} OPD`
            const doc = outcome === '-' ? shared : await fixture(stage, owner)
            const before = await state(doc.id)
            const result = await run(operation, actor, doc)
            const after = await state(doc.id)
            if (outcome === '-') {
              expect(result.status, `${cell}: ${result.message}`).toBeGreaterThanOrEqual(400)
              expect(result.status, `${cell}: ${result.message}`).toBeLessThan(500)
              expect(result.message, cell).not.toBe('')
              expect(after, cell).toEqual(before)
              continue
            }
            expect(result.status, `${cell}: ${result.message}`).toBeLessThan(300)
            const newest = after.newest as (Doc & { workflowState?: string; statement?: string }) | null
            switch (outcome) {
              case 'd':
              case 's':
                expect(after.live, cell).toEqual(before.live)
                expect(newest?.workflowState, cell).toBe(outcome === 'd' ? 'draft' : 'submitted')
                expect(newest?.statement, cell).toBe(operation.includes('restore') ? doc.restored : `Diubah lewat ${operation}`)
                expect(after.audit, cell).toBeGreaterThan(before.audit)
                break
              case 'p':
                expect(after.live?._status, cell).toBe('published')
                expect(after.live?.statement, cell).toBe(doc.restored)
                expect(newest?.workflowState, cell).toBe('published')
                expect((await payload.find({ collection: 'audit-log', where: { and: [{ docId: { equals: String(doc.id) } }, { action: { equals: 'restore' } }] }, overrideAccess: true })).docs[0], cell).toMatchObject({ reason: 'Kembali ke versi yang sudah ditelaah' })
                break
              case 'x':
                expect(after.live, cell).toBeNull()
                expect(after.total, cell).toBe(before.total - 1)
                break
              case 'c': {
                expect(after.live, cell).toEqual(before.live)
                expect(after.total, cell).toBe(before.total + 1)
                const { docs } = await payload.find({ collection: COLLECTION, sort: '-id', limit: 1, draft: true, depth: 0, overrideAccess: true })
                expect(docs[0], cell).toMatchObject({ workflowState: 'draft', _status: 'draft', opd: opds[owner], submittedBy: null })
                break
              }
            }
          }
        }
      })
    }
  }
})
