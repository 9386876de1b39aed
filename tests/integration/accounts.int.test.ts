import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentType } from '../../schemas/index.ts'
import { demoProvince } from '../../scripts/seed/data.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoUser, opdId } from '../helpers/users.ts'

const skip = unavailable()

describe.skipIf(skip)('accounts: rotation, deactivation, lockout, sessions', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let admin: TypedUser
  let diskominfo: number | string
  const demo = demoProvince(new Date())
  const credentials = (role: string, opd?: string) => demo.users.find((u) => u.role === role && (!opd || u.opds.includes(opd)))!

  beforeAll(async () => {
    cms = await openSeededCms('accounts')
    payload = cms.payload
    http = httpClient(cms.config)
    admin = await demoUser(payload, 'kominfo-admin')
    diskominfo = await opdId(payload, 'diskominfo')
  })
  afterAll(async () => cms?.close())

  it("replacing an OPD's only editor loses nothing: the new editor edits everything the OPD owns", async () => {
    const old = await demoUser(payload, 'opd-editor')
    const oldToken = (await payload.login({ collection: 'users', data: { email: old.email, password: credentials('opd-editor', 'diskominfo').password } })).token!

    await payload.update({ collection: 'users', id: old.id, data: { active: false }, user: admin, overrideAccess: false })
    await expect(payload.delete({ collection: 'users', id: old.id, user: admin, overrideAccess: false })).rejects.toThrow()
    expect(await payload.count({ collection: 'users', where: { id: { equals: old.id } }, overrideAccess: true })).toEqual({ totalDocs: 1 })

    // The deactivated account can neither log in nor use a session it still holds.
    await expect(payload.login({ collection: 'users', data: { email: old.email, password: credentials('opd-editor', 'diskominfo').password } })).rejects.toThrow(/dinonaktifkan/)
    const stale = await http.get('goals?draft=true&limit=1000', oldToken)
    expect(JSON.stringify(stale.data)).not.toContain('"_status":"draft"')
    const profile = (await payload.find({ collection: 'opd-profiles', where: { opd: { equals: diskominfo } }, overrideAccess: true })).docs[0]!
    const refused = await http.patch(`opd-profiles/${profile.id}?draft=true`, { ownerUnit: 'Tidak boleh' }, oldToken)
    expect(refused.status).toBe(403)
    expect(await payload.findByID({ collection: 'opd-profiles', id: profile.id, overrideAccess: true })).toEqual(profile)

    const fresh = (await payload.create({
      collection: 'users',
      data: { email: 'editor.baru@contoh.invalid', password: 'kata-sandi-baru-123', name: 'Editor Baru', role: 'opd-editor', opds: [diskominfo as number] },
      user: admin,
      overrideAccess: false,
    })) as TypedUser
    const newEditor = { ...fresh, collection: 'users' } as TypedUser

    let edited = 0
    for (const collection of payload.config.collections) {
      if (!contentType(collection.slug) || !collection.fields.some((f) => 'name' in f && f.name === 'opd') || collection.upload) continue
      const slug = collection.slug as CollectionSlug
      const owned = await payload.find({ collection: slug, where: { opd: { equals: diskominfo } }, draft: true, overrideAccess: true, limit: 1000, depth: 0 })
      const visible = await payload.find({ collection: slug, where: { opd: { equals: diskominfo } }, draft: true, overrideAccess: false, user: newEditor, limit: 1000, depth: 0 })
      expect(visible.totalDocs, slug).toBe(owned.totalDocs)
      const drafts = Boolean(collection.versions && 'drafts' in collection.versions && collection.versions.drafts)
      for (const doc of owned.docs) {
        const change = slug === 'complaints' ? { answer: 'Jawaban diperbarui editor baru' } : { ownerUnit: 'Diskominfo - diperbarui editor baru' }
        await payload.update({ collection: slug, id: doc.id, data: change as never, draft: drafts, overrideAccess: false, user: newEditor })
        edited++
      }
    }
    expect(edited).toBeGreaterThan(10)
  })

  it('locks an account after five failed logins', async () => {
    const { email, password } = credentials('auditor')
    for (let i = 0; i < 5; i++) await expect(payload.login({ collection: 'users', data: { email, password: 'salah-sandi' } })).rejects.toThrow()
    await expect(payload.login({ collection: 'users', data: { email, password } })).rejects.toThrow(/locked|terkunci|dikunci/i)
  })

  it('sessions expire after two hours, in a cookie that scripts cannot read', async () => {
    const { email, password } = credentials('kominfo-reviewer')
    const login = await http.post('users/login', { email, password })
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie)![1]!)
    expect(Math.round((expires - Date.now()) / 60_000)).toBeGreaterThanOrEqual(119)
    expect(Math.round((expires - Date.now()) / 60_000)).toBeLessThanOrEqual(120)
  })

  it('an OPD editor cannot give themselves another OPD or a higher role', async () => {
    const editor = await demoUser(payload, 'opd-editor', 'dinkes')
    const dinkes = await opdId(payload, 'dinkes')
    const after = await payload.update({ collection: 'users', id: editor.id, data: { role: 'kominfo-admin', opds: [dinkes as number, diskominfo as number] }, user: editor, overrideAccess: false })
    expect(after.role).toBe('opd-editor')
    expect((after.opds ?? []).map((o) => (typeof o === 'object' ? o.id : o))).toEqual([dinkes])
  })
})
