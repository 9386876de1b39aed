import { describe, expect, it } from 'vitest'
import { budgetTotals, ikm, ikmGrade, realisationPercent, SKM_ELEMENTS, type SkmElement } from '../../schemas/index.ts'

/** Score sums giving every element the same total. */
const sums = (total: number) => Object.fromEntries(Object.keys(SKM_ELEMENTS).map((k) => [k, total])) as Record<SkmElement, number>

/** Score sums whose IKM is exactly `target` (hundredths) for 900 respondents: 9 elements x 900 answers. */
const sumsFor = (totalOfAllElements: number) => {
  const keys = Object.keys(SKM_ELEMENTS) as SkmElement[]
  const base = Math.floor(totalOfAllElements / 9)
  let rest = totalOfAllElements - base * 9
  return Object.fromEntries(keys.map((k) => [k, base + (rest-- > 0 ? 1 : 0)])) as Record<SkmElement, number>
}

describe('IKM (Permenpan RB 14/2017)', () => {
  it('computes NRR x 1/9 x 25 from score sums', () => {
    expect(ikm(sums(400), 100)).toBe(100)
    expect(ikm(sums(100), 100)).toBe(25)
    expect(ikm(sums(300), 100)).toBe(75)
  })

  // With 900 respondents, IKM = 2500 x total / 8100, so total = IKM x 3.24 gives exact hundredths.
  it.each([
    [88.31, 'A', 'Sangat Baik'],
    [88.3, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [65.0, 'C', 'Kurang Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [25.0, 'D', 'Tidak Baik'],
  ])('IKM %d is grade %s (%s)', (value, grade, label) => {
    const total = Math.round(value * 324)
    const score = ikm(sumsFor(total), 900)
    expect(score).toBe(value)
    expect(ikmGrade(score)?.grade).toBe(grade)
    expect(ikmGrade(score)?.label.id).toBe(label)
  })

  it('rounds an exact half up', () => {
    // 2500 x 9009 / (9 x 1000) = 2502.5 hundredths exactly
    expect(ikm(sumsFor(9009), 1000)).toBe(25.03)
  })
})

describe('budget', () => {
  it('computes realisation percent from the current ceiling', () => {
    expect(realisationPercent(50, 200)).toBe(25)
    expect(realisationPercent(1, 3)).toBe(33.33)
    expect(realisationPercent(2, 3)).toBe(66.67)
    expect(realisationPercent(10, 0)).toBeNull()
  })

  it('totals lines exactly to the rupiah, using revised ceilings where they exist', () => {
    const totals = budgetTotals([
      { originalCeiling: 1_000_000_001, realisation: 333_333_333 },
      { originalCeiling: 500_000_000, revisedCeiling: 750_000_000, realisation: 700_000_000 },
    ])
    expect(totals).toEqual({ originalCeiling: 1_500_000_001, ceiling: 1_750_000_001, realisation: 1_033_333_333, percent: 59.05 })
  })
})

describe('vocabularies', () => {
  it('use values that GraphQL returns unchanged (identifiers)', async () => {
    const schemas = await import('../../schemas/index.ts')
    const values = Object.values(schemas).flatMap((v) => ((v as { values?: unknown }).values && Array.isArray((v as { values: unknown[] }).values) ? ((v as { values: string[] }).values) : []))
    expect(values.length).toBeGreaterThan(50)
    expect(values.filter((v) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v))).toEqual([])
  })
})
