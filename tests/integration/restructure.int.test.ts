import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ownedCollections } from '../../cms/restructure/operation.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken, opdId } from '../helpers/users.ts'

const skip = unavailable()
const REASON = 'Pergub Banten 12/2026 tentang SOTK perangkat daerah'

type Doc = Record<string, unknown> & { id: string | number }

describe.skipIf(skip)('restructuring OPDs: rename, merge and split in one operation', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let admin: string
  let reviewer: string
  const restructure = (body: Record<string, unknown>, token: string | undefined = admin) => http.post('opds/restructure', body, token)
  const collections = () => ownedCollections({ payload } as never).map((c) => c.slug as CollectionSlug)

  /** Every document (main records) and every version an OPD owns, by collection. */
  const holdings = async (opd: string | number) => {
    const result: Record<string, { docs: Doc[]; versions: number }> = {}
    for (const collection of collections()) {
      const { docs } = await payload.find({ collection, where: { opd: { equals: opd } }, limit: 0, depth: 0, pagination: false, overrideAccess: true })
      const versioned = Boolean(payload.collections[collection].config.versions)
      const versions = versioned ? (await payload.db.findVersions({ collection, where: { 'version.opd': { equals: opd } }, limit: 0, pagination: false })).docs.length : 0
      if (docs.length || versions) result[collection] = { docs: docs as unknown as Doc[], versions }
    }
    return result
  }
  /** What the whole database holds that a restructuring could touch, to prove a refused one touched nothing. */
  const state = async () => ({
    opds: (await payload.find({ collection: 'opds', limit: 0, depth: 0, sort: 'id', overrideAccess: true })).docs.map(({ updatedAt: _u, ...rest }) => rest),
    redirects: (await payload.count({ collection: 'opd-redirects', overrideAccess: true })).totalDocs,
    audit: (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs,
    users: (await payload.find({ collection: 'users', limit: 0, depth: 0, sort: 'id', overrideAccess: true })).docs.map((u) => [u.id, u.opds]),
    services: (await payload.find({ collection: 'services', limit: 0, depth: 0, sort: 'id', overrideAccess: true })).docs.map((s) => [s.id, s.opd]),
  })

  beforeAll(async () => {
    cms = await openSeededCms('restructure')
    payload = cms.payload
    http = httpClient(cms.config)
    admin = await demoToken(payload, 'kominfo-admin')
    reviewer = await demoToken(payload, 'kominfo-reviewer')
  })
  afterAll(async () => cms?.close())

  it('refuses anyone but a Kominfo admin, and every bad plan with all its problems, changing nothing', async () => {
    const before = await state()
    const merge = { kind: 'merge', from: ['diskumkm'], into: 'disperindag', reason: REASON }
    expect((await http.post('opds/restructure', merge)).status).toBe(401)
    const forbidden = await restructure(merge, reviewer)
    expect(forbidden.status).toBe(403)
    expect(forbidden.data.errors[0].message).toMatch(/Hanya admin Kominfo/)
    const cases: [Record<string, unknown>, RegExp[]][] = [
      [{ kind: 'merge', from: ['diskumkm'], into: 'disperindag' }, [/Alasan wajib diisi/]],
      [{ kind: 'merge', from: ['dinas-tidak-ada', 'disperindag'], into: 'disperindag', reason: REASON }, [/"dinas-tidak-ada" tidak ada/, /tidak dapat sekaligus digabungkan ke dirinya sendiri/]],
      [{ kind: 'merge', from: [], into: 'disperindag', reason: REASON }, [/minimal satu OPD/]],
      [{ kind: 'split', from: 'disnakertrans', into: ['dinsos'], reason: REASON }, [/minimal dua OPD penerus/]],
      [{ kind: 'split', from: 'disnakertrans', into: ['dinsos', 'dpmd'], assign: { services: { 999999: 'dinsos' } }, reason: REASON }, [/services 999999: bukan milik OPD yang dipecah/]],
      [{ kind: 'split', from: 'disnakertrans', into: ['dinsos', 'dpmd'], assign: { services: { 1: 'dinkes' } }, reason: REASON }, [/"dinkes" bukan salah satu OPD penerus/]],
      [{ kind: 'split', from: 'disnakertrans', into: ['dinsos', 'dpmd'], assign: { 'audit-log': { 1: 'dinsos' } }, reason: REASON }, [/"audit-log" tidak dimiliki OPD/]],
      [{ kind: 'rename', opd: 'dinkes', slug: 'layanan', reason: REASON }, [/dipakai bagian portal/]],
      [{ kind: 'rename', opd: 'dinkes', slug: 'diskominfo', reason: REASON }, [/sudah dipakai OPD lain/]],
      [{ kind: 'rename', opd: 'dinkes', slug: 'Dinas Kesehatan', reason: REASON }, [/huruf kecil, angka dan tanda hubung/]],
      [{ kind: 'rename', opd: 'dinkes', reason: REASON }, [/Isi nama, singkatan atau slug baru/]],
      [{ kind: 'bubarkan', reason: REASON }, [/Jenis perubahan tidak dikenal/]],
    ]
    for (const [body, messages] of cases) {
      const response = await restructure(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      const said = response.data.errors.map((e: { message: string }) => e.message).join('\n')
      for (const message of messages) expect(said, JSON.stringify(body)).toMatch(message)
    }
    expect(await state()).toEqual(before)
  })

  it('says what a merger would do in a dry run, and does nothing', async () => {
    const before = await state()
    const response = await restructure({ kind: 'merge', from: ['diskumkm'], into: 'disperindag', reason: REASON, dryRun: true })
    expect(response.status, response.text).toBe(200)
    const held = await holdings(await opdId(payload, 'diskumkm'))
    expect(response.data.moves.length + response.data.kept.length).toBe(Object.values(held).reduce((n, h) => n + h.docs.length, 0))
    expect(response.data.moves.every((m: { from: string; to: string }) => m.from === 'diskumkm' && m.to === 'disperindag')).toBe(true)
    expect(response.data.redirects).toEqual([{ from: 'diskumkm', to: 'disperindag', also: [] }])
    expect(await state()).toEqual(before)
  })

  it('merges one OPD into another: every document with its drafts and versions, its staff, its old address; the record stays, dissolved', async () => {
    const from = await opdId(payload, 'diskumkm')
    const into = await opdId(payload, 'disperindag')
    // Staff of the OPD, and a draft waiting on top of a published service.
    const staff = await payload.create({ collection: 'users', data: { email: 'editor.diskumkm@uji.bantenprov.go.id', password: 'kata-sandi-uji-2026', name: 'Editor Diskumkm', role: 'opd-editor', opds: [from] as never }, overrideAccess: true })
    const services = (await holdings(from)).services!.docs
    const service = services.find((s) => s._status === 'published')!
    const saved = await http.patch(`services/${service.id}?draft=true`, { summary: 'Ringkasan baru yang masih draf menunggu telaah Kominfo.' }, admin)
    expect(saved.status, saved.text).toBe(200)
    const moved = await holdings(from)
    const intoBefore = await holdings(into)
    const fullBefore = await payload.findByID({ collection: 'services', id: service.id, depth: 0, overrideAccess: true })
    expect(Object.keys(moved).length).toBeGreaterThan(2)

    const response = await restructure({ kind: 'merge', from: ['diskumkm'], into: 'disperindag', reason: REASON })
    expect(response.status, response.text).toBe(200)

    // Nothing is left with the old OPD, main records and versions alike, but its profile: the successor keeps its own.
    expect(response.data.kept.map((k: { collection: string }) => k.collection)).toEqual(['opd-profiles'])
    const left = await holdings(from)
    expect(Object.keys(left)).toEqual(['opd-profiles'])
    const profile = left['opd-profiles']!.docs[0]!
    expect([profile._status, (await payload.findByID({ collection: 'opd-profiles', id: profile.id, draft: true, depth: 0, overrideAccess: true })).workflowState]).toEqual(['draft', 'archived'])
    const intoAfter = await holdings(into)
    for (const [collection, { docs, versions }] of Object.entries(moved)) {
      if (collection in left) expect(intoAfter[collection], collection).toEqual(intoBefore[collection])
      else {
        expect(intoAfter[collection]!.docs.length, collection).toBe((intoBefore[collection]?.docs.length ?? 0) + docs.length)
        expect(intoAfter[collection]!.versions, collection).toBe((intoBefore[collection]?.versions ?? 0) + versions)
      }
    }
    // The content itself is untouched, and the pending draft is still the newest version.
    const { updatedAt: _a, opd: opdAfter, ...after } = (await payload.findByID({ collection: 'services', id: service.id, depth: 0, overrideAccess: true })) as unknown as Doc
    const { updatedAt: _b, opd: _o, ...beforeRest } = fullBefore as unknown as Doc
    expect(after).toEqual(beforeRest)
    expect(opdAfter).toEqual(into)
    const newest = await payload.findByID({ collection: 'services', id: service.id, draft: true, depth: 0, overrideAccess: true })
    expect(newest.summary).toBe('Ringkasan baru yang masih draf menunggu telaah Kominfo.')
    expect(newest.opd).toEqual(into)

    // The staff serve the successor and can work on what moved.
    const account = await payload.findByID({ collection: 'users', id: staff.id, depth: 0, overrideAccess: true })
    expect(account.opds).toEqual([into])
    const login = await payload.login({ collection: 'users', data: { email: 'editor.diskumkm@uji.bantenprov.go.id', password: 'kata-sandi-uji-2026' } })
    expect((await http.patch(`services/${service.id}?draft=true`, { summary: 'Diperbarui oleh staf yang pindah ke OPD penerus.' }, login.token)).status).toBe(200)

    // The register keeps the dissolved OPD for the record, out of public sight and out of the compliance report.
    const dissolved = await payload.findByID({ collection: 'opds', id: from, depth: 0, overrideAccess: true })
    expect(dissolved.dissolvedAt).toBeTruthy()
    expect(dissolved.successor).toEqual(into)
    expect((await http.get('opds?where[slug][equals]=diskumkm')).data.docs).toEqual([])
    expect((await http.get('opds?where[slug][equals]=diskumkm', admin)).data.docs).toHaveLength(1)
    const report = await http.get('compliance')
    expect(report.data.opds.map((o: { slug: string }) => o.slug)).not.toContain('diskumkm')
    expect(report.data.opds.map((o: { slug: string }) => o.slug)).toContain('disperindag')

    // The old address redirects, publicly.
    const redirects = await http.get('opd-redirects?depth=1')
    expect(redirects.data.docs.map((r: { from: string; to: { slug: string }; kind: string }) => [r.from, r.to.slug, r.kind])).toContainEqual(['diskumkm', 'disperindag', 'merge'])

    // Every move is in the audit log with who, why and the OPD change.
    const { docs: entries } = await payload.find({ collection: 'audit-log', where: { action: { equals: 'restructure' } }, limit: 0, overrideAccess: true })
    const moves = response.data.moves.length
    expect(entries.filter((e) => e.collection !== 'users' && e.collection !== 'opds' && e.collection !== 'opd-redirects')).toHaveLength(moves)
    expect(entries.every((e) => e.reason === REASON && e.role === 'kominfo-admin')).toBe(true)
    expect(entries.find((e) => e.collection === 'services' && e.docId === String(service.id))!.diff).toEqual([{ field: 'opd', before: from, after: into }])
    expect(entries.some((e) => e.collection === 'users' && e.docId === String(staff.id))).toBe(true)
    expect(entries.some((e) => e.collection === 'opds' && e.docId === String(from))).toBe(true)

    // A dissolved OPD takes no new content.
    const orphan = await http.post('news', { title: 'Berita untuk OPD yang sudah bubar', opd: from }, admin)
    expect(orphan.status).toBe(400)
  })

  it('renames an OPD: its old slug redirects, and a slug taken back by a live OPD is no longer redirected', async () => {
    const dinkes = await opdId(payload, 'dinkes')
    const renamed = await restructure({ kind: 'rename', opd: 'dinkes', slug: 'dinas-kesehatan', name: 'Dinas Kesehatan Provinsi Banten', reason: REASON })
    expect(renamed.status, renamed.text).toBe(200)
    const opd = await payload.findByID({ collection: 'opds', id: dinkes, depth: 0, overrideAccess: true })
    expect([opd.slug, opd.name]).toEqual(['dinas-kesehatan', 'Dinas Kesehatan Provinsi Banten'])
    const redirect = async (from: string) => (await payload.find({ collection: 'opd-redirects', where: { from: { equals: from } }, depth: 0, overrideAccess: true })).docs[0]
    expect((await redirect('dinkes'))?.to).toEqual(dinkes)
    const entry = (await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'opds' } }, { docId: { equals: String(dinkes) } }] }, sort: '-createdAt', limit: 1, overrideAccess: true })).docs[0]!
    expect([entry.action, entry.reason]).toEqual(['restructure', REASON])

    expect((await restructure({ kind: 'rename', opd: 'dinas-kesehatan', slug: 'dinkes', reason: REASON })).status).toBe(200)
    expect(await redirect('dinkes')).toBeUndefined()
    expect((await redirect('dinas-kesehatan'))?.to).toEqual(dinkes)
  })

  it('splits an OPD among successors, item by item, and points older redirects at the successor', async () => {
    const from = await opdId(payload, 'disnakertrans')
    const [first, second] = [await opdId(payload, 'dinsos'), await opdId(payload, 'dpmd')]
    // An older address of the split OPD (a rename) must not end on a dissolved OPD.
    expect((await restructure({ kind: 'rename', opd: 'disnakertrans', slug: 'dinas-tenaga-kerja', reason: REASON })).status).toBe(200)
    const held = await holdings(from)
    const service = held.services!.docs[0]!
    const response = await restructure({ kind: 'split', from: 'dinas-tenaga-kerja', into: ['dinsos', 'dpmd'], assign: { services: { [service.id]: 'dpmd' } }, reason: REASON })
    expect(response.status, response.text).toBe(200)
    expect((await payload.findByID({ collection: 'services', id: service.id, depth: 0, overrideAccess: true })).opd).toEqual(second)
    const kept = new Set(response.data.kept.map((k: { collection: string; id: number }) => `${k.collection}:${k.id}`))
    const rest = Object.entries(held).flatMap(([collection, { docs }]) => docs.filter((d) => !(collection === 'services' && d.id === service.id) && !kept.has(`${collection}:${d.id}`)).map((d) => [collection, d.id] as const))
    for (const [collection, id] of rest) expect((await payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: true }) as unknown as Doc).opd, `${collection} ${id}`).toEqual(first)
    const { docs } = await payload.find({ collection: 'opd-redirects', where: { from: { in: ['dinas-tenaga-kerja', 'disnakertrans'] } }, depth: 0, sort: 'from', overrideAccess: true })
    expect(docs.map((r) => [r.from, r.to, r.also])).toEqual([
      ['dinas-tenaga-kerja', first, [second]],
      ['disnakertrans', first, []],
    ])
  })

  it('leaves everything as it was when a step fails half-way', async () => {
    const before = await state()
    const original = payload.db.updateVersion
    let calls = 0
    payload.db.updateVersion = async function (this: unknown, ...args: Parameters<typeof original>) {
      if (++calls === 3) throw new Error('disk penuh (uji)')
      return original.apply(this, args)
    } as typeof original
    try {
      const response = await restructure({ kind: 'merge', from: ['dispar'], into: 'dispora', reason: REASON }).catch((error: Error) => ({ status: 500, text: error.message }))
      expect(response.status).toBe(500)
    } finally {
      payload.db.updateVersion = original
    }
    expect(calls).toBeGreaterThanOrEqual(3)
    expect(await state()).toEqual(before)
    expect(Object.keys(await holdings(await opdId(payload, 'dispar'))).length).toBeGreaterThan(0)
  })
})
