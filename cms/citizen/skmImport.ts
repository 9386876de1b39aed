import ExcelJS from 'exceljs'
import { ikm, ikmGrade, nrr, SKM_ELEMENTS, type SkmElement } from '../../schemas/index.ts'

/** Caps on what an upload may be: bytes, unzipped bytes of an XLSX (a zip bomb is refused unopened), rows. */
export const LIMITS = { bytes: 5 * 1024 * 1024, unzipped: 50 * 1024 * 1024, rows: 50_000 }

const ELEMENTS = Object.keys(SKM_ELEMENTS) as SkmElement[]

/** A problem with the file, the row (1 = the first line of the file; 0 for the whole file) and the column. */
export interface FileProblem {
  row: number
  column?: string
  message: string
}

export interface SkmTally {
  respondents: number
  scoreSums: Record<SkmElement, number>
  nrr: Record<SkmElement, number>
  ikm: number
  grade: string
  gradeLabel: string
}

const fail = (message: string): { problems: FileProblem[] } => ({ problems: [{ row: 0, message }] })

/** Total unzipped size and entry count from a zip's central directory, without inflating anything. */
const zipContents = (bytes: Buffer): { entries: number; unzipped: number } | undefined => {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue
    const entries = bytes.readUInt16LE(at + 10)
    let offset = bytes.readUInt32LE(at + 16)
    let unzipped = 0
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return undefined
      unzipped += bytes.readUInt32LE(offset + 24)
      offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32)
    }
    return { entries, unzipped }
  }
  return undefined
}

/** Splits CSV text into rows, with quoted fields ("a ""b"", c"), the separator `,` or `;` (Indonesian Excel). */
const parseCsv = (text: string): string[][] => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += c
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === separator) endCell()
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endCell()
      rows.push(row)
      row = []
    } else cell += c
  }
  if (cell !== '' || row.length > 0) {
    endCell()
    rows.push(row)
  }
  return rows
}

/**
 * The rows of an uploaded survey file: CSV (UTF-8, `,` or `;`) or XLSX (the first sheet), each cell as text.
 * Refused with a reason: too big, empty, not what its name says (a renamed file), a zip that would unpack
 * past the cap, text that is not UTF-8, too many rows.
 */
export const readRows = async (name: string, bytes: Buffer): Promise<{ rows: string[][] } | { problems: FileProblem[] }> => {
  if (bytes.length === 0) return fail('Berkas kosong')
  if (bytes.length > LIMITS.bytes) return fail(`Berkas ${(bytes.length / 1024 / 1024).toFixed(1)} MB; paling besar ${LIMITS.bytes / 1024 / 1024} MB`)
  const extension = name.toLowerCase().split('.').pop()
  const zip = bytes.readUInt32LE(0) === 0x04034b50
  let rows: string[][]
  if (extension === 'xlsx') {
    if (!zip) return fail('Berkas bernama .xlsx tetapi isinya bukan lembar kerja Excel; simpan ulang dari Excel sebagai .xlsx atau .csv')
    const contents = zipContents(bytes)
    if (!contents) return fail('Berkas .xlsx rusak (struktur zip tidak terbaca)')
    if (contents.unzipped > LIMITS.unzipped || contents.entries > 5000) return fail(`Berkas .xlsx terlalu besar setelah dibuka (${Math.round(contents.unzipped / 1024 / 1024)} MB; paling besar ${LIMITS.unzipped / 1024 / 1024} MB)`)
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    } catch {
      return fail('Berkas .xlsx tidak dapat dibaca sebagai lembar kerja Excel')
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) return fail('Berkas .xlsx tidak punya lembar kerja')
    if (sheet.rowCount > LIMITS.rows + 1) return fail(`Terlalu banyak baris (${sheet.rowCount}); paling banyak ${LIMITS.rows.toLocaleString('id-ID')} responden per berkas`)
    rows = []
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      rows[number - 1] = Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text.trim())
    })
    rows = Array.from(rows, (row) => row ?? [])
  } else if (extension === 'csv') {
    if (zip) return fail('Berkas bernama .csv tetapi isinya berkas terkompresi (mungkin .xlsx); pilih berkas yang benar')
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '')
    if (text.includes('\uFFFD') || text.includes('\u0000')) return fail('Berkas bukan teks UTF-8 (mungkin Excel lama atau berkas biner); simpan ulang sebagai "CSV UTF-8"')
    rows = parseCsv(text)
    if (rows.length > LIMITS.rows + 1) return fail(`Terlalu banyak baris (${rows.length}); paling banyak ${LIMITS.rows.toLocaleString('id-ID')} responden per berkas`)
  } else return fail(`Jenis berkas .${extension ?? ''} tidak didukung; unggah .csv atau .xlsx`)
  return { rows }
}

/**
 * Counts survey answers: one row per respondent under a header row naming U1 to U9 (other columns are
 * ignored), each answer 1-4. Every bad cell is reported by row and column; with any, nothing is counted.
 */
export const tallyResponses = (rows: string[][]): { tally: SkmTally } | { problems: FileProblem[] } => {
  const headerAt = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''))
  if (headerAt < 0) return fail('Berkas tidak berisi baris apa pun')
  const header = rows[headerAt]!.map((cell) => cell.trim().toUpperCase())
  const columns = ELEMENTS.map((element) => header.indexOf(element.toUpperCase()))
  const missing = ELEMENTS.filter((_, i) => columns[i]! < 0).map((e) => e.toUpperCase())
  if (missing.length) return { problems: [{ row: headerAt + 1, message: `Baris judul tidak memuat kolom ${missing.join(', ')}; unduh templat dan isi satu baris per responden` }] }
  const problems: FileProblem[] = []
  const scoreSums = Object.fromEntries(ELEMENTS.map((e) => [e, 0])) as Record<SkmElement, number>
  let respondents = 0
  rows.slice(headerAt + 1).forEach((row, i) => {
    if (row.every((cell) => cell.trim() === '')) return
    const line = headerAt + 2 + i
    const answers = ELEMENTS.map((element, j) => {
      const raw = (row[columns[j]!] ?? '').trim()
      if (!/^[1-4]$/.test(raw)) problems.push({ row: line, column: element.toUpperCase(), message: raw === '' ? 'kosong; isi 1 sampai 4' : `nilai harus 1, 2, 3 atau 4 (tertulis "${raw.slice(0, 20)}")` })
      return Number(raw)
    })
    respondents++
    ELEMENTS.forEach((element, j) => (scoreSums[element] += answers[j]!))
  })
  if (problems.length) return { problems }
  if (respondents === 0) return fail('Tidak ada baris jawaban di bawah baris judul')
  const value = ikm(scoreSums, respondents)
  const grade = ikmGrade(value)!
  return {
    tally: { respondents, scoreSums, nrr: Object.fromEntries(ELEMENTS.map((e) => [e, Math.round(nrr(scoreSums[e], respondents) * 1000) / 1000])) as Record<SkmElement, number>, ikm: value, grade: grade.grade, gradeLabel: grade.label.id },
  }
}

/** The template to fill: the header row and one example respondent. */
export const TEMPLATE_CSV = `No;${ELEMENTS.map((e) => e.toUpperCase()).join(';')}\r\n1;${ELEMENTS.map(() => '4').join(';')}\r\n`
