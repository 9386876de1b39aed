import { SKM_ELEMENTS, type SkmElement } from './vocabularies.ts'

/** Rounds half away from zero to two decimals, the precision of published percentages and IKM. */
const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100

/** Current budget ceiling of a line: the revised ceiling once the revised budget exists, else the original. */
export const currentCeiling = (line: { originalCeiling: number; revisedCeiling?: number | null }): number =>
  line.revisedCeiling ?? line.originalCeiling

/** Financial realisation as a percentage of the current ceiling, two decimals; null when the ceiling is 0. */
export const realisationPercent = (realisation: number, ceiling: number): number | null =>
  ceiling > 0 ? round2((realisation / ceiling) * 100) : null

export interface BudgetTotals {
  /** Sum of the original (murni) ceilings. */
  originalCeiling: number
  /** Sum of the ceilings in force (revised where revised). */
  ceiling: number
  realisation: number
  percent: number | null
}

/** Sums budget lines (integers, so totals are exact to the rupiah). */
export const budgetTotals = (lines: readonly { originalCeiling: number; revisedCeiling?: number | null; realisation: number }[]): BudgetTotals => {
  let originalCeiling = 0
  let ceiling = 0
  let realisation = 0
  for (const line of lines) {
    originalCeiling += line.originalCeiling
    ceiling += currentCeiling(line)
    realisation += line.realisation
  }
  return { originalCeiling, ceiling, realisation, percent: realisationPercent(realisation, ceiling) }
}

/** NRR (nilai rata-rata) of one SKM element: sum of its 1-4 scores divided by the number of questionnaires. */
export const nrr = (scoreSum: number, respondents: number): number => scoreSum / respondents

export type SkmGrade = 'A' | 'B' | 'C' | 'D'

export const SKM_GRADES: readonly { grade: SkmGrade; min: number; label: { id: string; en: string } }[] = [
  { grade: 'A', min: 88.31, label: { id: 'Sangat Baik', en: 'Very good' } },
  { grade: 'B', min: 76.61, label: { id: 'Baik', en: 'Good' } },
  { grade: 'C', min: 65.0, label: { id: 'Kurang Baik', en: 'Poor' } },
  { grade: 'D', min: 25.0, label: { id: 'Tidak Baik', en: 'Bad' } },
]

/**
 * IKM (indeks kepuasan masyarakat) from the nine element score sums: SKM = sum of NRR x 1/9,
 * IKM = SKM x 25, rounded half-up to two decimals. Computed in integers so grade boundaries are exact.
 */
export const ikm = (scoreSums: Record<SkmElement, number>, respondents: number): number => {
  const total = (Object.keys(SKM_ELEMENTS) as SkmElement[]).reduce((sum, key) => sum + scoreSums[key], 0)
  // hundredths = round(2500 * total / (9 * respondents)), half-up, in integer arithmetic
  const denominator = 9 * respondents
  return Math.floor((2 * 2500 * total + denominator) / (2 * denominator)) / 100
}

/** Grade and label of an IKM value (Permenpan RB 14/2017); null below 25, which four-point answers cannot produce. */
export const ikmGrade = (value: number) => SKM_GRADES.find((g) => value >= g.min) ?? null
