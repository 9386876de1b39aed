import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readRows as readSkmRows } from '../../cms/citizen/skmImport.ts'
import { SHEET_KINDS, templateColumns, templateRows } from '../../cms/exchange/sheetImport.ts'
import { LIMITS, readRows, toExcelCsv, toXlsx } from '../../cms/exchange/spreadsheet.ts'

const root = path.join(import.meta.dirname, '../..')

describe('spreadsheet import: templates, documentation and the shared reader', () => {
  it('documents every template column, whether it is required and where it goes, in docs/IMPORT.md', () => {
    const doc = readFileSync(path.join(root, 'docs/IMPORT.md'), 'utf8')
    for (const kind of SHEET_KINDS) {
      const section = doc.slice(doc.indexOf(`### ${kind}:`), doc.indexOf('\n### ', doc.indexOf(`### ${kind}:`) + 1) >>> 0 || undefined)
      for (const column of templateColumns(kind)) {
        const line = section.split('\n').find((l) => l.startsWith(`| ${column.header} |`))
        expect(line, `${kind}: ${column.header}`).toBeDefined()
        expect(line!.split('|')[2]!.trim(), `${kind}: ${column.header} required`).toBe(column.required ? 'ya' : '')
        if (column.path) expect(line, `${kind}: ${column.header} path`).toContain(`\`${column.path}\``)
      }
    }
    expect(doc).toContain('UNVERIFIED')
  })

  it('writes templates as CSV and XLSX that the reader reads back as written', async () => {
    for (const kind of SHEET_KINDS) {
      const rows = templateRows(kind)
      expect(rows[0]).toHaveLength(rows[1]!.length)
      const fromCsv = await readRows('t.csv', Buffer.from(toExcelCsv(rows)))
      const fromXlsx = await readRows('t.xlsx', await toXlsx('Templat', rows))
      // Empty trailing example cells are not stored by XLSX: compare the cells that are there.
      expect(fromCsv).toEqual({ rows })
      expect('rows' in fromXlsx && fromXlsx.rows.map((r) => r.join('|').replace(/\|+$/, ''))).toEqual(rows.map((r) => r.join('|').replace(/\|+$/, '')))
    }
    // Quoting: the separator, quotes and line breaks inside a cell survive.
    const tricky = [['a;b', 'c "d"', 'e\nf']]
    expect(await readRows('x.csv', Buffer.from(toExcelCsv(tricky)))).toEqual({ rows: tricky })
  })

  it('reads date cells as calendar days and formulas as their result', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('A')
    sheet.addRow(['Tanggal Posisi', 'Jumlah'])
    sheet.addRow([new Date(Date.UTC(2026, 8, 30)), { formula: '1+1', result: 2 }])
    const read = await readRows('d.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))
    expect(read).toEqual({ rows: [['Tanggal Posisi', 'Jumlah'], ['2026-09-30', '2']] })
  })

  it('counts the row cap in rows for data imports and in respondents for SKM', async () => {
    const many = Buffer.from(`A;B\n${'1;2\n'.repeat(LIMITS.rows + 1)}`)
    const data = await readRows('a.csv', many)
    const skm = await readSkmRows('a.csv', many)
    expect('problems' in data && data.problems[0]!.message).toMatch(/paling banyak 50\.000 baris data per berkas$/)
    expect('problems' in skm && skm.problems[0]!.message).toMatch(/paling banyak 50\.000 responden per berkas$/)
    expect(await readRows('a.csv', Buffer.from([0x50, 0x4b]))).toEqual({ rows: [['PK']] })
  })

  it('reads the committed SIPD-like sample: title lines (merged across the sheet) above the table', async () => {
    const read = await readRows('sipd.xlsx', readFileSync(path.join(root, 'docs/samples/sipd-realisasi-sample.xlsx')))
    if (!('rows' in read)) throw new Error(JSON.stringify(read))
    expect(read.rows[0]!.filter(Boolean)).toEqual(['PEMERINTAH PROVINSI BANTEN'])
    expect(read.rows.slice(0, 5).map((r) => r.filter(Boolean).join(' '))).toEqual([
      'PEMERINTAH PROVINSI BANTEN',
      'LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN',
      'SKPD : 2.16.2.20.2.21.01.0000 Dinas Komunikasi, Informatika, Statistik dan Persandian',
      'Tahun Anggaran : 2026',
      'Posisi s.d. : 30 September 2026',
    ])
    expect(read.rows[6]).toEqual(expect.arrayContaining(['Kode Sub Kegiatan', 'Nama Sub Kegiatan', 'Jenis Belanja', 'Sumber Dana', 'Pagu', 'Realisasi', 'Keterangan']))
  })
})
