import { commitTransaction, initTransaction, killTransaction, ValidationError, type CollectionSlug, type PayloadRequest } from 'payload'
import { budgetRealisations, dropNulls, FORMATS, FUNDING_SOURCE, issueMessage, programmes, PROGRAMME_LEVEL, refId, SERVICE_CATEGORY, services, slugify, SPENDING_CLASS, type ContentType, type Text } from '../../schemas/index.ts'
import { todayInJakarta } from '../../schemas/compliance/index.ts'
import { activeUser } from '../access/roles.ts'
import { editOutcome, type State } from '../workflow/states.ts'
import type { FileProblem } from './spreadsheet.ts'

/**
 * Spreadsheet import of one OPD's budget realisation, programme tree and service catalogue (docs/IMPORT.md).
 * `analyseSheet` reads the rows into the documents they would write, checked by the same zod schemas and
 * cross rules a form save runs, and lists every bad cell by row and column; `commitImport` writes them as
 * drafts of that OPD in one transaction, or nothing.
 */

export const SHEET_KINDS = ['budget-realisations', 'programmes', 'services'] as const
export type SheetKind = (typeof SHEET_KINDS)[number]

// A Map, not an object literal: a name such as `constructor` must not find something on the prototype.
const SHORT_NAMES = new Map<string, SheetKind>([['realisasi', 'budget-realisations'], ['program', 'programmes'], ['layanan', 'services']])

/** The kind one of the command line's and the admin's short names stands for (realisasi, program, layanan). */
export const kindNamed = (name: string): SheetKind | undefined => SHORT_NAMES.get(name)
export const KIND_LABELS: Record<SheetKind, Text> = {
  'budget-realisations': { id: 'Realisasi anggaran', en: 'Budget realisation' },
  programmes: { id: 'Program, kegiatan dan sub kegiatan', en: 'Programmes, activities and sub-activities' },
  services: { id: 'Layanan publik (standar pelayanan)', en: 'Public services (service standard)' },
}
const TYPES: Record<SheetKind, ContentType> = { 'budget-realisations': budgetRealisations as never, programmes: programmes as never, services: services as never }

interface Column {
  key: string
  header: string
  /** Other headers meaning the same (normalised), e.g. as SIPD prints them. */
  aliases?: string[]
  /** Where the value goes in the document; `*` stands for a row of a list (lines, indicators). */
  path?: string
  required?: boolean
  example: string
}

