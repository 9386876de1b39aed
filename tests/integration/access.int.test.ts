import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentType } from '../../schemas/index.ts'
import { ACCESS_MATRIX, expected, OPERATIONS, ROLES_UNDER_TEST, type Operation, type RoleUnderTest } from '../fixtures/access-matrix.ts'
import { unavailable } from '../helpers/databases.ts'
import { sampleData, sampleFile } from '../helpers/docs.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoUser, opdId } from '../helpers/users.ts'

const skip = unavailable()

/** A harmless change that every collection accepts, to test update rights. */
const touch = (collection: string): Record<string, unknown> => {
  if (collection === 'opds') return { acronym: 'Uji' }
  if (collection === 'users') return { name: 'Nama diubah' }
  if (collection === 'media') return { alt: 'Teks alternatif diubah' }
  if (collection === 'documents') return { title: 'Judul diubah' }
  // What the citizen wrote is kept as sent (tests/integration/audit.int.test.ts): staff write the answer.
  if (collection === 'complaints') return { answer: 'Jawaban diubah untuk uji' }
  return { ownerUnit: 'Unit diubah untuk uji' }
}

const isFiles = (c: string) => c === 'media' || c === 'documents'

/**
 * A refusal is Payload saying no (401/403/404), or the tenancy and review checks naming `opd` or
 * `_status` (other fields may be refused with them, e.g. another OPD's files that the user cannot see).
 * Anything else (bad sample data, a crash) is a failure of the test, not a refusal.
 */
const refusal = (error: unknown): false => {
  const e = error as { status?: number; name?: string; data?: { errors?: { path: string }[] } }
  if (e.status === 401 || e.status === 403 || e.status === 404) return false
  const paths = (e.data?.errors ?? []).map((x) => x.path)
  if (e.name === 'ValidationError' && (paths.includes('opd') || paths.includes('_status'))) return false
  throw error
}

describe.skipIf(skip)('access matrix: every role x collection x operation, overrideAccess false', () => {
  let cms: TestCms
  let payload: Payload
  const users = {} as Record<Exclude<RoleUnderTest, 'anonymous'>, TypedUser>
  let own: number | string
  let other: number | string

  beforeAll(async () => {
    cms = await openSeededCms('access')
    payload = cms.payload
    for (const role of ROLES_UNDER_TEST) if (role !== 'anonymous') users[role] = await demoUser(payload, role)
    own = await opdId(payload, 'diskominfo')
    other = await opdId(payload, 'dinkes')
  })
  afterAll(async () => cms?.close())

  const provinceLevel = (collection: string) => contentType(collection)?.level === 'province'

  /** A fresh never-published document (or private file, or account) of the OPD, made as the system. */
  const makeDoc = async (collection: string, side: 'own' | 'other') => {
    const opd = provinceLevel(collection) ? undefined : side === 'own' ? own : other
    if (collection === 'users') {
      if (side === 'own') return undefined
      const created = await payload.create({ collection: 'users', data: { email: `lain-${Date.now()}-${Math.random().toString(36).slice(2)}@contoh.invalid`, password: 'kata-sandi-uji-123', name: 'Akun lain', role: 'opd-editor', opds: [other as number] }, overrideAccess: true })
      return created.id
    }
    if (isFiles(collection)) {
      const file = await sampleFile(collection as 'media' | 'documents')
      const created = await payload.create({ collection: collection as 'media', data: { alt: 'Berkas uji', title: 'Berkas uji', opd } as never, file, overrideAccess: true })
      return created.id
    }
    const data = await sampleData(payload, collection, opd)
    const created = await payload.create({ collection: collection as CollectionSlug, data: { ...data, ...(collection === 'complaints' ? { status: 'received' } : {}) } as never, draft: true, overrideAccess: true })
    return created.id
  }

  const attempt = async (collection: string, role: RoleUnderTest, operation: Operation): Promise<boolean> => {
    // One profile per OPD: start every attempt with none, so that only access decides.
    if (collection === 'opd-profiles') await payload.delete({ collection: 'opd-profiles', where: { opd: { in: [own, other] } }, overrideAccess: true })
    const user = role === 'anonymous' ? undefined : users[role]
    const side = operation.endsWith('other') ? 'other' : 'own'
    const opts = { overrideAccess: false, user, depth: 0 } as const
    const slug = collection as CollectionSlug
    if (operation.startsWith('create')) {
      const opd = side === 'own' ? own : other
      try {
        if (collection === 'users') {
          await payload.create({ ...opts, collection: 'users', data: { email: `baru-${Date.now()}-${Math.random().toString(36).slice(2)}@contoh.invalid`, password: 'kata-sandi-uji-123', name: 'Akun baru', role: 'opd-editor', opds: [opd as number] } })
        } else if (isFiles(collection)) {
          const file = await sampleFile(collection as 'media' | 'documents')
          await payload.create({ ...opts, collection: collection as 'media', data: { alt: 'Berkas baru', title: 'Berkas baru', opd } as never, file })
        } else {
          const data = await sampleData(payload, collection, provinceLevel(collection) ? undefined : opd)
          await payload.create({ ...opts, collection: slug, data: data as never, draft: true })
        }
        return true
      } catch (error) {
        return refusal(error)
      }
    }
    const id = collection === 'users' && side === 'own' ? user?.id : await makeDoc(collection, side)
    if (id === undefined) return false
    try {
      if (operation.startsWith('read')) {
        await payload.findByID({ ...opts, collection: slug, id, draft: true })
      } else if (operation.startsWith('update')) {
        await payload.update({ ...opts, collection: slug, id, data: touch(collection) as never, draft: true })
      } else if (operation.startsWith('delete')) {
        await payload.delete({ ...opts, collection: slug, id })
        const left = await payload.count({ collection: slug, where: { id: { equals: id } }, overrideAccess: true })
        return left.totalDocs === 0
      } else {
        if (collection === 'users') return false
        await payload.update({ ...opts, collection: slug, id, data: (isFiles(collection) ? { public: true } : { _status: 'published' }) as never })
        const stored = (await payload.findByID({ collection: slug, id, overrideAccess: true, depth: 0 })) as unknown as Record<string, unknown>
        return isFiles(collection) ? stored.public === true : stored._status === 'published'
      }
      return true
    } catch (error) {
      return refusal(error)
    }
  }

  for (const collection of Object.keys(ACCESS_MATRIX)) {
    describe(collection, () => {
      for (const role of ROLES_UNDER_TEST) {
        it(role, async () => {
          const actual: Record<string, boolean> = {}
          const wanted: Record<string, boolean> = {}
          for (const operation of OPERATIONS) {
            if (collection === 'opds' && operation.startsWith('create') && operation.endsWith('other')) {
              // OPDs have no owner OPD: "create other" is the same act as "create own".
              actual[operation] = await attempt(collection, role, 'create own')
            } else actual[operation] = await attempt(collection, role, operation)
            wanted[operation] = expected(collection, role, operation)
          }
          expect(actual).toEqual(wanted)
        })
      }
    })
  }
})
