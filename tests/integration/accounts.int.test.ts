import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentType } from '../../schemas/index.ts'
import { PEER_HEADER } from '../../cms/citizen/network.ts'
import { demoProvince } from '../../scripts/seed/data.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { readable, startSmtp } from '../helpers/smtp.ts'
import { demoToken, demoUser, opdId } from '../helpers/users.ts'

const skip = unavailable()

/** Payload's one answer to a refused login, in Bahasa Indonesia (the test client asks for `id`). */
const REFUSED_LOGIN = { status: 401, text: JSON.stringify({ errors: [{ message: 'Email atau kata sandi yang diberikan salah.' }] }) }

describe.skipIf(skip)('accounts: rotation, deactivation, lockout, sessions, passwords and their reset', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let admin: TypedUser
  let adminToken: string
  let diskominfo: number | string
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  const env = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT, serverUrl: process.env.SERVER_URL }
  const demo = demoProvince(new Date())
  const credentials = (role: string, opd?: string) => demo.users.find((u) => u.role === role && (!opd || u.opds.includes(opd)))!
  let accounts = 0

  /** A fresh account made by the admin over REST, so each test changes only its own. */
  const makeAccount = async (password = 'ladang-kopi-di-lereng-karang') => {
    const email = `akun.uji${++accounts}@contoh.invalid`
    const made = await http.post('users', { email, password, name: `Akun Uji ${accounts}`, role: 'kominfo-reviewer' }, adminToken)
    expect(made.status, made.text).toBe(201)
    return { id: made.data.doc.id as number | string, email, password }
  }
  const login = (email: string, password: string) => http.post('users/login', { email, password })
  const stored = (id: number | string) => payload.db.findOne<{ id: number | string; hash?: string; sessions?: unknown[] }>({ collection: 'users', where: { id: { equals: id } } })
  const passwordRefusal = (response: { status: number; data: any }) => {
    expect(response.status).toBe(400)
    const [error] = response.data.errors[0].data.errors
    expect(error.path).toBe('password')
    return error.message as string
  }

  beforeAll(async () => {
    smtp = await startSmtp()
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(smtp.port)
    process.env.SERVER_URL = 'https://cms.contoh.invalid'
    cms = await openSeededCms('accounts')
    payload = cms.payload
    http = httpClient(cms.config)
    admin = await demoUser(payload, 'kominfo-admin')
    adminToken = await demoToken(payload, 'kominfo-admin')
    diskominfo = await opdId(payload, 'diskominfo')
  })
  afterAll(async () => {
    for (const [name, value] of [['SMTP_HOST', env.host], ['SMTP_PORT', env.port], ['SERVER_URL', env.serverUrl]] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    delete process.env.API_RATE_LIMIT
    await smtp?.close()
    await cms?.close()
  })

  it("replacing an OPD's only editor loses nothing: the new editor edits everything the OPD owns", async () => {
    const old = await demoUser(payload, 'opd-editor')
    const oldToken = (await payload.login({ collection: 'users', data: { email: old.email, password: credentials('opd-editor', 'diskominfo').password } })).token!

    await payload.update({ collection: 'users', id: old.id, data: { active: false }, user: admin, overrideAccess: false })
    await expect(payload.delete({ collection: 'users', id: old.id, user: admin, overrideAccess: false })).rejects.toThrow()
    expect(await payload.count({ collection: 'users', where: { id: { equals: old.id } }, overrideAccess: true })).toEqual({ totalDocs: 1 })

    // The deactivated account can neither log in nor use a session it still holds.
    await expect(payload.login({ collection: 'users', data: { email: old.email, password: credentials('opd-editor', 'diskominfo').password } })).rejects.toThrow('Email atau kata sandi yang diberikan salah.')
    const stale = await http.get('goals?draft=true&limit=100', oldToken)
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

  it('refuses short, common and personal passwords with the reason, whoever sets them, and stores nothing', async () => {
    const attempt = (email: string, name: string, password: string) => http.post('users', { email, password, name, role: 'auditor' }, adminToken)
    expect(passwordRefusal(await attempt('pendek@contoh.invalid', 'Sandi Pendek', 'abc'))).toContain('minimal 12 karakter')
    expect(passwordRefusal(await attempt('umum@contoh.invalid', 'Sandi Umum', 'password1234'))).toContain('terlalu umum')
    expect(passwordRefusal(await attempt('umum@contoh.invalid', 'Sandi Umum', 'qwertyuiop12'))).toContain('terlalu umum')
    expect(passwordRefusal(await attempt('budi.santoso@contoh.invalid', 'Budi Santoso', 'budi.santoso-2026'))).toContain('alamat surel atau nama')
    expect(await payload.count({ collection: 'users', where: { email: { in: ['pendek@contoh.invalid', 'umum@contoh.invalid', 'budi.santoso@contoh.invalid'] } }, overrideAccess: true })).toEqual({ totalDocs: 0 })

    // The account changing its own password (REST, as the admin's account page does), and an admin changing it.
    const account = await makeAccount()
    const token = (await login(account.email, account.password)).data.token as string
    const before = await stored(account.id)
    expect(passwordRefusal(await http.patch(`users/${account.id}`, { password: 'abcdefgh' }, token))).toContain('minimal 12 karakter')
    expect(passwordRefusal(await http.patch(`users/${account.id}`, { password: 'Password123!' }, token))).toContain('terlalu umum')
    expect(passwordRefusal(await http.patch(`users/${account.id}`, { password: `${account.email}-baru` }, token))).toContain('alamat surel atau nama')
    expect(passwordRefusal(await http.patch(`users/${account.id}`, { password: 'indonesia2026' }, adminToken))).toContain('terlalu umum')
    expect((await stored(account.id))?.hash).toBe(before?.hash)
    expect((await login(account.email, account.password)).status).toBe(200)
    // A good one is taken, and the account's other sessions end (the one that changed it stays).
    const other = (await login(account.email, account.password)).data.token as string
    expect((await http.patch(`users/${account.id}`, { password: 'perahu-layar-menuju-selat-sunda' }, token)).status).toBe(200)
    expect((await http.get('users/me', other)).data.user).toBeNull()
    expect((await http.get('users/me', token)).data.user.email).toBe(account.email)
    expect((await login(account.email, 'perahu-layar-menuju-selat-sunda')).status).toBe(200)
  })

  it('forgot-password answers known, unknown and deactivated addresses alike; the email through SMTP resets the password once', async () => {
    const known = await makeAccount()
    const deactivated = await makeAccount()
    expect((await http.patch(`users/${deactivated.id}`, { active: false }, adminToken)).status).toBe(200)
    const oldSession = (await login(known.email, known.password)).data.token as string
    const deactivatedHash = (await stored(deactivated.id))?.hash
    const sent = smtp.received.length

    const answers = await Promise.all([known.email, 'tidak.ada@contoh.invalid', deactivated.email].map((email) => http.post('users/forgot-password', { email })))
    for (const answer of answers) expect({ status: answer.status, text: answer.text }).toEqual({ status: answers[0]!.status, text: answers[0]!.text })
    expect(answers[0]!.status).toBe(200)
    const mails = smtp.received.slice(sent)
    expect(mails.map((m) => m.to)).toEqual([[known.email]])
    const mail = readable(mails[0]!)
    expect(mail).toContain('Atur ulang kata sandi')
    expect(mail).toContain('tautan berlaku satu jam dan hanya sekali pakai')
    const token = /https:\/\/cms\.contoh\.invalid\/admin\/reset\/([0-9a-f]{40})/.exec(mail)?.[1]
    expect(token, mail).toBeDefined()

    // The new password passes the same policy; a refusal leaves the link usable.
    expect(passwordRefusal(await http.post('users/reset-password', { token, password: 'abc' }))).toContain('minimal 12 karakter')
    expect(passwordRefusal(await http.post('users/reset-password', { token, password: `${known.email}!` }))).toContain('alamat surel atau nama')
    const reset = await http.post('users/reset-password', { token, password: 'sungai-cidurian-mengalir-tenang' })
    expect(reset.status, reset.text).toBe(200)
    // On record like any password change, never the password.
    const { docs: entries } = await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'users' } }, { docId: { equals: String(known.id) } }, { action: { equals: 'reset-password' } }] }, overrideAccess: true })
    expect(entries).toHaveLength(1)
    expect(entries[0]!.diff).toEqual([{ field: 'password', before: '(dirahasiakan)', after: '(dirahasiakan)', redacted: true }])
    expect(JSON.stringify(entries[0])).not.toContain('sungai-cidurian')
    expect((await login(known.email, 'sungai-cidurian-mengalir-tenang')).status).toBe(200)
    expect({ status: (await login(known.email, known.password)).status }).toEqual({ status: 401 })
    // Once only, and the sessions from before the reset are over.
    const again = await http.post('users/reset-password', { token, password: 'sungai-cidurian-mengalir-lagi' })
    expect(again.status).toBe(403)
    expect(again.data.errors[0].message).toContain('Tautan atur ulang kata sandi tidak berlaku')
    expect((await http.get('users/me', oldSession)).data.user).toBeNull()

    // An expired link is refused the same way.
    await http.post('users/forgot-password', { email: known.email })
    const second = /\/admin\/reset\/([0-9a-f]{40})/.exec(readable(smtp.received.at(-1)!))![1]!
    await payload.db.updateOne({ collection: 'users', id: known.id, data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() } })
    expect((await http.post('users/reset-password', { token: second, password: 'sungai-cidurian-mengalir-lagi' })).status).toBe(403)
    expect((await login(known.email, 'sungai-cidurian-mengalir-tenang')).status).toBe(200)
    // The deactivated account got no link, and its password is as it was.
    expect(smtp.received.some((m) => m.to.includes(deactivated.email))).toBe(false)
    expect((await stored(deactivated.id))?.hash).toBe(deactivatedHash)
  })

  it('answers a login the same for an unknown account, a wrong password, a locked and a deactivated account', async () => {
    const locked = await makeAccount()
    const deactivated = await makeAccount()
    expect((await http.patch(`users/${deactivated.id}`, { active: false }, adminToken)).status).toBe(200)
    const answer = async (email: string, password: string) => {
      const response = await login(email, password)
      return { status: response.status, text: response.text }
    }
    expect(await answer('tidak.ada@contoh.invalid', 'ladang-kopi-di-lereng-karang')).toEqual(REFUSED_LOGIN)
    for (let i = 0; i < 5; i++) expect(await answer(locked.email, 'salah-sandi-sekali')).toEqual(REFUSED_LOGIN)
    // Locked now: even the right password is refused, in the same words.
    expect(await answer(locked.email, locked.password)).toEqual(REFUSED_LOGIN)
    expect(await answer(deactivated.email, deactivated.password)).toEqual(REFUSED_LOGIN)
    expect(await answer(deactivated.email, 'salah-sandi-sekali')).toEqual(REFUSED_LOGIN)
    const graphql = async (email: string, password: string) => JSON.stringify((await http.graphql(`mutation { loginUser(email: "${email}", password: "${password}") { token } }`)).data.errors?.map((e) => e.message))
    const unknown = await graphql('tidak.ada@contoh.invalid', 'x')
    expect(await graphql(locked.email, locked.password)).toBe(unknown)
    expect(await graphql(deactivated.email, deactivated.password)).toBe(unknown)
    // The lock holds until an admin lifts it.
    expect((await http.post('users/unlock', { email: locked.email }, adminToken)).status).toBe(200)
    expect((await login(locked.email, locked.password)).status).toBe(200)
  })

  it('a token stops working on logout and on deactivation: for Payload and for the API limit', async () => {
    process.env.API_RATE_LIMIT = '3'
    const visitor = httpClient(cms.config, { [PEER_HEADER]: '203.0.113.77' })
    const limited = async (token: string) => {
      const statuses: number[] = []
      for (let i = 0; i < 5; i++) statuses.push((await visitor.get('services?limit=1&depth=0', token)).status)
      return statuses
    }

    const leaving = await makeAccount()
    const token = (await login(leaving.email, leaving.password)).data.token as string
    expect((await http.get('users/me', token)).data.user.email).toBe(leaving.email)
    expect(await limited(token)).toEqual([200, 200, 200, 200, 200])
    expect((await http.post('users/logout', {}, token)).status).toBe(200)
    expect((await http.get('users/me', token)).data.user).toBeNull()
    expect(await limited(token)).toEqual([200, 200, 200, 429, 429])

    const deactivated = await makeAccount()
    const held = (await login(deactivated.email, deactivated.password)).data.token as string
    const another = httpClient(cms.config, { [PEER_HEADER]: '198.51.100.77' })
    for (let i = 0; i < 5; i++) expect((await another.get('services?limit=1&depth=0', held)).status).toBe(200)
    expect((await http.patch(`users/${deactivated.id}`, { active: false }, adminToken)).status).toBe(200)
    expect((await stored(deactivated.id))?.sessions).toEqual([])
    expect((await http.get('users/me', held)).data.user).toBeNull()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await another.get('services?limit=1&depth=0', held)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
  })

  it('limits an IPv6 client by its /64: other addresses in it share the count, the next /64 does not', async () => {
    process.env.API_RATE_LIMIT = '2'
    const from = (address: string) => httpClient(cms.config, { [PEER_HEADER]: address }).get('services?limit=1&depth=0')
    expect((await from('2001:db8:aa:bb::1')).status).toBe(200)
    expect((await from('2001:db8:aa:bb:ffff:1:2:3')).status).toBe(200)
    expect((await from('2001:0db8:00aa:00bb::abcd')).status).toBe(429)
    expect((await from('2001:db8:aa:bc::1')).status).toBe(200)
  })
})
