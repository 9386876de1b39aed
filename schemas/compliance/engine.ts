import { currentCeiling } from '../compute.ts'
import { refId } from '../formats.ts'
import { t, type Text } from '../text.ts'
import { PLAN_RULES, PLAN_TYPE } from '../vocabularies.ts'
import { externalLinks, titleOf, type ExternalLink, type LinkStatus } from './links.ts'
import type { Check, Rule } from './rulebook.ts'

type Doc = Record<string, unknown>

/**
 * What the engine reads: published content by unit (`''` for the province level, otherwise the OPD's slug)
 * and content type slug, plus the province record. The OPD register is `units[''].opds`.
 */
export interface ComplianceContent {
  province: Doc
  units: Record<string, Record<string, Doc[]>>
  /** The link checker's latest results; without them no address counts as broken. */
  links?: readonly LinkStatus[]
  /** Each OPD's complaint handling, and its handling of requests for information, by slug (counts only). */
  complaints?: Readonly<Record<string, ComplaintStats>>
  requests?: Readonly<Record<string, ComplaintStats>>
}

/** How an OPD handles complaints or requests for information: counted by the CMS (cms/citizen/stats.ts) and published as they are. */
export interface ComplaintStats {
  received: number
  answered: number
  /** Not yet answered; of which past their deadline. */
  open: number
  overdue: number
  /** The earliest deadline among the overdue, and among the open. */
  oldestOverdue?: string
  nextDue?: string
  /** Median working days from receipt to answer, over the answered ones. */
  medianDays?: number
}

/** Komisi Informasi monitoring categories (Perki 1/2022), highest first. */
export const CATEGORIES = [
  { id: 'informatif', label: t('Informatif', 'Informative'), min: 90 },
  { id: 'menuju_informatif', label: t('Menuju Informatif', 'Towards informative'), min: 80 },
  { id: 'cukup_informatif', label: t('Cukup Informatif', 'Fairly informative'), min: 60 },
  { id: 'kurang_informatif', label: t('Kurang Informatif', 'Less informative'), min: 40 },
  { id: 'tidak_informatif', label: t('Tidak Informatif', 'Not informative'), min: 0 },
] as const
export type Category = (typeof CATEGORIES)[number]['id']

export const categoryOf = (score: number): Category => CATEGORIES.find((c) => score >= c.min)!.id

export interface Failure {
  rule: string
  legalBasis: string[]
  message: Text
  /** The item concerned (its title), when the failure is about one item. */
  item?: string
  /** Where that item is edited: its content type (or `province`) and id. */
  ref?: { type: string; id: string }
}

export interface Deadline {
  rule: string
  due: string
  overdue: boolean
}

export interface UnitReport {
  slug: string
  name: string
  score: number
  category: Category
  met: string[]
  failures: Failure[]
  deadlines: Deadline[]
}

export interface ComplianceReport {
  at: string
  rulebookVersion: string
  /** Overrides that loosen a rule past the law (see applyOverrides). */
  warnings: Text[]
  province: Omit<UnitReport, 'slug' | 'name'>
  opds: UnitReport[]
  summary: { categories: Record<Category, number>; mostFailed: { rule: string; opds: number }[] }
}

interface Outcome {
  problems: Pick<Failure, 'message' | 'item' | 'ref'>[]
  due?: string
}

const DAY = 86_400_000
const parseDay = (value: unknown): number => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN
  // Date.UTC rolls 2026-02-30 over into March: a real day reads back the same.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== match![0]) throw new Error(`tanggal tidak sah: ${String(value)}`)
  return time
}
/** Today in Western Indonesian Time (UTC+7, no daylight saving): the default report date. */
export const todayInJakarta = (now = Date.now()): string => new Date(now + 7 * 3600_000).toISOString().slice(0, 10)

/** Whether a value is a real calendar day written YYYY-MM-DD (the report date). */
export const isReportDate = (value: string): boolean => {
  try {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDay(value) > 0
  } catch {
    return false
  }
}
const day = (time: number) => new Date(time).toISOString().slice(0, 10)
const ageInDays = (at: number, value: unknown) => Math.round((at - parseDay(value)) / DAY)
const refOf = (type: string, doc: Doc) => ({ type, id: String(doc.id) })
const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(refId(a)) === String(refId(b))

const TYPE_NAMES: Record<string, string> = {
  'opd-profiles': 'profil OPD',
  services: 'layanan publik',
  'ppid-entries': 'daftar informasi publik',
  'skm-results': 'hasil SKM',
}

/** What one unit is checked on: its content, the province-level content (plans, vision), the province's own record, its external links. */
interface Scope {
  unit: Record<string, Doc[]>
  province: Record<string, Doc[]>
  record: Doc
  links: ExternalLink[]
  status: ReadonlyMap<string, LinkStatus>
  complaints?: ComplaintStats
  requests?: ComplaintStats
}