const COLUMNS: Record<SheetKind, Column[]> = {
  'budget-realisations': [
    { key: 'fiscalYear', header: 'Tahun Anggaran', path: 'fiscalYear', required: true, example: '2026' },
    { key: 'positionDate', header: 'Tanggal Posisi', aliases: ['posisi per tanggal', 'posisi', 'tanggal'], path: 'positionDate', required: true, example: '2026-09-30' },
    { key: 'code', header: 'Kode Sub Kegiatan', aliases: ['kode', 'kode sub kegiatan'], path: 'lines.*.subActivity', required: true, example: '2.16.02.1.01.0001' },
    { key: 'name', header: 'Nama Sub Kegiatan', aliases: ['uraian', 'nama sub kegiatan', 'sub kegiatan'], example: 'Perumusan Kebijakan Teknis di Bidang Informasi dan Komunikasi Publik' },
    { key: 'spendingClass', header: 'Jenis Belanja', path: 'lines.*.spendingClass', required: true, example: 'Belanja Operasi' },
    { key: 'fundingSource', header: 'Sumber Dana', path: 'lines.*.fundingSource', required: true, example: 'DAU' },
    { key: 'originalCeiling', header: 'Pagu Murni', aliases: ['pagu', 'anggaran', 'pagu murni rp', 'pagu anggaran'], path: 'lines.*.originalCeiling', required: true, example: '385000000' },
    { key: 'revisedCeiling', header: 'Pagu Perubahan', aliases: ['pagu perubahan rp', 'anggaran perubahan'], path: 'lines.*.revisedCeiling', example: '' },
    { key: 'realisation', header: 'Realisasi', aliases: ['realisasi keuangan', 'realisasi rp', 'realisasi keuangan rp'], path: 'lines.*.realisation', required: true, example: '210500000' },
    { key: 'physicalPercent', header: 'Realisasi Fisik (%)', aliases: ['realisasi fisik', 'fisik', 'fisik %'], path: 'lines.*.physicalPercent', example: '60' },
    { key: 'explanation', header: 'Penjelasan', aliases: ['keterangan', 'penjelasan melebihi pagu'], path: 'lines.*.explanation', example: '' },
    { key: 'ownerUnit', header: 'Unit Penanggung Jawab', path: 'ownerUnit', example: 'Sekretariat - Subbagian Keuangan' },
  ],
  programmes: [
    { key: 'level', header: 'Tingkat', path: 'level', example: 'Sub kegiatan' },
    { key: 'code', header: 'Kode', path: 'code', required: true, example: '2.16.02.1.01.0001' },
    { key: 'name', header: 'Nomenklatur', aliases: ['nama', 'uraian'], path: 'name', required: true, example: 'Perumusan Kebijakan Teknis di Bidang Informasi dan Komunikasi Publik' },
    { key: 'year', header: 'Tahun Anggaran', aliases: ['tahun'], path: 'year', required: true, example: '2026' },
    { key: 'parent', header: 'Kode Induk', path: 'parent', example: '2.16.02.1.01' },
    { key: 'target', header: 'Sasaran', path: 'target', example: '' },
    { key: 'personInCharge', header: 'Penanggung Jawab', path: 'personInCharge', required: true, example: 'Ketua Tim Kerja Pengelolaan Informasi Publik' },
    { key: 'ceiling', header: 'Pagu', aliases: ['pagu anggaran', 'pagu rp'], path: 'ceiling', required: true, example: '385000000' },
    { key: 'fundingSource', header: 'Sumber Dana', path: 'fundingSource', required: true, example: 'DAU' },
    { key: 'schedule', header: 'Jadwal', aliases: ['jadwal pelaksanaan'], path: 'schedule', example: 'Februari-November' },
    { key: 'indicatorName', header: 'Indikator', aliases: ['nama indikator', 'indikator kinerja'], path: 'indicators.*.name', required: true, example: 'Jumlah dokumen kebijakan teknis informasi dan komunikasi publik' },
    { key: 'indicatorUnit', header: 'Satuan', path: 'indicators.*.unit', required: true, example: 'dokumen' },
    { key: 'indicatorTarget', header: 'Target', path: 'indicators.*.target', required: true, example: '2' },
    { key: 'indicatorRealised', header: 'Realisasi Indikator', aliases: ['capaian'], path: 'indicators.*.realised', example: '' },
    { key: 'indicatorYear', header: 'Tahun Indikator', path: 'indicators.*.year', example: '' },
    { key: 'ownerUnit', header: 'Unit Penanggung Jawab', path: 'ownerUnit', example: 'Bidang Informasi dan Komunikasi Publik' },
  ],
  services: [
    { key: 'name', header: 'Nama Layanan', path: 'name', required: true, example: 'Permohonan Informasi Publik' },
    { key: 'slug', header: 'Slug', path: 'slug', example: 'permohonan-informasi-publik' },
    { key: 'category', header: 'Kategori', path: 'category', required: true, example: 'Informasi publik' },
    { key: 'summary', header: 'Ringkasan', path: 'summary', required: true, example: 'Masyarakat dapat meminta salinan informasi publik yang dikuasai OPD.' },
    { key: 'requirements', header: 'Persyaratan', path: 'components.requirements', required: true, example: 'Fotokopi KTP; formulir permohonan' },
    { key: 'procedure', header: 'Prosedur', aliases: ['sistem mekanisme dan prosedur'], path: 'components.procedure', required: true, example: 'Isi formulir, serahkan ke meja layanan PPID, terima tanda bukti' },
    { key: 'completionTime', header: 'Jangka Waktu Penyelesaian', aliases: ['waktu penyelesaian'], path: 'components.completionTime', required: true, example: '10 hari kerja' },
    { key: 'costAmount', header: 'Tarif (Rp)', aliases: ['tarif', 'biaya', 'biaya tarif'], path: 'components.cost.amount', required: true, example: '0' },
    { key: 'costBasis', header: 'Dasar Tarif', path: 'components.cost.basis', required: true, example: 'Tidak dipungut biaya' },
    { key: 'product', header: 'Produk Pelayanan', aliases: ['produk'], path: 'components.product', required: true, example: 'Salinan informasi publik' },
    { key: 'complaints', header: 'Penanganan Pengaduan', aliases: ['penanganan pengaduan saran dan masukan'], path: 'components.complaints', required: true, example: 'Melalui kanal aduan di situs OPD dan kotak saran' },
    { key: 'legalBasis', header: 'Dasar Hukum', path: 'components.legalBasis', required: true, example: 'UU 14/2008 tentang Keterbukaan Informasi Publik' },
    { key: 'facilities', header: 'Sarana dan Prasarana', aliases: ['sarana prasarana dan atau fasilitas', 'sarana prasarana'], path: 'components.facilities', required: true, example: 'Ruang layanan PPID, komputer, akses kursi roda' },
    { key: 'competence', header: 'Kompetensi Pelaksana', path: 'components.competence', required: true, example: 'Memahami peraturan keterbukaan informasi' },
    { key: 'supervision', header: 'Pengawasan Internal', path: 'components.supervision', required: true, example: 'Atasan langsung PPID' },
    { key: 'staffCount', header: 'Jumlah Pelaksana', path: 'components.staffCount', required: true, example: '3' },
    { key: 'guarantee', header: 'Jaminan Pelayanan', path: 'components.guarantee', required: true, example: 'Informasi diberikan paling lambat 10 hari kerja' },
    { key: 'security', header: 'Jaminan Keamanan', aliases: ['jaminan keamanan dan keselamatan pelayanan'], path: 'components.security', required: true, example: 'Data pemohon dijaga kerahasiaannya' },
    { key: 'evaluation', header: 'Evaluasi Kinerja', aliases: ['evaluasi kinerja pelaksana'], path: 'components.evaluation', required: true, example: 'Survei kepuasan masyarakat tiap semester' },
    { key: 'pledge', header: 'Maklumat Pelayanan', aliases: ['maklumat'], path: 'pledge', required: true, example: 'Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan' },
    { key: 'onlineUrl', header: 'Layanan Daring', aliases: ['url layanan daring', 'tautan layanan daring'], path: 'onlineUrl', example: '' },
    { key: 'location', header: 'Lokasi Layanan', aliases: ['lokasi'], path: 'location', required: true, example: 'Gedung Diskominfo, Jl. Syech Nawawi Al Bantani, Serang' },
    { key: 'ownerUnit', header: 'Unit Penanggung Jawab', path: 'ownerUnit', example: 'PPID Pelaksana' },
  ],
}

