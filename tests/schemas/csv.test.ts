import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readRows, toXlsx } from '../../cms/exchange/spreadsheet.ts'
import { neutraliseFormula, toCsv } from '../../schemas/csv.ts'

const HYPERLINK = '=HYPERLINK("http://evil.example/x","klik")'
const FORMULA_START = /^[=+\-@\t\r]/

describe('CSV writer: formula cells are neutralised, numbers stay numbers', () => {
  it('prefixes text starting with = + - @, tab or CR with a single quote', () => {
    expect(toCsv([[HYPERLINK]])).toBe(`"'=HYPERLINK(""http://evil.example/x"",""klik"")"\r\n`)
    expect(toCsv([['+6281234567890', '@SUM(A1:A9)', '-2+3', '\t=1+1', '\r=1+1', 'cmd|calc']])).toBe(`'+6281234567890,'@SUM(A1:A9),'-2+3,'\t=1+1,"'\r=1+1",cmd|calc\r\n`)
    // The separator cannot start a new cell with a formula: the cell holding it is quoted whole.
    expect(toCsv([['a,=1+1']], ',')).toBe('"a,=1+1"\r\n')
    expect(toCsv([['x;=1+1']], ';')).toBe('"x;=1+1"\r\n')
  })

  it('leaves plain numbers as numbers (the realisation downloads hold negative figures), and other text as it is', () => {
    expect(toCsv([[-1500000, '-1500000', '-12.5', 2.5e-7, -1e21, '-', 0, '2026-09-30', 'Dinas Kesehatan', ' =1+1']])).toBe('-1500000,-1500000,-12.5,2.5e-7,-1e+21,-,0,2026-09-30,Dinas Kesehatan, =1+1\r\n')
    expect(neutraliseFormula('-12,5')).toBe("'-12,5")
    expect(neutraliseFormula('-1e5')).toBe("'-1e5")
    expect(toCsv([[{ a: '=1' }, null, undefined, true]])).toBe('"{""a"":""=1""}",,,true\r\n')
  })

  it('never lets a cell that a spreadsheet reads back start a formula, whatever the text (property)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\uFFFD') && !s.includes('\u0000'))
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (cells) => {
        const read = await readRows('x.csv', Buffer.from(toCsv([['a', 'b', 'c'], cells], ';')))
        expect('rows' in read).toBe(true)
        const back = (read as { rows: string[][] }).rows[1] ?? []
        // An empty last row is no row at all in CSV.
        if (cells.every((c) => c === '') && cells.length === 1) return
        expect(back).toEqual(cells.map(neutraliseFormula))
        for (const cell of back) if (FORMULA_START.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d+)?$|^-$/)
      }),
      { numRuns: 300 },
    )
  })

  it('writes XLSX cells as text, never as formulas, whatever the text', async () => {
    const bytes = await toXlsx('Templat', [['Nama Layanan', 'Ringkasan'], [HYPERLINK, '+1+1']])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const cell = workbook.worksheets[0]!.getCell('A2')
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe(HYPERLINK)
    expect(workbook.worksheets[0]!.getCell('B2').type).toBe(ExcelJS.ValueType.String)
  })
})