const CHANNEL_NAMES = { complaints: t('pengaduan', 'complaints'), requests: t('permohonan informasi', 'requests for information') }

const run = (check: Check, { unit, province, record, links, status, ...channels }: Scope, at: number): Outcome => {
  const year = new Date(at).getUTCFullYear()
  const of = (type: string) => unit[type] ?? []
  switch (check.kind) {
    case 'exists':
      return { problems: of(check.type).length > 0 ? [] : [{ message: t(`Belum ada ${TYPE_NAMES[check.type] ?? check.type} yang dipublikasikan`, `No published ${check.type}`) }] }
    case 'fresh': {
      const docs = of(check.type)
      if (docs.length === 0) return { problems: [{ message: t(`Belum ada ${TYPE_NAMES[check.type] ?? check.type} untuk ditinjau`, `Nothing of ${check.type} to review`) }] }
      const problems = docs.flatMap((doc) => {
        const age = ageInDays(at, doc[check.field])
        return age > check.maxAgeDays ? [{ item: titleOf(doc), ref: refOf(check.type, doc), message: t(`Terakhir ditinjau ${String(doc[check.field])} (${age} hari lalu; batas ${check.maxAgeDays} hari)`, `Last reviewed ${String(doc[check.field])} (${age} days ago; limit ${check.maxAgeDays})`) }] : []
      })
      const due = Math.min(...docs.map((doc) => parseDay(doc[check.field]) + check.maxAgeDays * DAY))
      return { problems, due: day(due) }
    }
    case 'plan': {
      const label = PLAN_TYPE.labels[check.planType].id
      const source = PLAN_RULES[check.planType].level === 'province' ? province : unit
      const plans = (source['planning-documents'] ?? []).filter((d) => d.type === check.planType)
      const covering = plans.filter((d) => Number(d.periodStart) <= year && year <= Number(d.periodEnd))
      if (covering.some((d) => d.status === 'enacted')) return { problems: [] }
      if (covering.length > 0) return { problems: covering.map((d) => ({ item: titleOf(d), ref: refOf('planning-documents', d), message: t(`${label} ${year} belum berstatus ditetapkan`, `${label} ${year} is not enacted`) })) }
      return { problems: [{ message: t(plans.length > 0 ? `Tidak ada ${label} yang mencakup tahun ${year}` : `Belum ada ${label} yang dipublikasikan`, `No ${label} covering ${year}`) }] }
    }
    case 'realisation': {
      const docs = of('budget-realisations').filter((d) => Number(d.fiscalYear) === year)
      if (docs.length === 0) return { problems: [{ message: t(`Belum ada realisasi anggaran tahun ${year}`, `No budget realisation for ${year}`) }], due: day(Date.UTC(year, 0, 1) + check.maxAgeDays * DAY) }
      const latest = docs.map((d) => String(d.positionDate)).sort().at(-1)!
      const age = ageInDays(at, latest)
      return {
        problems: age > check.maxAgeDays ? [{ message: t(`Posisi realisasi terakhir ${latest} (${age} hari lalu; batas ${check.maxAgeDays} hari)`, `Latest position ${latest} (${age} days ago; limit ${check.maxAgeDays})`) }] : [],
        due: day(parseDay(latest) + check.maxAgeDays * DAY),
      }
    }
    case 'realisation_explained':
      return {
        problems: of('budget-realisations').flatMap((doc) =>
          ((doc.lines as Doc[] | undefined) ?? []).flatMap((line, i) =>
            Number(line.realisation) > currentCeiling(line as { originalCeiling: number; revisedCeiling?: number }) && !String(line.explanation ?? '').trim()
              ? [{ item: `${titleOf(doc)} baris ${i + 1}`, ref: refOf('budget-realisations', doc), message: t('Realisasi melebihi pagu tanpa penjelasan', 'Realisation above the ceiling without explanation') }]
              : [],
          ),
        ),
      }
    case 'programmes': {
      const current = of('programmes').filter((p) => Number(p.year) === year)
      if (current.length === 0) return { problems: [{ message: t(`Belum ada program tahun ${year}`, `No programmes for ${year}`) }] }
      return { problems: current.filter((p) => !Array.isArray(p.indicators) || p.indicators.length === 0).map((p) => ({ item: `${String(p.code)} ${String(p.name)}`, ref: refOf('programmes', p), message: t('Tanpa indikator', 'No indicator') })) }
    }
    case 'cascade': {
      const goals = of('goals')
      if (goals.length === 0) return { problems: [{ message: t('Belum ada tujuan yang terhubung ke misi RPJMD', 'No goal linked to an RPJMD mission') }] }
      const vision = (province.visions ?? []).find((v) => Number(v.periodStart) <= year && year <= Number(v.periodEnd))
      const missions = new Set(((vision?.missions as Doc[] | undefined) ?? []).map((m) => Number(m.number)))
      const targets = of('targets')
      const programmes = of('programmes').filter((p) => Number(p.year) === year)
      return {
        problems: [
          ...goals.filter((g) => !missions.has(Number(g.missionNumber))).map((g) => ({ item: titleOf(g), ref: refOf('goals', g), message: t(`Misi ${String(g.missionNumber)} tidak ada dalam visi yang berlaku`, `Mission ${String(g.missionNumber)} is not in the vision in force`) })),
          ...goals.filter((g) => !targets.some((s) => same(s.goal, g.id))).map((g) => ({ item: titleOf(g), ref: refOf('goals', g), message: t('Tujuan tanpa sasaran', 'Goal without targets') })),
          ...targets.filter((s) => !goals.some((g) => same(s.goal, g.id))).map((s) => ({ item: titleOf(s), ref: refOf('targets', s), message: t('Sasaran tidak terhubung ke tujuan yang dipublikasikan', 'Target not linked to a published goal') })),
          ...programmes.filter((p) => p.level === 'programme' && !targets.some((s) => same(p.target, s.id))).map((p) => ({ item: `${String(p.code)} ${String(p.name)}`, ref: refOf('programmes', p), message: t('Program tidak terhubung ke sasaran', 'Programme not linked to a target') })),
          ...programmes.filter((p) => p.level !== 'programme' && !programmes.some((q) => same(p.parent, q.id))).map((p) => ({ item: `${String(p.code)} ${String(p.name)}`, ref: refOf('programmes', p), message: t('Kegiatan atau sub kegiatan tanpa induk', 'Activity without its parent') })),
        ],
      }
    }
    case 'skm': {
      const ends = of('skm-results').map((r) => String(r.surveyEnd)).sort()
      if (ends.length === 0) return { problems: [{ message: t('Belum ada hasil SKM', 'No SKM result') }], due: day(at) }
      const latest = ends.at(-1)!
      const age = ageInDays(at, latest)
      return {
        problems: age > check.maxAgeDays ? [{ message: t(`SKM terakhir berakhir ${latest} (${age} hari lalu; batas ${check.maxAgeDays} hari)`, `Latest SKM ended ${latest} (${age} days ago)`) }] : [],
        due: day(parseDay(latest) + check.maxAgeDays * DAY),
      }
    }
    case 'ppid_report':
      return { problems: of('ppid-reports').some((r) => Number(r.year) === year - 1) ? [] : [{ message: t(`Belum ada laporan layanan informasi tahun ${year - 1}`, `No information-service report for ${year - 1}`) }] }
    case 'ppid_register': {
      const entries = of('ppid-entries').filter((e) => e.category !== 'dikecualikan')
      if (entries.length === 0) return { problems: [{ message: t('Daftar informasi publik masih kosong', 'The public information list is empty') }] }
      const periodic = entries.filter((e) => e.category === 'berkala')
      return {
        problems: periodic.flatMap((e) => {
          const age = ageInDays(at, e.lastReviewedAt)
          return age > check.maxAgeDays ? [{ item: titleOf(e), ref: refOf('ppid-entries', e), message: t(`Informasi berkala terakhir ditinjau ${String(e.lastReviewedAt)} (${age} hari lalu; batas ${check.maxAgeDays} hari)`, `Periodic entry last reviewed ${String(e.lastReviewedAt)}`) }] : []
        }),
        ...(periodic.length > 0 ? { due: day(Math.min(...periodic.map((e) => parseDay(e.lastReviewedAt) + check.maxAgeDays * DAY))) } : {}),
      }
    }
    case 'vision':
      return { problems: (province.visions ?? []).some((v) => Number(v.periodStart) <= year && year <= Number(v.periodEnd)) ? [] : [{ message: t(`Belum ada visi dan misi untuk tahun ${year}`, `No vision for ${year}`) }] }
    case 'complaint_channel':
      return { problems: /^https?:\/\/\S+$/.test(String(record.laporUrl ?? '')) ? [] : [{ message: t('Alamat SP4N-LAPOR! belum diisi: warga tidak punya kanal untuk menyampaikan pengaduan', 'No SP4N-LAPOR! address: citizens have no complaint channel') }] }
    case 'external_services':
      return { problems: (province.services ?? []).some((s) => s.kind === 'external') ? [] : [{ message: t('Belum ada layanan instansi vertikal di portal', 'No vertical-agency service on the portal') }] }
    case 'answered_in_time': {
      const counts = channels[check.channel]
      const due = counts?.nextDue ? { due: counts.nextDue } : {}
      if (!counts || counts.overdue === 0) return { problems: [], ...due }
      const name = CHANNEL_NAMES[check.channel]
      return {
        problems: [{ message: t(`${counts.overdue} ${name.id} melewati batas jawaban; yang terlama jatuh tempo ${counts.oldestOverdue}`, `${counts.overdue} ${name.en} past their answer deadline; the oldest was due ${counts.oldestOverdue}`) }],
        ...due,
      }
    }
    case 'links':
      return {
        problems: links.flatMap((link) => {
          const last = status.get(link.url)
          if (!last || last.ok) return []
          // The day in WIB, as the report date is.
          const since = todayInJakarta(Date.parse(String(last.brokenSince ?? last.checkedAt)))
          return [{
            item: link.item,
            ref: { type: link.type, id: link.id },
            message: t(`Tautan ${link.url} (kolom ${link.field}) tidak dapat dibuka sejak ${since}: ${last.error ?? `HTTP ${last.status}`}`, `Link ${link.url} (field ${link.field}) broken since ${since}: ${last.error ?? `HTTP ${last.status}`}`),
          }]
        }),
      }
  }
}

