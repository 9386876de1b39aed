import type { ComplianceReport, Failure } from './engine.ts'

/** A failure as people read it: the message in Bahasa Indonesia, the language of those who act on it. */
const failure = (f: Failure) => ({ rule: f.rule, legalBasis: f.legalBasis, message: f.message.id, ...(f.item ? { item: f.item } : {}) })

/** The report's JSON shape, the same on the command line and the public endpoint (documented in the README). */
export const reportJson = (report: ComplianceReport) => ({
  at: report.at,
  rulebookVersion: report.rulebookVersion,
  warnings: report.warnings.map((w) => w.id),
  province: { score: report.province.score, category: report.province.category, failures: report.province.failures.map(failure) },
  opds: report.opds.map((o) => ({ slug: o.slug, name: o.name, score: o.score, category: o.category, failures: o.failures.map(failure), deadlines: o.deadlines })),
  summary: report.summary,
})
