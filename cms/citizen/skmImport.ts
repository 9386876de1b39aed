import { toCsv } from '../../schemas/csv.ts'
import { ikm, ikmGrade, nrr, SKM_ELEMENTS, type SkmElement } from '../../schemas/index.ts'
import { fail, readRows as readSheetRows, type FileProblem } from '../exchange/spreadsheet.ts'

const ELEMENTS = Object.keys(SKM_ELEMENTS) as SkmElement[]

export interface SkmTally {
  respondents: number
  scoreSums: Record<SkmElement, number>
  nrr: Record<SkmElement, number>
  ikm: number
  grade: string
  gradeLabel: string
}

/** Survey files are read like any spreadsheet (cms/exchange/spreadsheet.ts), the row cap counted in respondents. */
export const SKM_ROWS = { rowUnit: 'responden' }
export const readRows = (name: string, bytes: Buffer) => readSheetRows(name, bytes, SKM_ROWS)

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
export const TEMPLATE_CSV = toCsv([['No', ...ELEMENTS.map((e) => e.toUpperCase())], ['1', ...ELEMENTS.map(() => '4')]], ';')
