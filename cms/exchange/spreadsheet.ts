import { crc32, createInflateRaw } from 'node:zlib'
import ExcelJS from 'exceljs'
import { addDataAndFileToRequest, type PayloadRequest } from 'payload'
import { toCsv } from '../../schemas/csv.ts'

/**
 * Reading uploaded spreadsheets (CSV and XLSX) safely, shared by every import: SKM answers
 * (cms/citizen/skmImport.ts) and the data imports (cms/exchange/sheetImport.ts).
 */

/** Caps on what an upload may be: bytes, bytes an XLSX really inflates to (counted as it inflates), rows. */
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

const MAX_ENTRIES = 5000

interface ZipEntry {
  name: Buffer
  flags: number
  method: number
  time: number
  date: number
  /** The entry's compressed bytes, as far as the file holds them. */
  data: Buffer
  /** What the directory claims; only ever used to refuse early, never to accept. */
  declared: number
}

/**
 * The entries a zip's central directory lists, with their compressed bytes located through each local
 * header. Nothing is inflated. Undefined for a structure that cannot be read (or that this reader does not
 * take: zip64, encryption, methods other than stored and deflate).
 */
const zipEntries = (bytes: Buffer): ZipEntry[] | 'too many' | undefined => {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue
    const count = bytes.readUInt16LE(at + 10)
    if (count > MAX_ENTRIES) return 'too many'
    let offset = bytes.readUInt32LE(at + 16)
    const entries: ZipEntry[] = []
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return undefined
      const flags = bytes.readUInt16LE(offset + 8)
      const method = bytes.readUInt16LE(offset + 10)
      const compressed = bytes.readUInt32LE(offset + 20)
      const nameLength = bytes.readUInt16LE(offset + 28)
      const local = bytes.readUInt32LE(offset + 42)
      if (flags & 0x1 || (method !== 0 && method !== 8) || compressed === 0xffffffff || local === 0xffffffff) return undefined
      if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return undefined
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
      entries.push({
        name: bytes.subarray(offset + 46, offset + 46 + nameLength),
        flags,
        method,
        time: bytes.readUInt16LE(offset + 12),
        date: bytes.readUInt16LE(offset + 14),
        data: bytes.subarray(Math.min(start, bytes.length), Math.min(start + compressed, bytes.length)),
        declared: bytes.readUInt32LE(offset + 24),
      })
      offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32)
    }
    return entries
  }
  return undefined
}

class TooBig extends Error {}

/**
 * Inflates one entry as a stream, keeping nothing but a byte count and the CRC-32, and stops the moment
 * the output passes `budget` bytes: what a zip bomb costs is then a 64 KiB window, whatever it declares.
 */
const measureEntry = (entry: ZipEntry, budget: number): Promise<{ size: number; crc: number }> => {
  if (entry.method === 0) {
    if (entry.data.length > budget) return Promise.reject(new TooBig())
    return Promise.resolve({ size: entry.data.length, crc: crc32(entry.data) })
  }
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw()
    let size = 0
    let crc = 0
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > budget) {
        inflate.destroy(new TooBig())
        return
      }
      crc = crc32(chunk, crc)
    })
    inflate.on('error', reject)
    inflate.on('end', () => resolve({ size, crc }))
    inflate.end(entry.data)
  })
}

/** A fresh zip of exactly the entries measured, with their true sizes: what exceljs reads is what was checked. */
const rezip = (entries: { entry: ZipEntry; size: number; crc: number }[]): Buffer => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { entry, size, crc } of entries) {
    const header = (signature: number, length: number, fields: number) => {
      const b = Buffer.alloc(length)
      b.writeUInt32LE(signature, 0)
      b.writeUInt16LE(20, fields) // version needed: 2.0 (deflate)
      b.writeUInt16LE(entry.flags & 0x0800, fields + 2) // only the UTF-8 name flag: no data descriptor
      b.writeUInt16LE(entry.method, fields + 4)
      b.writeUInt16LE(entry.time, fields + 6)
      b.writeUInt16LE(entry.date, fields + 8)
      b.writeUInt32LE(crc >>> 0, fields + 10)
      b.writeUInt32LE(entry.data.length, fields + 14)
      b.writeUInt32LE(size, fields + 18)
      b.writeUInt16LE(entry.name.length, fields + 22)
      return b
    }
    const local = header(0x04034b50, 30, 4)
    const central = header(0x02014b50, 46, 6)
    central.writeUInt16LE(20, 4) // version made by
    central.writeUInt32LE(offset, 42)
    locals.push(local, entry.name, entry.data)
    centrals.push(central, entry.name)
    offset += local.length + entry.name.length + entry.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/**
 * An XLSX upload made safe to open: every entry inflated once as a stream against a cap on the bytes it
 * really produces (LIMITS.unzipped over all entries, never what the directory declares) and at most
 * MAX_ENTRIES entries, then packed again from the checked entries. Returns the zip exceljs may load, or
 * the problem.
 */
const checkedXlsx = async (bytes: Buffer): Promise<Buffer | { problems: FileProblem[] }> => {
  const tooBig = () => fail(`Berkas .xlsx terlalu besar setelah dibuka (lebih dari ${LIMITS.unzipped / 1024 / 1024} MB); simpan ulang sebagai .csv atau bagi menjadi beberapa berkas`)
  const entries = zipEntries(bytes)
  if (entries === 'too many') return fail(`Berkas .xlsx berisi terlalu banyak bagian (lebih dari ${MAX_ENTRIES}); simpan ulang dari Excel`)
  if (!entries) return fail('Berkas .xlsx rusak (struktur zip tidak terbaca)')
  // A directory that admits to more than the cap is refused unopened; one that claims less proves nothing.
  if (entries.reduce((sum, entry) => sum + entry.declared, 0) > LIMITS.unzipped) return tooBig()
  // Entries do not share bytes: all of them together fit in the file (else a re-packed copy could be gigabytes).
  if (entries.reduce((sum, entry) => sum + entry.data.length, 0) > bytes.length) return fail('Berkas .xlsx rusak (bagian-bagiannya saling tumpang tindih)')
  const measured: { entry: ZipEntry; size: number; crc: number }[] = []
  let budget = LIMITS.unzipped
  for (const entry of entries) {
    try {
      const { size, crc } = await measureEntry(entry, budget)
      budget -= size
      measured.push({ entry, size, crc })
    } catch (error) {
      return error instanceof TooBig ? tooBig() : fail('Berkas .xlsx rusak (isi terkompresinya tidak terbaca)')
    }
  }
  return rezip(measured)
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
    const checked = await checkedXlsx(bytes)
    if ('problems' in checked) return checked
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(checked as unknown as ArrayBuffer)
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
