import type { Category, ComplianceReport } from './engine.ts'

/** One stored day: the report as it stood that day. */
export interface StoredReport {
  at: string
  report: Pick<ComplianceReport, 'opds'>
}

/**
 * The day each of an OPD's current failures began: the first day of the unbroken run of daily reports,
 * ending with the latest, in which that rule failed. Days without a report do not break a run.
 */
export const failingSince = (history: readonly StoredReport[], slug: string): Record<string, string> => {
  const days = [...history].sort((a, b) => (a.at < b.at ? -1 : 1))
  const failedOn = (day: StoredReport) => new Set(day.report.opds.find((o) => o.slug === slug)?.failures.map((f) => f.rule) ?? [])
  const since: Record<string, string> = {}
  const latest = days.at(-1)
  if (!latest) return since
  for (const rule of failedOn(latest)) {
    let start = latest.at
    for (let i = days.length - 2; i >= 0 && failedOn(days[i]!).has(rule); i--) start = days[i]!.at
    since[rule] = start
  }
  return since
}

/** An OPD's score at the last stored day of each of the last `months` months (oldest first). */
export const monthlyTrend = (history: readonly StoredReport[], slug: string, months = 12): { month: string; score: number; category: Category }[] => {
  const lastOfMonth = new Map<string, StoredReport>()
  for (const day of [...history].sort((a, b) => (a.at < b.at ? -1 : 1))) lastOfMonth.set(day.at.slice(0, 7), day)
  return [...lastOfMonth.entries()]
    .slice(-months)
    .flatMap(([month, day]) => {
      const opd = day.report.opds.find((o) => o.slug === slug)
      return opd ? [{ month, score: opd.score, category: opd.category }] : []
    })
}
