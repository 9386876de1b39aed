import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIMITS, toXlsx } from '../../cms/exchange/spreadsheet.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken, opdId } from '../helpers/users.ts'
import { lyingZipBomb, manyEntriesZip, overlappingZip } from '../helpers/zipBomb.ts'

const skip = unavailable()

/** What an import could write. */
const WRITTEN: CollectionSlug[] = ['services', 'programmes', 'budget-realisations', 'skm-results', 'audit-log']

describe.skipIf(skip)('zip-based uploads are inflated against a cap on the bytes they really produce', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let editor: string
  let dinkes: number | string
  /** 150 MB of sheet behind a directory that says 100 bytes: about 150 KB on disk, well under the upload cap. */
  const lying = lyingZipBomb()

  const counts = async () => Object.fromEntries(await Promise.all(WRITTEN.map(async (slug) => [slug, (await payload.count({ collection: slug, overrideAccess: true })).totalDocs])))

  const messages = (response: { data: any }) => ((response.data?.errors ?? []) as { message: string }[]).map((error) => error.message)

  beforeAll(async () => {
    cms = await openSeededCms('zip_uploads')
    payload = cms.payload
    http = httpClient(cms.config)
    editor = await demoToken(payload, 'opd-editor', 'dinkes')
    dinkes = await opdId(payload, 'dinkes')
  })
  afterAll(async () => {
    await cms?.close()
  })

  const sheetImport = (name: string, bytes: Buffer) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)]), name)
    return http.upload('import/services?opd=dinkes', form, editor)
  }

  const skmImport = async (name: string, bytes: Buffer) => {
    const { docs } = await payload.find({ collection: 'services', where: { opd: { equals: dinkes } }, limit: 1, depth: 0, overrideAccess: true })
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)]), name)
    form.append('_payload', JSON.stringify({ opd: dinkes, service: docs[0]!.id, year: 2026, period: 'Semester II 2026', surveyEnd: '2026-11-20', ownerUnit: 'Dinkes - Subbag Umum' }))
    return http.upload('skm-results/import', form, editor)
  }

  it('the lying fixture is what the issue describes: small on disk, declaring little, inflating to far past the cap', () => {
    expect(lying.length).toBeLessThan(LIMITS.bytes)
    expect(lying.length).toBeLessThan(1024 * 1024)
    // The directory's uncompressed size (offset 24 of the central entry) says 100 bytes.
    const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    expect(lying.readUInt32LE(central + 24)).toBe(100)
  })

  for (const [label, send] of [
    ['the spreadsheet import', sheetImport],
    ['the SKM import', skmImport],
  ] as const) {
    it(`${label} refuses a zip that lies about its size, one with too many parts and one whose parts share their bytes, storing nothing`, async () => {
      const before = await counts()
      const bomb = await send('realisasi.xlsx', lying)
      expect(bomb.status, bomb.text).toBe(400)
      expect(messages(bomb).join(' ')).toContain(`terlalu besar setelah dibuka (lebih dari ${LIMITS.unzipped / 1024 / 1024} MB)`)
      const parts = await send('banyak.xlsx', manyEntriesZip(5001))
      expect(parts.status, parts.text).toBe(400)
      expect(messages(parts).join(' ')).toContain('terlalu banyak bagian')
      const overlapping = await send('tumpang.xlsx', overlappingZip())
      expect(overlapping.status, overlapping.text).toBe(400)
      expect(messages(overlapping).join(' ')).toContain('saling tumpang tindih')
      expect(await counts()).toEqual(before)
    })
  }

  it('still reads a real workbook, and one whose directory understates it, as long as what it really holds is under the cap', async () => {
    const workbook = await toXlsx('Layanan', [['Nama Layanan'], ['x']])
    const read = await sheetImport('layanan.xlsx', workbook)
    expect(read.text).not.toMatch(/terlalu besar|rusak|tidak dapat dibaca/)
    const small = await sheetImport('kecil.xlsx', lyingZipBomb({ real: 1024 * 1024 }))
    // A megabyte of zeros is no worksheet, but it is measured and opened, not refused for its size.
    expect(small.status).toBe(400)
    expect(messages(small).join(' ')).not.toContain('terlalu besar')
  })
})
