import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REST_GET } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyseSheet, commitImport, ImportRefused, templateRows } from '../../cms/exchange/sheetImport.ts'
import { LIMITS, readRows, toExcelCsv } from '../../cms/exchange/spreadsheet.ts'
import { buildSites } from '../../sites/lib/build.ts'
import { serveCms } from '../helpers/cmsServer.ts'
import { testDb, unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken } from '../helpers/users.ts'
import { zipBomb } from '../helpers/zipBomb.ts'

const skip = unavailable()
const WRITTEN: CollectionSlug[] = ['programmes', 'budget-realisations', 'services', 'audit-log']

const csv = (rows: (string | number)[][]) => Buffer.from(toExcelCsv(rows.map((r) => r.map(String))), 'utf8')
const xlsx = async (rows: (string | number)[][]) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Data')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const PROGRAMME_HEADER = templateRows('programmes')[0]!
const REALISATION_HEADER = templateRows('budget-realisations')[0]!
const SERVICE_HEADER = templateRows('services')[0]!

/** A row of a template by column header; missing columns empty. */
const row = (header: string[], values: Record<string, string | number>) => header.map((h) => values[h] ?? '')

const service = (name: string, slug: string, extra: Record<string, string | number> = {}) =>
  row(SERVICE_HEADER, {
    'Nama Layanan': name,
    Slug: slug,
    Kategori: 'Informasi publik',
    Ringkasan: 'Warga meminta data statistik sektoral yang dikelola OPD.',
    Persyaratan: 'Surat permohonan; fotokopi KTP',
    Prosedur: 'Ajukan permohonan, petugas memverifikasi, data dikirim',
    'Jangka Waktu Penyelesaian': '5 hari kerja',
    'Tarif (Rp)': '0',
    'Dasar Tarif': 'Tidak dipungut biaya',
    'Produk Pelayanan': 'Berkas data statistik sektoral',
    'Penanganan Pengaduan': 'Kanal aduan situs OPD',
    'Dasar Hukum': 'Perpres 39/2019 tentang Satu Data Indonesia',
    'Sarana dan Prasarana': 'Ruang layanan, komputer, akses kursi roda',
    'Kompetensi Pelaksana': 'Statistisi ahli',
    'Pengawasan Internal': 'Kepala Bidang Statistik',
    'Jumlah Pelaksana': '2',
    'Jaminan Pelayanan': 'Data dikirim paling lambat 5 hari kerja',
    'Jaminan Keamanan': 'Data pemohon dijaga kerahasiaannya',
    'Evaluasi Kinerja': 'Survei kepuasan masyarakat tiap semester',
    'Maklumat Pelayanan': 'Kami sanggup melayani sesuai standar pelayanan',
    'Lokasi Layanan': 'Kantor Diskominfo Provinsi Banten, Serang',
    'Unit Penanggung Jawab': 'Bidang Statistik',
    ...extra,
  })

