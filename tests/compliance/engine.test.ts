import { describe, expect, it } from 'vitest'
import { categoryOf, evaluate, PAPER_FINDINGS, RULEBOOK_VERSION, RULES, type Rule } from '../../schemas/compliance/index.ts'
import { PLAN_RULES } from '../../schemas/index.ts'
import { ALSO_FAILS, AT, BREAKS, completeContent, paperScenario } from '../fixtures/compliance.ts'

const report = (content = completeContent(), at = AT, rules: readonly Rule[] = RULES) => evaluate(rules, RULEBOOK_VERSION, content, at)
const complete = (r: ReturnType<typeof report>) => r.opds.find((o) => o.slug === 'lengkap')!
const failedRules = (r: ReturnType<typeof report>) => [...new Set([...r.province.failures, ...complete(r).failures].map((f) => f.rule))].sort()

describe('the compliance rulebook', () => {
  it('gives every rule a stable id, bilingual title and fix, a legal basis and a positive weight', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
    for (const rule of RULES) {
      expect(rule.title.id && rule.title.en && rule.fix.id && rule.fix.en, rule.id).toBeTruthy()
      expect(rule.legalBasis.length, rule.id).toBeGreaterThan(0)
      expect(rule.weight, rule.id).toBeGreaterThan(0)
    }
  })

  it('carries the unverified flag of the facts STANDARD.md could not check', () => {
    for (const rule of RULES.filter((r) => r.check.kind === 'plan')) {
      const planType = (rule.check as { planType: keyof typeof PLAN_RULES }).planType
      expect(Boolean(rule.unverified), rule.id).toBe(Boolean(PLAN_RULES[planType].unverified))
    }
  })

  it('has a failing fixture for every rule', () => expect(Object.keys(BREAKS).sort()).toEqual(RULES.map((r) => r.id).sort()))
})