/** The template of a kind: the header row and one example row. */
export const templateRows = (kind: SheetKind): string[][] => [COLUMNS[kind].map((c) => c.header), COLUMNS[kind].map((c) => c.example)]

/** The columns of a kind as docs/IMPORT.md documents them (a test keeps the two in step). */
export const templateColumns = (kind: SheetKind) => COLUMNS[kind].map(({ header, required, path }) => ({ header, required: Boolean(required), path }))

const norm = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()

// ---- values -------------------------------------------------------------------------------------------

const text = (raw: string | undefined) => (raw?.trim() ? raw.trim() : undefined)

/**
 * A number as Indonesian spreadsheets write it: `1.234.567`, `1.234.567,50`, `Rp 1.234.567`, `1,234,567.50`
 * or `12,5`. What cannot be read stays text, so the schema says "Harus berupa angka".
 */
const number = (raw: string | undefined): unknown => {
  const value = text(raw)?.replace(/^rp\.?\s*/i, '').replace(/\s/g, '')
  if (value === undefined) return undefined
  let plain: string
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(value)) plain = value.replace(/\./g, '').replace(',', '.')
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value)) plain = value.replace(/,/g, '')
  else if (/^-?\d+(,\d+)?$/.test(value)) plain = value.replace(',', '.')
  else plain = value
  const parsed = Number(plain)
  return plain !== '' && Number.isFinite(parsed) ? parsed : value
}

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember']
const pad = (n: number | string, width = 2) => String(n).padStart(width, '0')

/** `2026-09-30`, `30/09/2026`, `30-09-2026` or `30 September 2026` as YYYY-MM-DD; anything else as given. */
const date = (raw: string | undefined): string | undefined => {
  const value = text(raw)
  if (value === undefined) return undefined
  const dmy = value.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/)
  if (dmy) return `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`
  const named = value.toLowerCase().match(/^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/)
  if (named && MONTHS.includes(named[2]!)) return `${named[3]}-${pad(MONTHS.indexOf(named[2]!) + 1)}-${pad(named[1]!)}`
  return value
}

/** A vocabulary value from its code, its label, or an abbreviation (the label's parentheses or first word). */
const choice = (labels: Record<string, Text>, extra: Record<string, string> = {}) => {
  const known = new Map<string, string>()
  for (const [value, label] of Object.entries(labels)) {
    known.set(norm(value), value)
    known.set(norm(label.id), value)
    const short = label.id.match(/\(([^)]+)\)/)?.[1]
    if (short) known.set(norm(short), value)
  }
  for (const [alias, value] of Object.entries(extra)) known.set(norm(alias), value)
  return (raw: string | undefined): string | undefined => {
    const value = text(raw)
    return value === undefined ? undefined : (known.get(norm(value)) ?? value)
  }
}

const spendingClass = choice(SPENDING_CLASS.labels, { operasi: 'operasi', modal: 'modal', 'tidak terduga': 'tidak_terduga', btt: 'tidak_terduga', transfer: 'transfer' })
// SIPD names funds in detail ("DAK Fisik", "DBH Pajak Rokok"): the family is what the standard records.
const fundingChoice = choice(FUNDING_SOURCE.labels, { 'pendapatan asli daerah': 'pad', 'dana alokasi umum': 'dau', 'dana alokasi khusus': 'dak', 'dana bagi hasil': 'dbh', blud: 'blud' })
const fundingSource = (raw: string | undefined) => {
  const value = fundingChoice(raw)
  const family = value && !FUNDING_SOURCE.values.includes(value as never) ? norm(value).split(' ')[0] : undefined
  return family && ['pad', 'dau', 'dak', 'dbh', 'blud'].includes(family) ? family : value
}
const level = choice(PROGRAMME_LEVEL.labels, { subkegiatan: 'sub_activity', 'sub kegiatan': 'sub_activity' })
const category = choice(SERVICE_CATEGORY.labels)

/** Several indicators in one cell: separated by `|` or line breaks. */
const parts = (raw: string | undefined) => (text(raw) === undefined ? [] : raw!.split(/\s*(?:\||\r?\n)\s*/).map((p) => p.trim()))

// ---- reading the table ---------------------------------------------------------------------------------

interface Row {
  /** 1-based line in the file. */
  line: number
  cells: Record<string, string>
}

interface Table {
  rows: Row[]
  /** Lines above the header (SIPD prints the unit, year and position date there). */
  preamble: string[]
  columns: Map<string, string>
}