describe.skipIf(skip)('spreadsheet import of budget realisation, programmes and services', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let tokens: { editor: string; head: string; dinkesEditor: string; reviewer: string; admin: string; auditor: string }
  let year: number
  let diskominfo: { id: number | string; name: string }
  let dinkesCode: string

  beforeAll(async () => {
    cms = await openSeededCms('sheet_import')
    payload = cms.payload
    http = httpClient(cms.config)
    tokens = {
      editor: await demoToken(payload, 'opd-editor', 'diskominfo'),
      head: await demoToken(payload, 'opd-head', 'diskominfo'),
      dinkesEditor: await demoToken(payload, 'opd-editor', 'dinkes'),
      reviewer: await demoToken(payload, 'kominfo-reviewer'),
      admin: await demoToken(payload, 'kominfo-admin'),
      auditor: await demoToken(payload, 'auditor'),
    }
    const opd = (await payload.find({ collection: 'opds', where: { slug: { equals: 'diskominfo' } }, depth: 0, overrideAccess: true })).docs[0]!
    diskominfo = { id: opd.id, name: opd.name }
    const dinkes = (await payload.find({ collection: 'opds', where: { slug: { equals: 'dinkes' } }, depth: 0, overrideAccess: true })).docs[0]!
    const sub = (await payload.find({ collection: 'programmes', where: { opd: { equals: dinkes.id }, level: { equals: 'sub_activity' } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!
    dinkesCode = sub.code
    year = sub.year
  })
  afterAll(async () => {
    await cms?.close()
  })

  const upload = (kind: string, file: { name: string; bytes: Buffer }, { token = tokens.editor, query = 'opd=diskominfo&dryRun=1', fields }: { token?: string; query?: string; fields?: Record<string, unknown> } = {}) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name)
    if (fields) form.append('_payload', JSON.stringify(fields))
    return http.upload(`import/${kind}?${query}`, form, token)
  }

  /** Documents and versions of every collection an import writes (the audit log included). */
  const snapshot = async () => {
    const counts: Record<string, number> = {}
    for (const collection of WRITTEN) {
      counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
      if (collection !== 'audit-log') counts[`${collection} versions`] = (await payload.findVersions({ collection, limit: 1, overrideAccess: true })).totalDocs
    }
    return counts
  }

  /** Refused with 400 and these messages (each a substring of one message), and nothing written. */
  const refused = async (kind: string, file: { name: string; bytes: Buffer }, expected: string[], options: Parameters<typeof upload>[2] = {}) => {
    const before = await snapshot()
    const response = await upload(kind, file, { query: 'opd=diskominfo', ...options })
    expect(response.status, response.text).toBe(400)
    const messages = (response.data.errors as { message: string }[]).map((e) => e.message)
    for (const text of expected) expect(messages.some((m) => m.includes(text)), `${text}\nin ${JSON.stringify(messages, null, 1)}`).toBe(true)
    expect(await snapshot()).toEqual(before)
    return messages
  }

  it('offers each template as CSV and XLSX, the header in Bahasa Indonesia and one example row, read back alike', async () => {
    for (const kind of ['budget-realisations', 'programmes', 'services']) {
      const asCsv = await http.get(`import/${kind}/template?format=csv`)
      expect(asCsv.status).toBe(200)
      expect(asCsv.headers.get('content-disposition')).toContain(`templat-impor-${kind}.csv`)
      const checked = await upload(kind, { name: 'x.csv', bytes: Buffer.from(asCsv.text) }, { query: 'opd=diskominfo&dryRun=1' })
      // The example row is read by the importer (its codes may or may not exist in this database).
      expect(JSON.stringify(checked.data)).not.toContain('Baris judul')
      expect(JSON.stringify(checked.data)).not.toContain('Kolom wajib')
      const readCsv = await readRows('t.csv', Buffer.from(asCsv.text))
      const xlsxResponse = await REST_GET(cms.config)(new Request(`http://localhost/api/import/${kind}/template?format=xlsx`), { params: Promise.resolve({ slug: ['import', kind, 'template'] }) })
      expect(xlsxResponse.headers.get('content-type')).toContain('spreadsheetml')
      const readXlsx = await readRows('t.xlsx', Buffer.from(await xlsxResponse.arrayBuffer()))
      expect(readXlsx).toEqual(readCsv)
      expect('rows' in readCsv && readCsv.rows[0]).toEqual(templateRows(kind as never)[0])
    }
    expect((await http.get('import/apbn/template')).status).toBe(404)
    // Names on the lookup's prototype are no kind either.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const response = await http.get(`import/${name}/template`)
      expect(response.status, name).toBe(404)
      expect(response.data.errors[0].message).toContain('Jenis impor tidak dikenal')
    }
  })

  it('refuses files that are not a usable spreadsheet, saying why, and writes nothing', async () => {
    await refused('services', { name: 'kosong.csv', bytes: Buffer.alloc(0) }, ['Berkas kosong'])
    await refused('services', { name: 'besar.csv', bytes: Buffer.alloc(LIMITS.bytes + 1, 0x41) }, ['paling besar 5 MB'])
    await refused('services', { name: 'bom.xlsx', bytes: zipBomb() }, ['terlalu besar setelah dibuka'])
    await refused('services', { name: 'laporan.xlsx', bytes: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n') }, ['isinya bukan lembar kerja Excel'])
    await refused('services', { name: 'data.csv', bytes: await xlsx([SERVICE_HEADER]) }, ['isinya berkas terkompresi'])
    // Windows-1252 ("Excel lama") and UTF-16 text are not UTF-8.
    await refused('services', { name: 'ansi.csv', bytes: Buffer.from('Nama Layanan;Kategori\nLayanan caf\xe9;Informasi\n', 'latin1') }, ['bukan teks UTF-8'])
    await refused('services', { name: 'utf16.csv', bytes: Buffer.from('\ufeffNama Layanan;Kategori\n', 'utf16le') }, ['bukan teks UTF-8'])
    const many = await refused('services', { name: 'banyak.csv', bytes: csv([SERVICE_HEADER, ...Array.from({ length: LIMITS.rows + 1 }, () => ['x'])]) }, ['Terlalu banyak baris'])
    expect(many[0]).not.toContain('responden')
    await refused('services', { name: 'judul.csv', bytes: csv([SERVICE_HEADER]) }, ['Tidak ada baris data'])
    await refused('services', { name: 'lain.csv', bytes: csv([['Foo', 'Bar'], ['1', '2']]) }, ['Baris judul tidak ditemukan'])
    await refused('programmes', { name: 'kurang.csv', bytes: csv([['Kode', 'Nomenklatur', 'Tahun Anggaran'], ['2.16.09', 'Program Uji', year]]) }, ['Kolom wajib tidak ada: "Penanggung Jawab", "Pagu", "Sumber Dana", "Indikator", "Satuan", "Target"'])
  })

  it('lists every bad cell by row and column in Bahasa Indonesia, with the standard\'s messages, and writes nothing', async () => {
    const rows = [
      PROGRAMME_HEADER,
      row(PROGRAMME_HEADER, { Kode: '2.16.09', Nomenklatur: 'Program Uji Impor', 'Tahun Anggaran': year, Sasaran: 'Sasaran yang tidak ada', 'Penanggung Jawab': 'Sekretaris', Pagu: 'satu miliar', 'Sumber Dana': 'APBN', Indikator: 'Persentase uji', Satuan: 'persen', Target: 'sembilan puluh' }),
      row(PROGRAMME_HEADER, { Kode: '2.16.9.1', Nomenklatur: 'Kegiatan', 'Tahun Anggaran': 'dua ribu', 'Penanggung Jawab': 'Kepala Bidang', Pagu: '1.000.000,50', 'Sumber Dana': 'PAD', Indikator: 'a | b', Satuan: 'dokumen', Target: '1' }),
      row(PROGRAMME_HEADER, { Kode: '2.16.09', Nomenklatur: 'Program Uji Impor Lain', 'Tahun Anggaran': year, Indikator: 'Indikator tambahan', Satuan: 'persen', Target: '5' }),
      row(PROGRAMME_HEADER, { Kode: dinkesCode, Nomenklatur: 'Sub kegiatan milik Dinkes', 'Tahun Anggaran': year, 'Penanggung Jawab': 'Kepala Seksi', Pagu: '100000000', 'Sumber Dana': 'PAD', Indikator: 'Jumlah', Satuan: 'kegiatan', Target: '1', 'Unit Penanggung Jawab': 'Bidang' }),
    ]
    const messages = await refused('programmes', { name: 'program.xlsx', bytes: await xlsx(rows) }, [
      'Baris 2, kolom Sasaran: Sasaran "Sasaran yang tidak ada" tidak ada di sasaran',
      'Baris 2, kolom Pagu: Harus berupa angka',
      'Baris 2, kolom Sumber Dana: Pilih salah satu: pad, dau, dak, dbh, blud, lainnya',
      'Baris 2, kolom Target: Harus berupa angka',
      'Baris 2, kolom Unit Penanggung Jawab: Wajib diisi',
      'Baris 3, kolom Kode: Kode harus berformat',
      'Baris 3, kolom Tahun Anggaran: Harus berupa angka',
      'Baris 3, kolom Pagu: Harus bilangan bulat',
      'Baris 3, kolom Satuan: Berisi 1 nilai',
      'Baris 4, kolom Nomenklatur: Kode 2.16.09 sudah ada di baris 2 dengan isi berbeda',
      `Baris 5, kolom Kode: Kode ${dinkesCode} tahun ${year} sudah dipakai data di luar Dinas Komunikasi`,
    ])
    // Another OPD's record, perhaps unpublished, is only said to exist: neither its OPD nor its name.
    expect(messages.join('\n')).not.toMatch(/Dinas Kesehatan|milik OPD lain/)
    expect(messages.every((m) => /^Baris \d+/.test(m))).toBe(true)
  })

  it('refuses duplicate services, a slug of another OPD, a realisation of another OPD\'s code or above its ceiling without explanation', async () => {
    const dinkesService = (await payload.find({ collection: 'services', where: { 'opd.slug': { equals: 'dinkes' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    const slugs = await refused('services', { name: 'layanan.csv', bytes: csv([SERVICE_HEADER, service('Permintaan data statistik sektoral', 'data-statistik'), service('Permintaan data statistik sektoral (dobel)', 'data-statistik'), service('Layanan pinjam slug', dinkesService.slug)]) }, [
      'Baris 3, kolom Slug: Layanan dengan slug "data-statistik" sudah ada di baris 2',
      `Baris 4, kolom Slug: Slug "${dinkesService.slug}" sudah dipakai layanan lain; beri slug lain di kolom Slug`,
    ])
    expect(slugs.join('\n')).not.toContain('Dinas Kesehatan')
    const own = (await payload.find({ collection: 'programmes', where: { 'opd.slug': { equals: 'diskominfo' }, level: { equals: 'sub_activity' } }, sort: 'code', depth: 0, overrideAccess: true })).docs
    const line = (code: string, values: Record<string, string | number>) => row(REALISATION_HEADER, { 'Tahun Anggaran': year, 'Tanggal Posisi': `30/06/${year}`, 'Kode Sub Kegiatan': code, 'Jenis Belanja': 'Belanja Operasi', 'Sumber Dana': 'PAD', 'Pagu Murni': '100.000.000', Realisasi: '50.000.000', 'Unit Penanggung Jawab': 'Subbagian Keuangan', ...values })
    await refused('budget-realisations', { name: 'realisasi.csv', bytes: csv([REALISATION_HEADER, line(own[0]!.code, { Realisasi: '120.000.000' }), line(own[0]!.code, {}), line(dinkesCode, {}), line('2.16.99.1.01.0001', {}), line(own[1]!.code, { 'Realisasi Fisik (%)': '140' })]) }, [
      'Baris 2, kolom Penjelasan: Realisasi melebihi pagu: wajib diberi penjelasan',
      `Baris 3, kolom Kode Sub Kegiatan: Kode ${own[0]!.code} dengan jenis belanja dan sumber dana yang sama sudah ada di baris 2`,
      `Baris 4, kolom Kode Sub Kegiatan: Kode ${dinkesCode} sudah dipakai data di luar Dinas Komunikasi`,
      `Baris 5, kolom Kode Sub Kegiatan: Sub kegiatan 2.16.99.1.01.0001 tahun ${year} belum ada di data program`,
      'Baris 6, kolom Realisasi Fisik (%): Tidak boleh lebih dari 100',
    ])
  })

  it('lets OPD staff import only for their own OPD, and Kominfo admins for any', async () => {
    const file = { name: 'layanan.csv', bytes: csv([SERVICE_HEADER, service('Permintaan data statistik sektoral', 'data-statistik-sektoral')]) }
    const before = await snapshot()
    const other = await upload('services', file, { token: tokens.dinkesEditor, query: 'opd=diskominfo' })
    expect(other.status).toBe(403)
    expect(other.data.errors[0].message).toContain('hanya dapat mengimpor data OPD Anda sendiri')
    expect((await upload('services', file, { token: tokens.reviewer, query: 'opd=diskominfo' })).status).toBe(403)
    expect((await upload('services', file, { token: tokens.auditor, query: 'opd=diskominfo' })).status).toBe(403)
    expect((await upload('services', file, { token: '', query: 'opd=diskominfo' })).status).toBe(401)
    expect(await snapshot()).toEqual(before)
    expect((await upload('services', file, { token: tokens.admin, query: 'opd=diskominfo&dryRun=1' })).data.counts).toEqual({ create: 1, update: 0, unchanged: 0 })
    expect((await upload('services', file, { token: tokens.head, query: 'opd=diskominfo&dryRun=1' })).status).toBe(200)
  })

  it('imports a programme tree into drafts of the OPD: dry run first, then all of it, then nothing left to change', async () => {
    const target = (await payload.find({ collection: 'targets', where: { 'opd.slug': { equals: 'diskominfo' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    const existing = (await payload.find({ collection: 'programmes', where: { 'opd.slug': { equals: 'diskominfo' }, level: { equals: 'sub_activity' } }, sort: 'code', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    const base = { 'Tahun Anggaran': year, 'Penanggung Jawab': 'Kepala Bidang Persandian', 'Sumber Dana': 'Pendapatan Asli Daerah (PAD)', 'Unit Penanggung Jawab': 'Bidang Persandian' }
    const rows = [
      PROGRAMME_HEADER,
      // Children before their parent: the import orders them.
      row(PROGRAMME_HEADER, { ...base, Tingkat: 'Sub kegiatan', Kode: '2.21.02.1.01.0001', Nomenklatur: 'Pelaksanaan Analisis Kebutuhan Persandian', Pagu: 'Rp 250.000.000', Indikator: 'Jumlah dokumen analisis | Jumlah perangkat daerah terlayani', Satuan: 'dokumen | perangkat daerah', Target: '2 | 40', 'Realisasi Indikator': '1 | 25' }),
      row(PROGRAMME_HEADER, { Kode: '2.21.02.1.01.0001', 'Tahun Anggaran': year, Indikator: 'Persentase persandian terpenuhi', Satuan: 'persen', Target: '87,5' }),
      row(PROGRAMME_HEADER, { ...base, Kode: '2.21.02.1.01', Nomenklatur: 'Penyelenggaraan Persandian untuk Pengamanan Informasi', Pagu: '250000000', Indikator: 'Jumlah layanan persandian', Satuan: 'layanan', Target: '12' }),
      row(PROGRAMME_HEADER, { ...base, Kode: '2.21.02', Nomenklatur: 'Program Penyelenggaraan Persandian untuk Pengamanan Informasi', Sasaran: target.statement, Pagu: '250.000.000', Indikator: 'Indeks keamanan informasi', Satuan: 'indeks', Target: '3,5' }),
      // An existing sub-activity with a new name: an update of a draft, the published one stays live.
      row(PROGRAMME_HEADER, { ...base, Kode: existing.code, Nomenklatur: `${existing.name} (revisi)`, Pagu: String(existing.ceiling), 'Sumber Dana': existing.fundingSource, Indikator: 'Jumlah kegiatan', Satuan: 'kegiatan', Target: '12' }),
    ]
    const file = { name: 'program.xlsx', bytes: await xlsx(rows) }
    const before = await snapshot()
    const started = new Date().toISOString()
    const dry = await upload('programmes', file)
    expect(dry.status, dry.text).toBe(200)
    expect(dry.data.counts).toEqual({ create: 3, update: 1, unchanged: 0 })
    expect(dry.data.documents.map((d: { action: string; key: string }) => `${d.action} ${d.key.split('|')[0]}`)).toEqual(['create 2.21.02', 'create 2.21.02.1.01', 'create 2.21.02.1.01.0001', `update ${existing.code}`])
    // The existing sub-activity: its name, person in charge, indicators and owner change; the schedule the file leaves empty is cleared.
    expect(dry.data.documents[3].changed).toEqual(['name', 'personInCharge', 'indicators', 'schedule', 'ownerUnit'])
    expect(await snapshot()).toEqual(before)

    const done = await upload('programmes', file, { query: 'opd=diskominfo' })
    expect(done.status, done.text).toBe(201)
    expect(done.data.written).toHaveLength(4)
    const made = (await payload.find({ collection: 'programmes', where: { code: { like: '2.21.02' } }, draft: true, sort: 'code', depth: 0, overrideAccess: true })).docs
    expect(made.map((p) => [p.code, p.level, p._status, p.workflowState])).toEqual([
      ['2.21.02', 'programme', 'draft', 'draft'],
      ['2.21.02.1.01', 'activity', 'draft', 'draft'],
      ['2.21.02.1.01.0001', 'sub_activity', 'draft', 'draft'],
    ])
    expect([made[1]!.parent, made[2]!.parent, made[0]!.target]).toEqual([made[0]!.id, made[1]!.id, target.id])
    expect(made[2]!.ceiling).toBe(250_000_000)
    expect(made[2]!.indicators!.map((i) => [i.name, i.unit, i.year, i.target, i.realised ?? null])).toEqual([
      ['Jumlah dokumen analisis', 'dokumen', year, 2, 1],
      ['Jumlah perangkat daerah terlayani', 'perangkat daerah', year, 40, 25],
      ['Persentase persandian terpenuhi', 'persen', year, 87.5, null],
    ])
    // Visitors still see the published sub-activity; the draft waits for review.
    const live = await payload.findByID({ collection: 'programmes', id: existing.id, depth: 0, overrideAccess: true })
    const newest = await payload.findByID({ collection: 'programmes', id: existing.id, depth: 0, draft: true, overrideAccess: true })
    expect([live.name, live._status, newest.name, newest._status]).toEqual([existing.name, 'published', `${existing.name} (revisi)`, 'draft'])
    const audit = await payload.find({ collection: 'audit-log', where: { collection: { equals: 'programmes' }, docId: { in: [...made.map((p) => String(p.id)), String(existing.id)] }, createdAt: { greater_than: started } }, depth: 0, overrideAccess: true })
    expect(audit.docs.map((e) => `${e.action} ${e.userEmail}`).sort()).toEqual([...Array(3).fill('create editor.diskominfo.sampelakun3v8w@demo.bantenprov.go.id'), 'update editor.diskominfo.sampelakun3v8w@demo.bantenprov.go.id'])

    const again = await upload('programmes', file)
    expect(again.data.documents.filter((d: { action: string }) => d.action !== 'unchanged')).toEqual([])
    expect(again.data.counts).toEqual({ create: 0, update: 0, unchanged: 4 })
  })

  it('imports the SIPD realisation export from its printed layout, accepting an overspend only with its explanation, flagged', async () => {
    // The committed sample is for 2026; the seeded demo is for the current year, with month-end position dates.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(path.join(import.meta.dirname, '../../docs/samples/sipd-realisasi-sample.xlsx')) as never)
    const sheet = workbook.worksheets[0]!
    sheet.getCell('B4').value = `: ${year}`
    sheet.getCell('B5').value = `: 17 Juni ${year}`
    const file = { name: 'sipd.xlsx', bytes: Buffer.from(await workbook.xlsx.writeBuffer()) }

    await refused('budget-realisations', file, ['Baris 10, kolom Unit Penanggung Jawab: Wajib diisi'])
    const dry = await upload('budget-realisations', file, { fields: { ownerUnit: 'Sekretariat - Subbagian Keuangan' } })
    expect(dry.status, dry.text).toBe(200)
    expect(dry.data).toMatchObject({ layout: 'sipd', skipped: 5, counts: { create: 1, update: 0, unchanged: 0 } })
    expect(dry.data.flags.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^Baris 14, kolom Realisasi: Realisasi melebihi pagu; diterima dengan penjelasan "Kenaikan harga/)])

    const done = await upload('budget-realisations', file, { query: 'opd=diskominfo', fields: { ownerUnit: 'Sekretariat - Subbagian Keuangan' } })
    expect(done.status, done.text).toBe(201)
    const stored = await payload.findByID({ collection: 'budget-realisations', id: done.data.written[0].id, draft: true, depth: 1, overrideAccess: true })
    expect([stored.fiscalYear, stored.positionDate, stored._status]).toEqual([year, `${year}-06-17`, 'draft'])
    expect(stored.lines.map((l) => [(l.subActivity as { code: string }).code, l.spendingClass, l.fundingSource, l.originalCeiling, l.realisation, l.explanation ?? null])).toEqual([
      ['2.16.01.1.02.0001', 'operasi', 'pad', 1_500_000_000, 1_012_500_000, null],
      ['2.16.02.1.01.0001', 'operasi', 'pad', 750_000_000, 480_000_000, null],
      ['2.16.02.1.01.0002', 'modal', 'dak', 500_000_000, 515_000_000, 'Kenaikan harga perangkat jaringan; pergeseran anggaran diajukan dalam APBD Perubahan'],
      ['2.16.02.1.01.0002', 'operasi', 'dau', 125_000_000, 0, null],
    ])
  })

  it('commits all or nothing: a write refused half-way leaves none of the documents', async () => {
    const req = await createLocalReq({}, payload)
    const read = await readRows('layanan.csv', csv([SERVICE_HEADER, service('Layanan atomik pertama', 'layanan-atomik-pertama'), service('Layanan atomik kedua', 'layanan-atomik-kedua')]))
    if (!('rows' in read)) throw new Error('unreadable')
    const analysis = await analyseSheet(req, 'services', read.rows, { id: diskominfo.id, slug: 'diskominfo', name: diskominfo.name })
    expect(analysis.problems).toEqual([])
    // The second document turns invalid after the check (as a concurrent edit could make it): the database refuses it.
    ;(analysis.documents[1]!.data.components as { staffCount: number }).staffCount = 0
    const before = await snapshot()
    const progress: number[] = []
    const error = await commitImport(req, analysis, (done) => progress.push(done)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportRefused)
    expect((error as ImportRefused).problems[0]).toMatchObject({ row: 3, column: 'Jumlah Pelaksana' })
    expect(progress).toEqual([1])
    expect(await snapshot()).toEqual(before)
  })

  it('streams progress while committing, then the result', async () => {
    const rows = [SERVICE_HEADER, ...Array.from({ length: 12 }, (_, i) => service(`Layanan data sektoral nomor ${i + 1}`, `layanan-data-sektoral-${i + 1}`))]
    const response = await upload('services', { name: 'banyak.csv', bytes: csv(rows) }, { query: 'opd=diskominfo&progress=1' })
    expect(response.headers.get('content-type')).toContain('application/x-ndjson')
    const lines = response.text.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.slice(0, 12).map((l) => l.progress)).toEqual(Array.from({ length: 12 }, (_, i) => ({ done: i + 1, total: 12 })))
    expect(lines[12].result.counts).toEqual({ create: 12, update: 0, unchanged: 0 })
    expect(lines).toHaveLength(13)
  })

  it('runs from the command line: dry run by default, exit 2 on bad input, --commit writes drafts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sheet-import-'))
    try {
      const good = path.join(dir, 'layanan.csv')
      writeFileSync(good, csv([SERVICE_HEADER, service('Permintaan salinan peta digital', 'salinan-peta-digital')]))
      const bad = path.join(dir, 'rusak.csv')
      writeFileSync(bad, csv([SERVICE_HEADER, service('Peta', 'Slug Salah', { 'Jumlah Pelaksana': 'dua' })]))
      // Imported once the test database is configured: the script's modules read DATA_DIR when loaded.
      const { importSheet } = await import('../../scripts/lib/sheet-import.ts')
      const run = async (argv: string[]) => {
        const out: string[] = []
        const err: string[] = []
        const code = await importSheet(argv, { payload, out: (l) => out.push(l), err: (l) => err.push(l) })
        return { code, out: out.join('\n'), err: err.join('\n') }
      }
      const before = await snapshot()
      expect(await run([good, '--opd', 'diskominfo'])).toMatchObject({ code: 2, err: expect.stringContaining('Pemakaian') })
      expect(await run([good, '--opd', 'tidak-ada', '--jenis', 'layanan'])).toMatchObject({ code: 2, err: 'OPD "tidak-ada" tidak ada di daftar OPD aktif' })
      const failed = await run([bad, '--opd', 'diskominfo', '--jenis', 'layanan', '--commit'])
      expect(failed.code).toBe(2)
      expect(failed.err).toContain('Baris 2, kolom Nama Layanan: Minimal 5 karakter')
      expect(failed.err).toContain('Baris 2, kolom Slug: Slug hanya huruf kecil')
      expect(failed.err).toContain('Baris 2, kolom Jumlah Pelaksana: Harus berupa angka')
      const dry = await run([good, '--opd', 'diskominfo', '--jenis', 'layanan'])
      expect(dry).toMatchObject({ code: 0, out: expect.stringContaining('1 baru, 0 diubah, 0 tidak berubah') })
      expect(await snapshot()).toEqual(before)
      const done = await run([good, '--opd', 'diskominfo', '--jenis', 'layanan', '--commit'])
      expect(done.code, done.err).toBe(0)
      const stored = (await payload.find({ collection: 'services', where: { slug: { equals: 'salinan-peta-digital' } }, draft: true, depth: 0, overrideAccess: true })).docs[0]!
      expect([stored._status, stored.workflowState, stored.kind]).toEqual(['draft', 'draft', 'internal'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.skipIf(testDb() !== 'sqlite')('puts an imported service on the generated site once it is submitted and published', async () => {
    const file = { name: 'layanan.xlsx', bytes: await xlsx([SERVICE_HEADER, service('Permintaan data statistik sektoral', 'permintaan-data-statistik-sektoral')]) }
    const done = await upload('services', file, { query: 'opd=diskominfo' })
    expect(done.status, done.text).toBe(201)
    const id = done.data.written[0].id
    expect((await http.post(`services/${id}/workflow`, { action: 'submit' }, tokens.editor)).status).toBe(200)
    const published = await http.post(`services/${id}/workflow`, { action: 'publish' }, tokens.reviewer)
    expect(published.status, published.text).toBe(200)
    const server = await serveCms(cms.config)
    const out = mkdtempSync(path.join(tmpdir(), 'sheet-import-sites-'))
    try {
      const summary = await buildSites({ cms: server.url, outDir: out, layout: { mode: 'paths', origin: 'http://localhost:4321' } })
      expect(summary.kept).toEqual([])
      const html = readFileSync(path.join(out, 'sites', 'diskominfo', 'layanan', 'permintaan-data-statistik-sektoral', 'index.html'), 'utf8')
      expect(html).toContain('Permintaan data statistik sektoral')
      expect(html).toContain('Statistisi ahli')
    } finally {
      await server.close()
      rmSync(out, { recursive: true, force: true })
    }
    // A whole province is built: minutes on a busy machine.
  }, 300_000)
})