describe('the compliance engine', () => {
  it('scores content that meets every obligation 100, Informatif', () => {
    const r = report()
    expect(r.province).toMatchObject({ score: 100, category: 'informatif', failures: [] })
    for (const opd of r.opds) expect(opd, opd.slug).toMatchObject({ score: 100, category: 'informatif', failures: [] })
    expect(r).toMatchObject({ at: AT, rulebookVersion: RULEBOOK_VERSION, summary: { categories: { informatif: 2 }, mostFailed: [] } })
  })

  it.each(Object.keys(BREAKS))('fails %s, with its legal basis and a reason, when its obligation is broken', (rule) => {
    const content = completeContent()
    BREAKS[rule]!(content)
    const r = report(content)
    expect(failedRules(r)).toEqual([rule, ...(ALSO_FAILS[rule] ?? [])].sort())
    const failure = [...r.province.failures, ...complete(r).failures].find((f) => f.rule === rule)!
    expect(failure.legalBasis.length).toBeGreaterThan(0)
    expect(failure.message.id.length).toBeGreaterThan(10)
  })

  it('measures freshness from --at: the last day inside a window passes, the next fails', () => {
    const content = completeContent()
    content.units.lengkap!['budget-realisations']![0]!.positionDate = '2026-08-28'
    expect(failedRules(report(content))).toEqual([])
    expect(failedRules(report(content, '2026-11-29'))).toEqual(['opd.realisasi.triwulan'])
    const deadline = complete(report(content)).deadlines.find((d) => d.rule === 'opd.realisasi.triwulan')
    expect(deadline).toEqual({ rule: 'opd.realisasi.triwulan', due: '2026-11-28', overdue: false })
    expect(complete(report(content, '2026-11-29')).deadlines.find((d) => d.rule === 'opd.realisasi.triwulan')!.overdue).toBe(true)
  })

  it('names the item, the field and how old it is', () => {
    const content = completeContent()
    BREAKS['opd.profil.segar']!(content)
    expect(complete(report(content)).failures).toEqual([
      expect.objectContaining({ rule: 'opd.profil.segar', item: 'Sekretariat', message: expect.objectContaining({ id: 'Terakhir ditinjau 2026-05-28 (184 hari lalu; batas 183 hari)' }) }),
    ])
  })

  it('names a broken link by item, field, address, since when and why, with where to fix it', () => {
    const content = completeContent()
    BREAKS['opd.tautan.aktif']!(content)
    expect(complete(report(content)).failures).toEqual([
      {
        rule: 'opd.tautan.aktif',
        legalBasis: ['UU 14/2008 Ps. 7 ayat (2)'],
        item: 'Layanan',
        ref: { type: 'services', id: 'sv' },
        message: expect.objectContaining({ id: 'Tautan https://lengkap.example.go.id/daftar (kolom onlineUrl) tidak dapat dibuka sejak 2026-11-20: HTTP 404' }),
      },
    ])
    // Only addresses the published content still holds count: a corrected address passes before its next check.
    content.units.lengkap!.services![0]!.onlineUrl = 'https://lengkap.example.go.id/baru'
    expect(failedRules(report(content))).toEqual([])
    // Without any check on record, nothing is known to be broken.
    BREAKS['opd.tautan.aktif']!(content)
    expect(failedRules(report({ ...content, links: undefined }))).toEqual([])
  })

  it('fails an OPD with a complaint past its deadline, and counts the next deadline of the open ones', () => {
    const content = completeContent()
    content.complaints = { lengkap: { received: 3, answered: 2, open: 1, overdue: 0, nextDue: '2026-12-02' } }
    expect(failedRules(report(content))).toEqual([])
    expect(complete(report(content)).deadlines).toContainEqual({ rule: 'opd.aduan.tepat_waktu', due: '2026-12-02', overdue: false })
    content.complaints = { lengkap: { received: 5, answered: 2, open: 3, overdue: 2, oldestOverdue: '2026-11-18', nextDue: '2026-11-18' } }
    const failure = complete(report(content)).failures.find((f) => f.rule === 'opd.aduan.tepat_waktu')!
    expect(failure.message.id).toBe('2 pengaduan melewati batas jawaban; yang terlama jatuh tempo 2026-11-18')
    expect(failure.legalBasis).toEqual(['UU 25/2009 Ps. 36-37', 'Perpres 76/2013'])
  })

  it('applies the service rules only to OPDs that serve the public', () => {
    const content = completeContent()
    content.units.internal!.services = []
    content.units.internal!['skm-results'] = []
    expect(report(content).opds.find((o) => o.slug === 'internal')!.score).toBe(100)
  })

  it('puts scores on the Komisi Informasi categories exactly at the boundaries', () => {
    expect([39.9, 40, 59.9, 60, 79.9, 80, 89.9, 90, 100].map(categoryOf)).toEqual([
      'tidak_informatif',
      'kurang_informatif',
      'kurang_informatif',
      'cukup_informatif',
      'cukup_informatif',
      'menuju_informatif',
      'menuju_informatif',
      'informatif',
      'informatif',
    ])
    // Weights giving 899 of 1000 score 89.9 (never rounded up into the next category).
    const weighted = (met: number, missed: number): Rule[] => [
      { ...RULES[0]!, id: 'met', weight: met, appliesTo: 'every_opd', check: { kind: 'exists', type: 'goals' } },
      { ...RULES[0]!, id: 'missed', weight: missed, appliesTo: 'every_opd', check: { kind: 'exists', type: 'datasets' } },
    ]
    for (const [met, missed, score, category] of [[899, 101, 89.9, 'menuju_informatif'], [900, 100, 90, 'informatif'], [8999, 1001, 89.9, 'menuju_informatif'], [399, 601, 39.9, 'tidak_informatif'], [400, 600, 40, 'kurang_informatif']] as const) {
      expect(complete(report(completeContent(), AT, weighted(met, missed)))).toMatchObject({ score, category })
    }
  })

  it('turns unreadable content into failures, never a crash', () => {
    const content = completeContent()
    const own = content.units.lengkap!
    own['opd-profiles']![0]!.lastReviewedAt = '2026-02-30'
    own.targets![0]!.goal = 'tidak-ada'
    own['budget-realisations']![0]!.positionDate = 'kemarin'
    own.programmes![0]!.indicators = undefined
    const r = report(content)
    expect(failedRules(r)).toEqual(['opd.profil.segar', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.tujuan.kaskade'])
    expect(complete(r).failures.find((f) => f.rule === 'opd.profil.segar')!.message.id).toContain('tanggal tidak sah: 2026-02-30')
  })

  it('summarises the province: OPDs per category and the rules failed most often', () => {
    const content = completeContent()
    BREAKS['opd.ppid.laporan']!(content)
    content.units.internal!['ppid-reports'] = []
    content.units.internal!.goals = []
    const r = report(content)
    expect(r.summary.mostFailed).toEqual([
      { rule: 'opd.ppid.laporan', opds: 2 },
      { rule: 'opd.tujuan.kaskade', opds: 1 },
    ])
    expect(r.summary.categories).toMatchObject({ informatif: 1, menuju_informatif: 1 })
  })

  it('fails exactly the rules the findings of the paper map to, on the state the paper describes', () => {
    const mapped = [...new Set(PAPER_FINDINGS.flatMap((f) => f.rules))].sort()
    for (const rule of mapped) expect(RULES.map((r) => r.id), rule).toContain(rule)
    expect(failedRules(report(paperScenario()))).toEqual(mapped)
  })
})
