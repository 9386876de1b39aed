import { describe, expect, it } from 'vitest'
import { failingSince, monthlyTrend, type StoredReport } from '../../schemas/compliance/index.ts'

/** A stored day in which the OPD `dkp` fails the given rules with the given score. */
const day = (at: string, score: number, rules: string[]): StoredReport => ({
  at,
  report: { opds: [{ slug: 'dkp', name: 'DKP', score, category: score >= 90 ? 'informatif' : 'menuju_informatif', met: [], deadlines: [], failures: rules.map((rule) => ({ rule, legalBasis: [], message: { id: '', en: '' } })) }] },
})

describe('compliance history', () => {
  it('dates each current failure from the start of its unbroken run of failing days', () => {
    const history = [day('2026-11-01', 100, []), day('2026-11-02', 90, ['a']), day('2026-11-03', 80, ['a', 'b']), day('2026-11-05', 80, ['a', 'b']), day('2026-11-04', 90, ['a'])]
    expect(failingSince(history, 'dkp')).toEqual({ a: '2026-11-02', b: '2026-11-05' })
    expect(failingSince([...history, day('2026-11-06', 100, [])], 'dkp')).toEqual({})
    expect(failingSince([], 'dkp')).toEqual({})
  })

  it('gives the score at the end of each of the last twelve months, oldest first', () => {
    const history = Array.from({ length: 14 }, (_, i) => {
      const month = new Date(Date.UTC(2025, 9 + i, 1)).toISOString().slice(0, 7)
      return [day(`${month}-01`, 50, ['x']), day(`${month}-28`, 60 + i, [])]
    }).flat()
    const trend = monthlyTrend(history, 'dkp')
    expect(trend).toHaveLength(12)
    expect(trend[0]).toEqual({ month: '2025-12', score: 62, category: 'menuju_informatif' })
    expect(trend.at(-1)).toEqual({ month: '2026-11', score: 73, category: 'menuju_informatif' })
    expect(monthlyTrend(history, 'lain')).toEqual([])
  })
})