/** A rule's legal bases as people cite them, e.g. "UU 14/2008 Ps. 12". */
export const basis = (rule: Pick<Rule, 'legalBasis'>) => rule.legalBasis.map((b) => (b.article ? `${b.instrument} ${b.article}` : b.instrument))

/** One unit against the rules that apply to it. Content that cannot be read becomes a failure, never a crash. */
const evaluateUnit = (rules: readonly Rule[], scope: Scope, at: number) => {
  const failures: Failure[] = []
  const deadlines: Deadline[] = []
  const met: string[] = []
  let total = 0
  let earned = 0
  for (const rule of rules) {
    let outcome: Outcome
    try {
      outcome = run(rule.check, scope, at)
    } catch (error) {
      outcome = { problems: [{ message: t(`Data tidak dapat diperiksa: ${(error as Error).message}`, `Data cannot be checked: ${(error as Error).message}`) }] }
    }
    total += rule.weight
    if (outcome.problems.length === 0) {
      earned += rule.weight
      met.push(rule.id)
    }
    for (const problem of outcome.problems) failures.push({ rule: rule.id, legalBasis: basis(rule), ...problem })
    if (outcome.due) deadlines.push({ rule: rule.id, due: outcome.due, overdue: parseDay(outcome.due) < at })
  }
  // One decimal, so category boundaries (89.9 / 90) are exact.
  const score = total === 0 ? 100 : Math.floor((1000 * earned) / total) / 10
  return { score, category: categoryOf(score), met, failures, deadlines: deadlines.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)) }
}

