import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readRows, tallyResponses, TEMPLATE_CSV, type SkmTally } from '../../cms/citizen/skmImport.ts'
import { LIMITS } from '../../cms/exchange/spreadsheet.ts'
import { zipBomb } from '../helpers/zipBomb.ts'

const HEADER = ['No', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']

/** Nine respondents whose 81 answers add up to `total` (81 to 324). */
const ninePeople = (total: number): string[][] => {
  const answers = Array.from({ length: 81 }, () => 1)
  for (let extra = total - 81, i = 0; extra > 0; i++) {
    const add = Math.min(3, extra)
    answers[i] = 1 + add
    extra -= add
  }
  return [HEADER, ...Array.from({ length: 9 }, (_, r) => [String(r + 1), ...answers.slice(r * 9, r * 9 + 9).map(String)])]
}
const tally = (rows: string[][]): SkmTally => {
  const result = tallyResponses(rows)
  if (!('tally' in result)) throw new Error(JSON.stringify(result.problems))
  return result.tally
}
const csv = (text: string) => Buffer.from(text, 'utf8')

describe('importing raw satisfaction survey answers (SKM)', () => {
  it('computes NRR, IKM and grade exactly on a known sample, from CSV with ; and a BOM, ignoring other columns', async () => {
    const file = csv('\uFEFFNo;"Jenis kelamin";U1;U2;U3;U4;U5;U6;U7;U8;U9\r\n1;L;4;4;3;4;3;4;4;3;4\r\n2;P;3;3;3;4;3;3;4;3;3\r\n\r\n3;P;4;4;4;4;4;4;4;4;4\r\n4;L;2;3;3;3;3;3;3;3;2\r\n')
    const read = await readRows('skm-semester-2.csv', file)
    if (!('rows' in read)) throw new Error('unreadable')
    const result = tally(read.rows)
    expect(result.respondents).toBe(4)
    expect(result.scoreSums).toEqual({ u1: 13, u2: 14, u3: 13, u4: 15, u5: 13, u6: 14, u7: 15, u8: 13, u9: 13 })
    expect(result.nrr.u1).toBe(3.25)
    // 2500 x 123 / 36 = 8541.67 hundredths
    expect(result.ikm).toBe(85.42)
    expect([result.grade, result.gradeLabel]).toEqual(['B', 'Baik'])
  })

  it('puts IKM on each side of every grade boundary in the right grade', () => {
    const cases: [number, number, string][] = [
      [287, 88.58, 'A'],
      [286, 88.27, 'B'],
      [249, 76.85, 'B'],
      [248, 76.54, 'C'],
      [211, 65.12, 'C'],
      [210, 64.81, 'D'],
      [324, 100, 'A'],
      [81, 25, 'D'],
    ]
    for (const [total, value, grade] of cases) expect([tally(ninePeople(total)).ikm, tally(ninePeople(total)).grade], `total ${total}`).toEqual([value, grade])
  })

  it('names every bad answer by row and column, and counts nothing then', () => {
    const result = tallyResponses([HEADER, ['1', '4', '4', '4', '4', '4', '4', '4', '4', '4'], ['2', '5', '4', '', '4', '4', '4', 'empat', '4', '4']])
    expect(result).toEqual({
      problems: [
        { row: 3, column: 'U1', message: 'nilai harus 1, 2, 3 atau 4 (tertulis "5")' },
        { row: 3, column: 'U3', message: 'kosong; isi 1 sampai 4' },
        { row: 3, column: 'U7', message: 'nilai harus 1, 2, 3 atau 4 (tertulis "empat")' },
      ],
    })
    expect(tallyResponses([['No', 'U1', 'U2', 'U3'], ['1', '4', '4', '4']])).toEqual({ problems: [{ row: 1, message: expect.stringContaining('kolom U4, U5, U6, U7, U8, U9') }] })
    expect(tallyResponses([HEADER])).toEqual({ problems: [{ row: 0, message: 'Tidak ada baris jawaban di bawah baris judul' }] })
    expect(tallyResponses([])).toEqual({ problems: [{ row: 0, message: 'Berkas tidak berisi baris apa pun' }] })
  })

  it('reads the first sheet of an XLSX', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Jawaban')
    for (const row of ninePeople(287)) sheet.addRow(row.map((cell, i) => (i === 0 || cell.startsWith('U') || cell === 'No' ? cell : Number(cell))))
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const read = await readRows('jawaban.xlsx', bytes)
    if (!('rows' in read)) throw new Error(JSON.stringify(read))
    expect(tally(read.rows)).toMatchObject({ respondents: 9, ikm: 88.58, grade: 'A' })
  })

  it('refuses empty, oversized, renamed, binary and zip-bomb files with the reason, before parsing them', async () => {
    const reason = async (name: string, bytes: Buffer) => {
      const read = await readRows(name, bytes)
      return 'problems' in read ? read.problems[0]!.message : 'read'
    }
    expect(await reason('a.csv', Buffer.alloc(0))).toBe('Berkas kosong')
    expect(await reason('a.csv', Buffer.alloc(LIMITS.bytes + 1, 0x31))).toMatch(/paling besar 5 MB/)
    expect(await reason('laporan.xlsx', csv('No;U1\n1;4\n'))).toMatch(/isinya bukan lembar kerja Excel/)
    expect(await reason('jawaban.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toMatch(/isinya berkas terkompresi/)
    expect(await reason('jawaban.csv', Buffer.from([0x4e, 0x6f, 0x3b, 0xff, 0xfe, 0x00, 0x55, 0x31]))).toMatch(/bukan teks UTF-8/)
    expect(await reason('jawaban.pdf', csv('%PDF-1.7'))).toMatch(/\.pdf tidak didukung/)
    expect(await reason('jawaban.csv', csv(`${HEADER.join(';')}\n${'1;4;4;4;4;4;4;4;4;4\n'.repeat(LIMITS.rows + 1)}`))).toMatch(/Terlalu banyak baris/)

    const bomb = zipBomb()
    expect(await reason('bom.xlsx', bomb)).toMatch(/terlalu besar setelah dibuka/)
  })

  it('offers a template that its own reader accepts', async () => {
    const read = await readRows('templat.csv', csv(TEMPLATE_CSV))
    if (!('rows' in read)) throw new Error('unreadable')
    expect(tally(read.rows)).toMatchObject({ respondents: 1, ikm: 100, grade: 'A' })
  })
})