const findTable = (kind: SheetKind, sheet: string[][]): Table | { problems: FileProblem[] } => {
  const columns = COLUMNS[kind]
  const lookup = new Map<string, Column>()
  for (const column of columns) for (const name of [column.header, ...(column.aliases ?? [])]) lookup.set(norm(name), column)
  // The header is the first row naming at least two of the kind's columns, within the first 30 lines.
  const at = sheet.slice(0, 30).findIndex((row) => row.filter((cell) => lookup.has(norm(cell))).length >= 2)
  if (at < 0) {
    if (!sheet.some((row) => row.some((cell) => cell.trim() !== ''))) return { problems: [{ row: 0, message: 'Berkas tidak berisi baris apa pun' }] }
    return { problems: [{ row: 0, message: `Baris judul tidak ditemukan: berkas ini bukan templat ${KIND_LABELS[kind].id}. Kolom yang diharapkan: ${columns.map((c) => c.header).join(', ')}. Unduh templat dari halaman impor.` }] }
  }
  const header = sheet[at]!
  const index = new Map<string, number>()
  const names = new Map<string, string>()
  const problems: FileProblem[] = []
  header.forEach((cell, i) => {
    const column = lookup.get(norm(cell))
    if (!column) return
    if (index.has(column.key)) problems.push({ row: at + 1, column: cell, message: `Kolom "${column.header}" muncul dua kali` })
    index.set(column.key, i)
    names.set(column.key, cell.trim())
  })
  const preamble = sheet.slice(0, at).map((row) => row.filter((c) => c.trim()).join(' '))
  const sipd = kind === 'budget-realisations' && !index.has('fiscalYear')
  // SIPD's export gives the year and position date above the table, not as columns.
  const missing = columns.filter((c) => c.required && !index.has(c.key) && !(sipd && (c.key === 'fiscalYear' || c.key === 'positionDate')))
  if (missing.length) problems.push({ row: at + 1, message: `Kolom wajib tidak ada: ${missing.map((c) => `"${c.header}"`).join(', ')}. Unduh templat dari halaman impor.` })
  if (problems.length) return { problems }
  const rows = sheet
    .slice(at + 1)
    .map((cells, i) => ({ line: at + 2 + i, cells: Object.fromEntries([...index].map(([key, j]) => [key, cells[j] ?? ''])) }))
    .filter((row) => Object.values(row.cells).some((cell) => cell.trim() !== ''))
  return { rows, preamble, columns: names }
}

// ---- documents -----------------------------------------------------------------------------------------

/** An OPD as the import names it. */
export interface ImportOpd {
  id: number | string
  slug: string
  name: string
}

/** A document the file would write. */
export interface PlannedDocument {
  action: 'create' | 'update' | 'unchanged'
  collection: SheetKind
  id?: number | string
  /** What identifies it: code and year, position date, slug. */
  key: string
  title: string
  rows: number[]
  /** Row of each list item (lines, indicators), for errors inside it. */
  itemRows: number[]
  /** Fields an update changes. */
  changed: string[]
  data: Record<string, unknown>
  /** Rows accepted with a remark, e.g. realisation above its ceiling with an explanation. */
  flags: FileProblem[]
}

export interface Analysis {
  kind: SheetKind
  layout: 'templat' | 'sipd'
  opd: ImportOpd
  documents: PlannedDocument[]
  problems: FileProblem[]
  /** Lines of the SIPD layout not imported: subtotals of programmes and activities. */
  skipped: number
  /** The file's own header of each column found, for messages. */
  columns: Map<string, string>
}

/** A relation to a document made by the same import, filled in when that one is written. */
interface Pending {
  pendingCode: string
}

interface Draft {
  key: string
  title: string
  rows: number[]
  data: Record<string, unknown>
  /** Row of each list item (lines, indicators), for errors inside it. */
  itemRows: number[]
  existing?: Record<string, unknown>
  flags: FileProblem[]
}

const PLACEHOLDER_ID = 1

/** The document as the schema sees it: relations made by this import stand in as an id. */
const forSchema = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(forSchema)
  if (value && typeof value === 'object') {
    if ('pendingCode' in value) return PLACEHOLDER_ID
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forSchema(v)]))
  }
  return value
}

/** Equal as stored: null, empty and absent alike, relations by id, list rows without their ids. */
const same = (a: unknown, b: unknown): boolean => {
  const x = a === null || a === '' ? undefined : a
  const y = b === null || b === '' ? undefined : b
  if (Array.isArray(x) || Array.isArray(y)) return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => same(v, y[i]))
  if (x && typeof x === 'object' && 'pendingCode' in x) return false
  if (x && typeof x === 'object' && y && typeof y === 'object') {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)].filter((k) => k !== 'id'))
    return [...keys].every((k) => same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]))
  }
  if (typeof x === 'object' || typeof y === 'object') return String(refId(x)) === String(refId(y))
  return x === y
}

const CONTENT_KEYS: Record<SheetKind, string[]> = {
  'budget-realisations': ['opd', 'fiscalYear', 'positionDate', 'lines', 'ownerUnit'],
  programmes: ['opd', 'level', 'code', 'name', 'year', 'parent', 'target', 'personInCharge', 'indicators', 'schedule', 'ceiling', 'fundingSource', 'ownerUnit'],
  services: ['kind', 'opd', 'name', 'slug', 'category', 'summary', 'components', 'pledge', 'onlineUrl', 'location', 'ownerUnit'],
}

interface Context {
  req: PayloadRequest
  kind: SheetKind
  opd: ImportOpd
  table: Table
  problems: FileProblem[]
  /** What the file has for the column (its own header), for messages. */
  columnName: (key: string) => string
  ownerUnit?: string
  today: string
}

const findAll = async (ctx: Context, collection: SheetKind | 'targets', where: Record<string, unknown>) =>
  (await ctx.req.payload.find({ collection: collection as CollectionSlug, where: where as never, draft: true, depth: 0, limit: 0, pagination: false, overrideAccess: true, req: ctx.req })).docs as unknown as Record<string, unknown>[]

/**
 * A code held by another OPD's record. The record may be unpublished and is not the importer's to see:
 * the message says only that the code is taken, never whose it is or what it is called.
 */
const takenCode = (code: string, ctx: Context) => `Kode ${code} sudah dipakai data di luar ${ctx.opd.name}; impor hanya untuk data ${ctx.opd.name}`