/**
 * The compliance report: a pure function of the rulebook, the published content and the date (YYYY-MM-DD).
 * The same in the CMS, on the command line, in tests and at site-build time; reads no network.
 */
export const evaluate = (rules: readonly Rule[], version: string, content: ComplianceContent, at: string, warnings: Text[] = []): ComplianceReport => {
  const when = parseDay(at)
  const provinceUnit = content.units[''] ?? {}
  const register = [...(provinceUnit.opds ?? [])].sort((a, b) => (String(a.slug) < String(b.slug) ? -1 : 1))
  const status = new Map((content.links ?? []).map((link) => [link.url, link]))
  const links = new Map<string, ExternalLink[]>()
  for (const link of status.size > 0 ? externalLinks(content) : []) links.set(link.unit, [...(links.get(link.unit) ?? []), link])
  const scope = (slug: string): Scope => ({ unit: content.units[slug] ?? {}, province: provinceUnit, record: content.province, links: links.get(slug) ?? [], status, ...(content.complaints?.[slug] ? { complaints: content.complaints[slug] } : {}), ...(content.requests?.[slug] ? { requests: content.requests[slug] } : {}) })
  const opds = register.map((opd) => {
    const applicable = rules.filter((r) => r.appliesTo === 'every_opd' || (r.appliesTo === 'public_service_opd' && opd.servesPublic === true))
    return { slug: String(opd.slug), name: String(opd.name), ...evaluateUnit(applicable, scope(String(opd.slug)), when) }
  })
  const province = evaluateUnit(rules.filter((r) => r.appliesTo === 'province'), scope(''), when)
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c.id, opds.filter((o) => o.category === c.id).length])) as Record<Category, number>
  const failing = new Map<string, number>()
  for (const opd of opds) for (const rule of new Set(opd.failures.map((f) => f.rule))) failing.set(rule, (failing.get(rule) ?? 0) + 1)
  const mostFailed = [...failing.entries()].map(([rule, count]) => ({ rule, opds: count })).sort((a, b) => b.opds - a.opds || (a.rule < b.rule ? -1 : 1))
  return { at, rulebookVersion: version, warnings, province, opds, summary: { categories, mostFailed } }
}
