import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { samplePdf, samplePng } from '../../scripts/seed/files.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoProvince } from '../../scripts/seed/data.ts'
import { unavailable } from '../helpers/databases.ts'
import { sampleData } from '../helpers/docs.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { opdId } from '../helpers/users.ts'

const skip = unavailable()

/** Words that betray a raw database or stack error reaching a person. */
const RAW_ERROR = /SQLITE|constraint|violates|foreign key|duplicate key|drizzle|stack|at \//i

describe.skipIf(skip)('bad input is refused with a clear message, field by field, and nothing stored changes', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let editorToken: string
  let diskominfo: number | string
  let dinkes: number | string

  const login = async (role: string, opd?: string) => {
    const user = demoProvince(new Date()).users.find((u) => u.role === role && (!opd || u.opds.includes(opd)))!
    const result = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
    return result.token!
  }

  /** Counts of every collection, to prove a refused write stored nothing. */
  const snapshot = async () => {
    const counts: Record<string, number> = {}
    for (const c of payload.config.collections) counts[c.slug] = (await payload.count({ collection: c.slug as CollectionSlug, overrideAccess: true })).totalDocs
    return counts
  }

  const expectRefused = (response: { status: number; text: string; data: any }, path: string, message: RegExp) => {
    expect(response.status, response.text).toBe(400)
    expect(response.text).not.toMatch(RAW_ERROR)
    const errors: { path: string; message: string }[] = response.data.errors.flatMap((e: any) => e.data?.errors ?? [])
    const error = errors.find((e) => e.path === path)
    expect(error, `no error on ${path}: ${response.text}`).toBeDefined()
    expect(error!.message).toMatch(message)
  }

  beforeAll(async () => {
    cms = await openSeededCms('bad')
    payload = cms.payload
    http = httpClient(cms.config)
    editorToken = await login('opd-editor', 'diskominfo')
    diskominfo = await opdId(payload, 'diskominfo')
    dinkes = await opdId(payload, 'dinkes')
  })
  afterAll(async () => cms?.close())

  it('a missing required field', async () => {
    const before = await snapshot()
    const data = await sampleData(payload, 'goals', diskominfo)
    delete data.statement
    expectRefused(await http.post('goals', data, editorToken), 'statement', /Wajib diisi/)
    expect(await snapshot()).toEqual(before)
  })

  it('a required field inside a list row', async () => {
    const data = await sampleData(payload, 'goals', diskominfo)
    ;(data.indicators as Record<string, unknown>[])[0]!.unit = ''
    expectRefused(await http.post('goals', data, editorToken), 'indicators.0.unit', /Wajib diisi/)
  })

  it('a malformed Permendagri 90 code', async () => {
    const before = await snapshot()
    const data = await sampleData(payload, 'programmes', diskominfo)
    expectRefused(await http.post('programmes', { ...data, code: '2.16.2' }, editorToken), 'code', /harus berformat U\.BB\.PP \(program\)/)
    // A regency's level digit (2) in a province's activity code
    expectRefused(await http.post('programmes', { ...data, level: 'activity', code: '2.16.02.2.01' }, editorToken), 'code', /harus berformat/)
    expectRefused(await http.post('programmes', { ...data, level: 'activity', code: '2.16.02.1.01' }, editorToken), 'parent', /induk/)
    expect(await snapshot()).toEqual(before)
  })

  it('a negative amount, and a decimal rupiah amount', async () => {
    const before = await snapshot()
    const data = await sampleData(payload, 'budget-realisations', diskominfo)
    const lines = data.lines as Record<string, unknown>[]
    expectRefused(await http.post('budget-realisations', { ...data, lines: [{ ...lines[0], realisation: -5 }] }, editorToken), 'lines.0.realisation', /Tidak boleh negatif/)
    expectRefused(await http.post('budget-realisations', { ...data, lines: [{ ...lines[0], originalCeiling: 10.5 }] }, editorToken), 'lines.0.originalCeiling', /bilangan bulat/)
    expect(await snapshot()).toEqual(before)
  })

  it('realisation above the ceiling without an explanation', async () => {
    const data = await sampleData(payload, 'budget-realisations', diskominfo)
    const line = (data.lines as Record<string, unknown>[])[0]!
    const response = await http.post('budget-realisations', { ...data, lines: [{ ...line, revisedCeiling: undefined, originalCeiling: 100, realisation: 200, explanation: undefined }] }, editorToken)
    expectRefused(response, 'lines.0.explanation', /melebihi pagu/)
  })

  it('an unknown relationship id, without a raw foreign-key error', async () => {
    const before = await snapshot()
    const data = await sampleData(payload, 'goals', diskominfo)
    expectRefused(await http.post('goals', { ...data, vision: 987654 }, editorToken), 'vision', /tidak ditemukan/)
    expect(await snapshot()).toEqual(before)
  })

  it("another OPD's id, on create and on update", async () => {
    const before = await snapshot()
    const data = await sampleData(payload, 'news', diskominfo)
    expectRefused(await http.post('news', { ...data, opd: dinkes }, editorToken), 'opd', /OPD Anda sendiri/)
    const own = await payload.find({ collection: 'news', where: { opd: { equals: diskominfo } }, limit: 1, depth: 0, overrideAccess: true })
    const doc = own.docs[0]!
    expectRefused(await http.patch(`news/${doc.id}?draft=true`, { opd: dinkes }, editorToken), 'opd', /OPD Anda sendiri/)
    const after = await payload.findByID({ collection: 'news', id: doc.id, depth: 0, overrideAccess: true })
    expect(after).toEqual(doc)
    expect(await snapshot()).toEqual(before)
  })

  it('an update with a bad value leaves the stored document as it was', async () => {
    const { docs } = await payload.find({ collection: 'services', where: { opd: { equals: diskominfo } }, limit: 1, depth: 0, overrideAccess: true, draft: true })
    const doc = docs[0]!
    const response = await http.patch(`services/${doc.id}?draft=true`, { components: { ...doc.components, cost: { amount: -1, basis: 'x' } } }, editorToken)
    expectRefused(response, 'components.cost.amount', /Tidak boleh negatif/)
    expect(await payload.findByID({ collection: 'services', id: doc.id, depth: 0, overrideAccess: true, draft: true })).toEqual(doc)
  })

  it('a file or record placed inside rich text, where no access check would see it', async () => {
    const data = await sampleData(payload, 'news', diskominfo)
    const body = { root: { type: 'root', children: [{ type: 'upload', relationTo: 'media', value: 1 }] } }
    expectRefused(await http.post('news', { ...data, body }, editorToken), 'body', /hanya boleh berupa teks/)
  })

  it('an exempted entry needs its legal reason and consequence test', async () => {
    const data = await sampleData(payload, 'ppid-entries', diskominfo)
    const response = await http.post('ppid-entries', { ...data, category: 'dikecualikan', exemption: { legalReason: 'UU 14/2008 Ps. 17' } }, editorToken)
    expectRefused(response, 'exemption.consequenceTest', /uji konsekuensi/)
  })

  it('an OPD editor asking to publish', async () => {
    const before = await snapshot()
    const data = await sampleData(payload, 'news', diskominfo)
    expectRefused(await http.post('news', { ...data, _status: 'published' }, editorToken), '_status', /melalui alur kerja/)
    const { docs } = await payload.find({ collection: 'services', where: { and: [{ opd: { equals: diskominfo } }, { _status: { equals: 'draft' } }] }, draft: true, limit: 1, overrideAccess: true })
    const draftService = docs[0]!
    const graph = await http.graphql(`mutation { updateService(id: ${JSON.stringify(draftService.id)}, data: { _status: published }) { id } }`, editorToken)
    expect(JSON.stringify(graph.data.errors)).toMatch(/_status/)
    expect((await payload.findByID({ collection: 'services', id: draftService.id, overrideAccess: true }))._status).toBe('draft')
    expect(await snapshot()).toEqual(before)
  })

  describe('uploads', () => {
    const form = (name: string, type: string, bytes: Uint8Array, data: Record<string, unknown>) => {
      const body = new FormData()
      body.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name)
      body.append('_payload', JSON.stringify(data))
      return body
    }
    const pdf = new Uint8Array(samplePdf('Renja contoh'))
    let png: Uint8Array
    beforeAll(async () => {
      png = new Uint8Array(await samplePng('Foto contoh'))
    })

    it('a wrong file type', async () => {
      const before = await snapshot()
      const exe = new TextEncoder().encode('MZ\x90\x00 this is not a document')
      const response = await http.upload('documents', form('program.exe', 'application/x-msdownload', exe, { title: 'Berkas aneh', opd: diskominfo }), editorToken)
      expectRefused(response, 'file', /Jenis berkas tidak sesuai/)
      expect(await snapshot()).toEqual(before)
    })

    it('a disguised file: an image sent as a PDF', async () => {
      const before = await snapshot()
      const response = await http.upload('documents', form('laporan.pdf', 'application/pdf', png, { title: 'Laporan palsu', opd: diskominfo }), editorToken)
      expectRefused(response, 'file', /Isi berkas tidak sesuai/)
      expect(await snapshot()).toEqual(before)
    })

    it('an oversized upload', async () => {
      const before = await snapshot()
      const big = new Uint8Array(26 * 1024 * 1024)
      big.set(pdf)
      const response = await http.upload('documents', form('besar.pdf', 'application/pdf', big, { title: 'Berkas besar', opd: diskominfo }), editorToken)
      expectRefused(response, 'file', /melebihi batas 25 MB/)
      expect(await snapshot()).toEqual(before)
    })

    it('an image without alt text', async () => {
      const before = await snapshot()
      const response = await http.upload('media', form('foto.png', 'image/png', png, { opd: diskominfo }), editorToken)
      expectRefused(response, 'alt', /Wajib diisi|wajib diisi/)
      expect(await snapshot()).toEqual(before)
    })

    it('a good PDF is accepted, hashed, and private until published content shows it', async () => {
      const response = await http.upload('documents', form('renja.pdf', 'application/pdf', pdf, { title: 'Renja contoh', opd: diskominfo }), editorToken)
      expect(response.status, response.text).toBe(201)
      expect(response.data.doc.sha256).toMatch(/^[a-f0-9]{64}$/)
      expect(response.data.doc.public).toBe(false)
    })

    it('images get resized WebP variants from sharp', async () => {
      const photo = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#2a6f97' } }).png().toBuffer()
      const response = await http.upload('media', form('foto.png', 'image/png', new Uint8Array(photo), { alt: 'Foto contoh kantor', opd: diskominfo }), editorToken)
      expect(response.status, response.text).toBe(201)
      const sizes = response.data.doc.sizes as Record<string, { mimeType?: string; width?: number }>
      expect(Object.fromEntries(Object.entries(sizes).map(([name, size]) => [name, [size.mimeType, size.width]]))).toEqual({
        thumbnail: ['image/webp', 320],
        card: ['image/webp', 768],
        large: ['image/webp', 1600],
      })
    })
  })
})