/** Budget realisation: one document per fiscal year and position date, one line per row. */
const realisationDrafts = async (ctx: Context): Promise<{ drafts: Draft[]; layout: Analysis['layout']; skipped: number }> => {
  const { table, problems, columnName } = ctx
  const sipd = !table.columns.has('fiscalYear')
  let skipped = 0
  let headYear: unknown
  let headDate: string | undefined
  if (sipd) {
    const preamble = table.preamble.join('\n')
    const year = preamble.match(/tahun\s+anggaran\s*:?\s*(\d{4})/i)?.[1]
    const position = preamble.match(/(?:posisi|s\.?\s*d\.?|sampai dengan)[^\d\n]*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-z]+\s+\d{4})/i)?.[1]
    headYear = number(year)
    headDate = date(position)
    if (headYear === undefined) problems.push({ row: 0, message: 'Tata letak SIPD: baris "Tahun Anggaran : TTTT" di atas tabel tidak ditemukan' })
    if (headDate === undefined) problems.push({ row: 0, message: 'Tata letak SIPD: baris "Posisi s.d. : <tanggal>" di atas tabel tidak ditemukan' })
  }
  const rows = table.rows.filter((row) => {
    // SIPD prints programme and activity subtotals between the sub-activities, and a total at the end.
    const code = text(row.cells.code)
    const subtotal = sipd && (code === undefined || FORMATS.programme.pattern.test(code) || FORMATS.activity.pattern.test(code) || /^\d\.\d{2}$/.test(code))
    if (subtotal) skipped++
    return !subtotal
  })
  // The rows sharing a year and position date make one document.
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const key = `${sipd ? String(headYear) : text(row.cells.fiscalYear) ?? ''}|${sipd ? headDate : date(row.cells.positionDate) ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  // Sub-activities by code and year: this OPD's, and which other OPD holds a code.
  const codes = [...new Set(rows.map((r) => text(r.cells.code)).filter((c) => c !== undefined))]
  const found = codes.length ? await findAll(ctx, 'programmes', { code: { in: codes } }) : []
  const existingDocs = await findAll(ctx, 'budget-realisations', { opd: { equals: ctx.opd.id } })
  const drafts: Draft[] = []
  for (const [key, group] of groups) {
    const first = group[0]!
    const fiscalYear = sipd ? headYear : number(first.cells.fiscalYear)
    const positionDate = sipd ? headDate : date(first.cells.positionDate)
    const seen = new Map<string, number>()
    const lines = group.map((row) => {
      const code = text(row.cells.code)
      const line: Record<string, unknown> = {
        subActivity: undefined,
        spendingClass: spendingClass(row.cells.spendingClass),
        fundingSource: fundingSource(row.cells.fundingSource),
        originalCeiling: number(row.cells.originalCeiling),
        revisedCeiling: number(row.cells.revisedCeiling),
        realisation: number(row.cells.realisation),
        physicalPercent: number(row.cells.physicalPercent),
        explanation: text(row.cells.explanation),
      }
      if (code === undefined) return line
      if (!FORMATS.subActivity.pattern.test(code)) {
        problems.push({ row: row.line, column: columnName('code'), message: FORMATS.subActivity.message.id })
        return line
      }
      const twin = `${code}|${String(line.spendingClass)}|${String(line.fundingSource)}`
      if (seen.has(twin)) problems.push({ row: row.line, column: columnName('code'), message: `Kode ${code} dengan jenis belanja dan sumber dana yang sama sudah ada di baris ${seen.get(twin)}` })
      else seen.set(twin, row.line)
      const matches = found.filter((p) => p.code === code && p.year === fiscalYear)
      const own = matches.find((p) => String(refId(p.opd)) === String(ctx.opd.id))
      if (own) line.subActivity = own.id
      else if (matches.length) problems.push({ row: row.line, column: columnName('code'), message: takenCode(code, ctx) })
      else problems.push({ row: row.line, column: columnName('code'), message: `Sub kegiatan ${code} tahun ${String(fiscalYear)} belum ada di data program ${ctx.opd.name}; impor program dan kegiatannya dulu` })
      return line
    })
    const existing = existingDocs.find((d) => d.fiscalYear === fiscalYear && d.positionDate === positionDate)
    const ownerUnit = group.map((r) => text(r.cells.ownerUnit)).find((u) => u) ?? ctx.ownerUnit ?? (existing?.ownerUnit as string | undefined)
    const data = { opd: ctx.opd.id, fiscalYear, positionDate, lines, ownerUnit, lastReviewedAt: ctx.today }
    const flags = group.flatMap((row, i) => {
      const l = lines[i]!
      const ceiling = typeof l.revisedCeiling === 'number' ? l.revisedCeiling : l.originalCeiling
      return typeof l.realisation === 'number' && typeof ceiling === 'number' && l.realisation > ceiling && l.explanation
        ? [{ row: row.line, column: columnName('realisation'), message: `Realisasi melebihi pagu; diterima dengan penjelasan "${String(l.explanation).slice(0, 80)}"` }]
        : []
    })
    drafts.push({ key, title: `Realisasi ${String(fiscalYear)} posisi ${String(positionDate)}`, rows: group.map((r) => r.line), data, itemRows: group.map((r) => r.line), existing, flags })
  }
  return { drafts, layout: sipd ? 'sipd' : 'templat', skipped }
}

/** The code of the parent level: `2.16.02.1.01.0001` -> `2.16.02.1.01`, `2.16.02.1.01` -> `2.16.02`. */
const parentCode = (code: string) => (FORMATS.subActivity.pattern.test(code) ? code.slice(0, code.lastIndexOf('.')) : FORMATS.activity.pattern.test(code) ? code.split('.').slice(0, 3).join('.') : undefined)

const levelOf = (code: string) => (FORMATS.programme.pattern.test(code) ? 'programme' : FORMATS.activity.pattern.test(code) ? 'activity' : FORMATS.subActivity.pattern.test(code) ? 'sub_activity' : undefined)

/** Programme tree: one document per code and year; several rows of one code add indicators. */
const programmeDrafts = async (ctx: Context): Promise<Draft[]> => {
  const { table, problems, columnName } = ctx
  const groups = new Map<string, Row[]>()
  for (const row of table.rows) {
    const key = `${text(row.cells.code) ?? `baris ${row.line}`}|${text(row.cells.year) ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const codes = [...new Set(table.rows.flatMap((r) => [text(r.cells.code), text(r.cells.parent) ?? parentCode(text(r.cells.code) ?? '')]).filter((c) => c !== undefined))]
  const found = codes.length ? await findAll(ctx, 'programmes', { code: { in: codes } }) : []
  const targets = await findAll(ctx, 'targets', { opd: { equals: ctx.opd.id } })
  const inFile = new Set(groups.keys())
  const ours = (p: Record<string, unknown>) => String(refId(p.opd)) === String(ctx.opd.id)
  const drafts: Draft[] = []
  // Fields that describe the document, not an indicator: every row of a code must agree on them.
  const docKeys = ['level', 'name', 'parent', 'target', 'personInCharge', 'ceiling', 'fundingSource', 'schedule', 'ownerUnit']
  for (const [key, group] of groups) {
    const first = group[0]!
    const code = text(first.cells.code)
    const year = number(first.cells.year)
    for (const row of group.slice(1)) {
      for (const k of docKeys) {
        const value = text(row.cells[k])
        if (value !== undefined && value !== text(first.cells[k])) problems.push({ row: row.line, column: columnName(k), message: `Kode ${code} sudah ada di baris ${first.line} dengan isi berbeda; kode tidak boleh ganda (baris tambahan hanya untuk indikator)` })
      }
    }
    const matches = found.filter((p) => p.code === code && p.year === year)
    const existing = matches.find(ours)
    const others = matches.filter((p) => !ours(p))
    if (code && others.length && !existing) problems.push({ row: first.line, column: columnName('code'), message: takenCode(`${code} tahun ${String(year)}`, ctx) })
    // An empty level is read off the code's format; a given one is checked against it (a cross rule).
    const docLevel = level(first.cells.level) ?? (code ? levelOf(code) : undefined)
    // The parent: given, or read off the code; made by this import, or this OPD's own of the same year.
    const parentGiven = text(first.cells.parent)
    const parentOf = parentGiven ?? (code && docLevel !== 'programme' ? parentCode(code) : undefined)
    let parent: unknown
    if (parentOf) {
      if (code && !code.startsWith(`${parentOf}.`)) problems.push({ row: first.line, column: columnName(parentGiven ? 'parent' : 'code'), message: `Kode induk ${parentOf} bukan awalan kode ${code}` })
      else {
        const candidates = found.filter((p) => p.code === parentOf && p.year === year)
        const own = candidates.find(ours)
        const pending = `${parentOf}|${text(first.cells.year) ?? ''}`
        if (own) parent = own.id
        else if (inFile.has(pending)) parent = { pendingCode: pending } satisfies Pending
        else if (candidates.length) problems.push({ row: first.line, column: columnName(parentGiven ? 'parent' : 'code'), message: takenCode(`induk ${parentOf}`, ctx) })
        else problems.push({ row: first.line, column: columnName(parentGiven ? 'parent' : 'code'), message: `Induk ${parentOf} tahun ${String(year)} tidak ada di berkas ini maupun di data ${ctx.opd.name}` })
      }
    }
    // The target (sasaran) by its statement, among this OPD's; kept from the stored document when left empty.
    const targetText = text(first.cells.target)
    let target: unknown = existing?.target ?? undefined
    if (targetText) {
      const match = targets.find((t) => norm(String(t.statement)) === norm(targetText))
      if (match) target = match.id
      else problems.push({ row: first.line, column: columnName('target'), message: `Sasaran "${targetText.slice(0, 80)}" tidak ada di sasaran ${ctx.opd.name}; tulis persis seperti di menu Sasaran` })
    }
    const indicators: Record<string, unknown>[] = []
    const itemRows: number[] = []
    for (const row of group) {
      const cells = { name: parts(row.cells.indicatorName), unit: parts(row.cells.indicatorUnit), target: parts(row.cells.indicatorTarget), realised: parts(row.cells.indicatorRealised), year: parts(row.cells.indicatorYear) }
      const count = cells.name.length
      for (const [k, list] of Object.entries(cells)) {
        const column = { name: 'indicatorName', unit: 'indicatorUnit', target: 'indicatorTarget', realised: 'indicatorRealised', year: 'indicatorYear' }[k]!
        if (count > 0 && list.length > 0 && list.length !== count) problems.push({ row: row.line, column: columnName(column), message: `Berisi ${list.length} nilai dipisah "|" untuk ${count} indikator; jumlahnya harus sama` })
      }
      for (let i = 0; i < Math.max(count, row === first && count === 0 ? 1 : 0); i++) {
        indicators.push({ name: cells.name[i], unit: cells.unit[i], year: number(cells.year[i]) ?? year, target: number(cells.target[i]), realised: number(cells.realised[i]) })
        itemRows.push(row.line)
      }
    }
    const data = {
      opd: ctx.opd.id,
      level: docLevel,
      code,
      name: text(first.cells.name),
      year,
      parent,
      target,
      personInCharge: text(first.cells.personInCharge),
      indicators,
      schedule: text(first.cells.schedule),
      ceiling: number(first.cells.ceiling),
      fundingSource: fundingSource(first.cells.fundingSource),
      ownerUnit: text(first.cells.ownerUnit) ?? ctx.ownerUnit ?? (existing?.ownerUnit as string | undefined),
      lastReviewedAt: ctx.today,
    }
    drafts.push({ key, title: `${code ?? '?'} ${data.name ?? ''}`.trim(), rows: group.map((r) => r.line), data, itemRows, existing, flags: [] })
  }
  // Parents first, so that a child can point at the document its parent became.
  const depth = (d: Draft) => ['programme', 'activity', 'sub_activity'].indexOf(String(d.data.level))
  return drafts.sort((a, b) => depth(a) - depth(b))
}

