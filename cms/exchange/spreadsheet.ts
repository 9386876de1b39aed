import ExcelJS from 'exceljs'
import { addDataAndFileToRequest, type PayloadRequest } from 'payload'
import { toCsv } from '../../schemas/csv.ts'

/**
 * Reading uploaded spreadsheets (CSV and XLSX) safely, shared by every import: SKM answers
 * (cms/citizen/skmImport.ts) and the data imports (cms/exchange/sheetImport.ts).
 */

/** Caps on what an upload may be: bytes, unzipped bytes of an XLSX (a zip bomb is refused unopened), rows. */
export const LIMITS = { bytes: 5 * 1024 * 1024, unzipped: 50 * 1024 * 1024, rows: 50_000 }

/** A problem with the file, the row (1 = the first line of the file; 0 for the whole file) and the column. */
export interface FileProblem {
  row: number
  column?: string
  message: string
}

/** A problem as people read it: "Baris 7, kolom Pagu: ...". */
export const describeProblem = (p: FileProblem) => (p.row ? `Baris ${p.row}${p.column ? `, kolom ${p.column}` : ''}: ${p.message}` : p.message)

const MAX_LISTED = 500

/** The answer refusing a file: its first problems as people read them, and how many more there are. */
export const problemsResponse = (problems: FileProblem[], status = 400) =>
  Response.json({ errors: problems.slice(0, MAX_LISTED).map((p) => ({ ...p, message: describeProblem(p) })), more: Math.max(0, problems.length - MAX_LISTED) }, { status })

/**
 * The rows of the spreadsheet uploaded as `file` in a multipart request (other form fields land in
 * `req.data`), or the answer refusing it: an unreadable request, no file (`missing` says what to upload),
 * or a file `readRows` refuses.
 */
export const uploadedRows = async (req: PayloadRequest, missing: string, options?: { rowUnit?: string }): Promise<string[][] | Response> => {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    return Response.json({ errors: [{ message: 'Kiriman tidak dapat dibaca; unggah berkas lewat formulir impor' }] }, { status: 400 })
  }
  if (!req.file?.data) return Response.json({ errors: [{ message: missing }] }, { status: 400 })
  const read = await readRows(req.file.name, req.file.data, options)
  return 'problems' in read ? problemsResponse(read.problems) : read.rows
}

export const fail = (message: string): { problems: FileProblem[] } => ({ problems: [{ row: 0, message }] })

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
 * A cell as text; a date cell as its calendar day (YYYY-MM-DD), not JavaScript's long date string. A merged
 * range (a title across the sheet, a header over two columns) counts once, in its first cell, as in a CSV.
 */
const cellText = (cell: ExcelJS.Cell): string => {
  if (cell.isMerged && cell.master !== cell) return ''
  const value = cell.type === ExcelJS.ValueType.Formula ? (cell.result as unknown) : cell.value
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return cell.text.trim()
}

/**
 * The rows of an uploaded file: CSV (UTF-8, `,` or `;`) or XLSX (the first sheet), each cell as text.
 * Refused with a reason: too big, empty, not what its name says (a renamed file), a zip that would unpack
 * past the cap, text that is not UTF-8, more rows than the cap (counted as `rowUnit`, e.g. "responden").
 */
export const readRows = async (name: string, bytes: Buffer, { rowUnit = 'baris data' } = {}): Promise<{ rows: string[][] } | { problems: FileProblem[] }> => {
  if (bytes.length === 0) return fail('Berkas kosong')
  if (bytes.length > LIMITS.bytes) return fail(`Berkas ${(bytes.length / 1024 / 1024).toFixed(1)} MB; paling besar ${LIMITS.bytes / 1024 / 1024} MB`)
  const extension = name.toLowerCase().split('.').pop()
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50
  const tooMany = (count: number) => fail(`Terlalu banyak baris (${count}); paling banyak ${LIMITS.rows.toLocaleString('id-ID')} ${rowUnit} per berkas`)
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
    if (sheet.rowCount > LIMITS.rows + 1) return tooMany(sheet.rowCount)
    rows = []
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      rows[number - 1] = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1)))
    })
    rows = Array.from(rows, (row) => row ?? [])
  } else if (extension === 'csv') {
    if (zip) return fail('Berkas bernama .csv tetapi isinya berkas terkompresi (mungkin .xlsx); pilih berkas yang benar')
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '')
    if (text.includes('\uFFFD') || text.includes('\u0000')) return fail('Berkas bukan teks UTF-8 (mungkin Excel lama atau berkas biner); simpan ulang sebagai "CSV UTF-8"')
    rows = parseCsv(text)
    if (rows.length > LIMITS.rows + 1) return tooMany(rows.length)
  } else return fail(`Jenis berkas .${extension ?? ''} tidak didukung; unggah .csv atau .xlsx`)
  return { rows }
}

/** Rows as CSV the way Indonesian Excel opens it: `;`-separated, UTF-8 with a BOM, CRLF. */
export const toExcelCsv = (rows: string[][]) => `\uFEFF${toCsv(rows, ';')}`

/** Rows as an XLSX workbook of one sheet, header row in bold and frozen. */
export const toXlsx = async (sheetName: string, rows: string[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  for (const row of rows) sheet.addRow(row)
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((column) => (column.width = 22))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
