import { describe, expect, it } from 'vitest'
import { applyOverrides, evaluate, RULEBOOK_VERSION, RULES } from '../../schemas/compliance/index.ts'
import { AT, BREAKS, completeContent } from '../fixtures/compliance.ts'

const reason = 'Penyesuaian untuk uji coba.'

describe('overrides of the compliance rules', () => {
  it('leaves the defaults and their version when there are none', () => {
    expect(applyOverrides([])).toEqual({ rules: RULES, version: RULEBOOK_VERSION, warnings: [] })
  })

  it('switches a rule off, changes a weight or a window, and names the result in the version', () => {
    const { rules, version, warnings } = applyOverrides([
      { rule: 'opd.ppid.laporan', enabled: false, reason },
      { rule: 'opd.realisasi.triwulan', maxAgeDays: 120, weight: 5, reason },
    ])
    expect(rules.map((r) => r.id)).not.toContain('opd.ppid.laporan')
    expect(rules.find((r) => r.id === 'opd.realisasi.triwulan')).toMatchObject({ weight: 5, check: { kind: 'realisation', maxAgeDays: 120 } })
    expect(version).toMatch(new RegExp(`^${RULEBOOK_VERSION.replaceAll('.', '\\.')}\\+[0-9a-f]{8}$`))
    expect(applyOverrides([{ rule: 'opd.realisasi.triwulan', maxAgeDays: 120, weight: 5, reason: 'Alasan lain yang berbeda.' }, { rule: 'opd.ppid.laporan', enabled: false, reason }]).version).toBe(version)
    expect(applyOverrides([{ rule: 'opd.realisasi.triwulan', maxAgeDays: 121, reason }]).version).not.toBe(version)
    expect(warnings).toEqual([])
    // The report follows: an OPD without last year's report no longer fails, and a 100-day-old realisation passes.
    const content = completeContent()
    BREAKS['opd.ppid.laporan']!(content)
    content.units.lengkap!['budget-realisations']![0]!.positionDate = '2026-08-20'
    const report = evaluate(rules, version, content, AT, warnings)
    expect(report.opds.find((o) => o.slug === 'lengkap')).toMatchObject({ score: 100, failures: [] })
    expect(report.rulebookVersion).toBe(version)
  })

  it('flags an override that loosens a rule past the law, or switches off one the law requires', () => {
    const { warnings } = applyOverrides([
      { rule: 'opd.profil.segar', maxAgeDays: 365, reason },
      { rule: 'opd.ppid.daftar', enabled: false, reason },
      { rule: 'opd.layanan.segar', maxAgeDays: 400, reason },
    ])
    expect(warnings.map((w) => w.id)).toEqual([
      'Aturan opd.profil.segar dilonggarkan menjadi 365 hari, melewati batas hukum 183 hari',
      'Aturan opd.ppid.daftar dimatikan, padahal diwajibkan undang-undang',
    ])
    expect(evaluate(RULES, 'x', completeContent(), AT, warnings).warnings).toEqual(warnings)
  })
})