/** Service catalogue: one service per row, known by its slug (the address of its page). */
const serviceDrafts = async (ctx: Context): Promise<Draft[]> => {
  const { table, problems, columnName } = ctx
  const slugs = table.rows.map((row) => text(row.cells.slug) ?? (text(row.cells.name) ? slugify(row.cells.name!) : undefined))
  const wanted = [...new Set(slugs.filter((s) => s !== undefined))]
  const found = wanted.length ? await findAll(ctx, 'services', { slug: { in: wanted } }) : []
  const seen = new Map<string, number>()
  return table.rows.map((row, i) => {
    const slug = slugs[i]
    const cells = row.cells
    if (slug && seen.has(slug)) problems.push({ row: row.line, column: columnName(text(cells.slug) ? 'slug' : 'name'), message: `Layanan dengan slug "${slug}" sudah ada di baris ${seen.get(slug)}; setiap layanan satu baris` })
    else if (slug) seen.set(slug, row.line)
    const match = found.find((s) => s.slug === slug)
    const existing = match && String(refId(match.opd)) === String(ctx.opd.id) ? match : undefined
    if (match && !existing) problems.push({ row: row.line, column: columnName(text(cells.slug) ? 'slug' : 'name'), message: `Slug "${slug}" sudah dipakai layanan lain; beri slug lain di kolom Slug` })
    const data = {
      kind: 'internal',
      opd: ctx.opd.id,
      name: text(cells.name),
      slug,
      category: category(cells.category),
      summary: text(cells.summary),
      components: {
        requirements: text(cells.requirements),
        procedure: text(cells.procedure),
        completionTime: text(cells.completionTime),
        cost: { amount: number(cells.costAmount), basis: text(cells.costBasis) },
        product: text(cells.product),
        complaints: text(cells.complaints),
        legalBasis: text(cells.legalBasis),
        facilities: text(cells.facilities),
        competence: text(cells.competence),
        supervision: text(cells.supervision),
        staffCount: number(cells.staffCount),
        guarantee: text(cells.guarantee),
        security: text(cells.security),
        evaluation: text(cells.evaluation),
      },
      pledge: text(cells.pledge),
      onlineUrl: text(cells.onlineUrl),
      location: text(cells.location),
      ownerUnit: text(cells.ownerUnit) ?? ctx.ownerUnit ?? (existing?.ownerUnit as string | undefined),
      lastReviewedAt: ctx.today,
    }
    return { key: slug ?? `baris ${row.line}`, title: String(data.name ?? slug ?? `baris ${row.line}`), rows: [row.line], data, itemRows: [row.line], existing, flags: [] }
  })
}

