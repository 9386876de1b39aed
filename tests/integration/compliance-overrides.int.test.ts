import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RULEBOOK_VERSION } from '../../schemas/compliance/index.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoUser } from '../helpers/users.ts'

const skip = unavailable()

describe.skipIf(skip)('Kominfo tunes the compliance rules without a deploy', () => {
  let cms: TestCms
  let payload: Payload
  let http: ReturnType<typeof httpClient>

  beforeAll(async () => {
    cms = await openSeededCms('compliance_overrides')
    payload = cms.payload
    http = httpClient(cms.config)
  })
  afterAll(async () => cms?.close())

  it('applies an override everywhere the report is made, with who changed it and why kept in its versions', async () => {
    const admin = await demoUser(payload, 'kominfo-admin')
    const before = (await http.get('compliance')).data
    expect(before.rulebookVersion).toBe(RULEBOOK_VERSION)
    expect(before.opds.find((o: { slug: string }) => o.slug === 'dkp').failures.map((f: { rule: string }) => f.rule)).toEqual(['opd.ppid.laporan'])

    const override = await payload.create({ collection: 'compliance-overrides', data: { rule: 'opd.ppid.laporan', enabled: false, reason: 'Laporan tahunan dinilai terpisah oleh Komisi Informasi.' }, user: admin, overrideAccess: false })
    expect(override.changedBy).toMatchObject({ id: admin.id })
    const after = (await http.get('compliance')).data
    expect(after.rulebookVersion).not.toBe(RULEBOOK_VERSION)
    expect(after.opds.find((o: { slug: string }) => o.slug === 'dkp')).toMatchObject({ score: 100, failures: [] })

    await payload.update({ collection: 'compliance-overrides', id: override.id, data: { enabled: true, reason: 'Dikembalikan: laporan tahunan tetap wajib.' }, user: admin, overrideAccess: false })
    const versions = await payload.findVersions({ collection: 'compliance-overrides', where: { parent: { equals: override.id } }, overrideAccess: true })
    expect(versions.docs.map((v) => v.version.reason).sort()).toEqual(['Dikembalikan: laporan tahunan tetap wajib.', 'Laporan tahunan dinilai terpisah oleh Komisi Informasi.'])
  })

  it('flags loosening past the law on the report', async () => {
    const admin = await demoUser(payload, 'kominfo-admin')
    await payload.create({ collection: 'compliance-overrides', data: { rule: 'opd.profil.segar', maxAgeDays: 365, reason: 'Masa transisi reorganisasi OPD.' }, user: admin, overrideAccess: false })
    expect((await http.get('compliance')).data.warnings).toEqual(['Aturan opd.profil.segar dilonggarkan menjadi 365 hari, melewati batas hukum 183 hari'])
  })

  it('lets only a Kominfo admin change the rules, with a reason; everyone may read them', async () => {
    const editor = await demoUser(payload, 'opd-editor')
    const reviewer = await demoUser(payload, 'kominfo-reviewer')
    for (const user of [editor, reviewer]) {
      await expect(payload.create({ collection: 'compliance-overrides', data: { rule: 'opd.skm.tahunan', enabled: false, reason: 'Tidak perlu survei.' }, user, overrideAccess: false })).rejects.toThrow()
    }
    const admin = await demoUser(payload, 'kominfo-admin')
    await expect(payload.create({ collection: 'compliance-overrides', data: { rule: 'opd.skm.tahunan', enabled: false, reason: '' }, user: admin, overrideAccess: false })).rejects.toThrow(/Alasan|reason/i)
    const publicList = await http.get('compliance-overrides')
    expect(publicList.status).toBe(200)
    expect(publicList.data.docs.length).toBeGreaterThan(0)
    for (const doc of publicList.data.docs) expect(doc.changedBy).toBeUndefined()
    // Switched off, never deleted: the history of the rulebook stays whole.
    await expect(payload.delete({ collection: 'compliance-overrides', id: publicList.data.docs[0].id, user: admin, overrideAccess: false })).rejects.toThrow()
  })
})