/** The column and row a path of the document comes from. */
const locate = (kind: SheetKind, columns: Map<string, string>, draft: Pick<Draft, 'rows' | 'itemRows'>, path: readonly PropertyKey[]): { row: number; column?: string } => {
  const dotted = path.map((p) => (typeof p === 'number' || /^\d+$/.test(String(p)) ? '*' : String(p))).join('.')
  const item = path.find((p) => typeof p === 'number' || /^\d+$/.test(String(p)))
  const row = item !== undefined && draft.itemRows[Number(item)] !== undefined ? draft.itemRows[Number(item)]! : draft.rows[0]!
  const column = COLUMNS[kind].find((c) => c.path === dotted) ?? COLUMNS[kind].find((c) => c.path && dotted.startsWith(`${c.path}.`))
  if (column) return { row, column: columns.get(column.key) ?? column.header }
  if (dotted === 'lines') return { row }
  return { row, column: dotted }
}

/** A document checked as a form save checks it (the type's zod fields and cross rules), problems by row and column. */
const check = (ctx: Context, draft: Draft) => {
  const type = TYPES[ctx.kind]
  const doc = dropNulls(forSchema(draft.data)) as Record<string, unknown>
  const parsed = type.fields.safeParse(doc, { reportInput: true })
  // Cross rules too on a document with bad fields (as the form's field validation does): every bad row at once.
  const issues = [...(parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, message: issueMessage(i, 'id') }))), ...type.check((parsed.success ? parsed.data : doc) as never).map((i) => ({ path: i.path, message: i.message.id }))]
  for (const issue of issues) {
    const where = locate(ctx.kind, ctx.table.columns, draft, issue.path)
    // A file without the column (SIPD's has none) gets the owner unit from the form or --unit.
    const hint = issue.path[0] === 'ownerUnit' ? ': isi kolom "Unit Penanggung Jawab" atau pilihan unit penanggung jawab (jabatan/bidang, bukan nama orang)' : ''
    ctx.problems.push({ ...where, message: `${issue.message}${hint}` })
  }
}

/**
 * What importing `sheet` (the rows of a file) as `kind` into `opd` would do: every document it would create
 * or update (drafts), those already as the file says, and every problem by row and column. Reads only.
 */
export const analyseSheet = async (req: PayloadRequest, kind: SheetKind, sheet: string[][], opd: ImportOpd, options: { ownerUnit?: string } = {}): Promise<Analysis> => {
  const table = findTable(kind, sheet)
  if ('problems' in table) return { kind, layout: 'templat', opd, documents: [], problems: table.problems, skipped: 0, columns: new Map() }
  const problems: FileProblem[] = []
  const ctx: Context = { req, kind, opd, table, problems, columnName: (key) => table.columns.get(key) ?? COLUMNS[kind].find((c) => c.key === key)!.header, ownerUnit: text(options.ownerUnit), today: todayInJakarta() }
  let layout: Analysis['layout'] = 'templat'
  let skipped = 0
  let drafts: Draft[]
  if (kind === 'budget-realisations') ({ drafts, layout, skipped } = await realisationDrafts(ctx))
  else if (kind === 'programmes') drafts = await programmeDrafts(ctx)
  else drafts = await serviceDrafts(ctx)
  if (drafts.length === 0 && problems.length === 0) problems.push({ row: 0, message: 'Tidak ada baris data di bawah baris judul' })
  for (const draft of drafts) check(ctx, draft)
  // Stored documents under review cannot be changed by their OPD (cms/workflow/states.ts): say so now, not at commit.
  const user = activeUser(req)
  if (user) {
    for (const draft of drafts) {
      if (!draft.existing) continue
      const state = (draft.existing.workflowState ?? (draft.existing._status === 'published' ? 'published' : 'draft')) as State
      const outcome = editOutcome(user, state)
      if ('refusal' in outcome) problems.push({ row: draft.rows[0]!, message: `${draft.title}: ${outcome.refusal.message.id}` })
    }
  }
  // One message per cell: a code already reported as unknown is not also reported as an empty relation.
  const cells = new Set<string>()
  const distinct = problems.filter((p) => {
    const cell = p.column === undefined ? undefined : `${p.row}|${p.column}`
    if (cell === undefined) return true
    if (cells.has(cell)) return false
    cells.add(cell)
    return true
  })
  distinct.sort((a, b) => a.row - b.row)
  const documents = drafts.map((draft): PlannedDocument => {
    const existing = draft.existing
    const changed = existing === undefined ? [] : CONTENT_KEYS[kind].filter((k) => !same(draft.data[k], existing[k]))
    return {
      action: existing === undefined ? 'create' : changed.length ? 'update' : 'unchanged',
      changed,
      collection: kind,
      ...(existing ? { id: existing.id as number | string } : {}),
      key: draft.key,
      title: draft.title,
      rows: draft.rows,
      itemRows: draft.itemRows,
      data: draft.data,
      flags: draft.flags,
    }
  })
  return { kind, layout, opd, documents, problems: distinct, skipped, columns: table.columns }
}

/** Thrown by `commitImport` when a write is refused; nothing was written. */
export class ImportRefused extends Error {
  override name = 'ImportRefused'
  constructor(readonly problems: FileProblem[]) {
    super(problems.map((p) => p.message).join('; '))
  }
}

/**
 * Writes an analysis without problems as drafts of its OPD, in one transaction: the signed-in user's access,
 * the review workflow (cms/workflow/gate.ts) and the audit log apply as to any form save. Documents
 * already as the file says are left alone. Throws ImportRefused, having written nothing, if any write fails.
 */
export const commitImport = async (req: PayloadRequest, analysis: Analysis, onProgress: (done: number, total: number) => void = () => {}) => {
  if (analysis.problems.length) throw new ImportRefused(analysis.problems)
  const writes = analysis.documents.filter((d) => d.action !== 'unchanged')
  const made = new Map<string, number | string>()
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve)
    if (value && typeof value === 'object') {
      if ('pendingCode' in value) return made.get((value as Pending).pendingCode)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]))
    }
    return value
  }
  const user = activeUser(req)
  const owned = await initTransaction(req)
  const written: { action: 'create' | 'update'; id: number | string; title: string }[] = []
  let current: PlannedDocument | undefined
  try {
    for (const [i, doc] of writes.entries()) {
      current = doc
      // What the file leaves empty is emptied: the stored document ends up as the file says (null clears a field).
      const data = Object.fromEntries(Object.entries({ ...doc.data }).map(([k, v]) => [k, resolve(v) ?? null]))
      const common = { collection: doc.collection as CollectionSlug, data: data as never, draft: true, depth: 0, req, ...(user ? { user: req.user, overrideAccess: false } : { overrideAccess: true }) }
      const saved = doc.action === 'create' ? await req.payload.create(common) : await req.payload.update({ ...common, id: doc.id! })
      made.set(doc.key, saved.id)
      written.push({ action: doc.action as 'create' | 'update', id: saved.id, title: doc.title })
      onProgress(i + 1, writes.length)
    }
    if (owned) await commitTransaction(req)
  } catch (error) {
    if (owned) await killTransaction(req)
    const row = current?.rows[0] ?? 0
    if (error instanceof ValidationError) {
      throw new ImportRefused(
        error.data.errors.map((e) => {
          const path = e.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
          return { ...(current ? locate(analysis.kind, analysis.columns, current, path) : { row }), message: e.message }
        }),
      )
    }
    const status = (error as { status?: number }).status
    if (status === 403 || status === 409) throw new ImportRefused([{ row, message: `${current?.title ?? ''}: ${(error as Error).message}` }])
    throw error
  }
  return { written, unchanged: analysis.documents.length - writes.length }
}
