import type { ServerProps } from 'payload'
import { CATEGORIES, evaluate, failingSince, fixedIn, monthlyTrend, RULES, todayInJakarta, type Failure, type StoredReport } from '../../schemas/compliance/index.ts'
import { activeUser, isOpdRole, readsAll } from '../access/roles.ts'
import { loadComplianceContent } from '../compliance/content.ts'
import { effectiveRulebook } from '../compliance/rulebook.ts'

type Lang = 'id' | 'en'
const TEXT = {
  heading: { id: 'Kepatuhan terhadap kewajiban publikasi', en: 'Compliance with publication duties' },
  own: { id: 'Daftar periksa OPD Anda', en: 'Your OPD’s checklist' },
  asOf: { id: 'per', en: 'as of' },
  rank: { id: 'Peringkat', en: 'Rank' },
  opd: { id: 'OPD', en: 'Work unit' },
  score: { id: 'Skor', en: 'Score' },
  category: { id: 'Kategori', en: 'Category' },
  trend: { id: 'Tren 12 bulan', en: '12-month trend' },
  failures: { id: 'Belum terpenuhi', en: 'Unmet' },
  all: { id: 'Semua kategori', en: 'All categories' },
  filter: { id: 'Saring', en: 'Filter' },
  since: { id: 'sejak', en: 'since' },
  fix: { id: 'Perbaiki', en: 'Fix' },
  none: { id: 'Semua kewajiban terpenuhi.', en: 'Every duty is met.' },
  noTrend: { id: 'belum ada riwayat', en: 'no history yet' },
  province: { id: 'Tingkat provinsi', en: 'Province level' },
  work: { id: 'Pekerjaan', en: 'Work' },
  inbox: { id: 'Kotak masuk belum dibaca', en: 'Unread inbox' },
  queue: { id: 'Antrean telaah', en: 'Review queue' },
  restructure: { id: 'Restrukturisasi OPD', en: 'OPD restructuring' },
  skm: { id: 'Impor hasil SKM', en: 'Import SKM results' },
  dataImport: { id: 'Impor data', en: 'Import data' },
}

/**
 * On the admin dashboard: Kominfo and auditors see every OPD ranked by compliance score with its
 * category, trend and unmet duties, each linking to the form that fixes it; OPD staff see only their
 * own OPD's checklist. Computed from published content with the same engine as the CLI and the sites.
 */
export const ComplianceDashboard = async ({ payload, user, i18n, searchParams }: ServerProps) => {
  const viewer = activeUser({ user: user as never })
  if (!viewer) return null
  const lang: Lang = i18n?.language === 'en' ? 'en' : 'id'
  const text = (key: keyof typeof TEXT) => TEXT[key][lang]
  const at = todayInJakarta()
  const rulebook = await effectiveRulebook(payload)
  const report = evaluate(rulebook.rules, rulebook.version, await loadComplianceContent(payload), at, rulebook.warnings)
  const { docs } = await payload.find({ collection: 'compliance-reports', sort: '-at', limit: 400, depth: 0, overrideAccess: true, pagination: false })
  const history: StoredReport[] = docs.map((doc) => ({ at: doc.at, report: doc.report as StoredReport['report'] }))

  const ownSlugs = isOpdRole(viewer)
    ? (await payload.find({ collection: 'opds', where: { id: { in: viewer.opdIds } }, depth: 0, limit: 0, overrideAccess: true })).docs.map((o) => o.slug)
    : []
  if (!readsAll({ user: user as never }) && ownSlugs.length === 0) return null
  const category = typeof searchParams?.kategori === 'string' ? searchParams.kategori : ''
  const visible = report.opds
    .filter((o) => (ownSlugs.length > 0 ? ownSlugs.includes(o.slug) : true))
    .filter((o) => !category || o.category === category)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'id'))
  const rules = new Map(RULES.map((r) => [r.id, r]))
  const label = (id: string) => CATEGORIES.find((c) => c.id === id)!.label[lang]
  // The item's own form where the failure names one, else the list of the OPD's documents of the type that fixes it.
  const formOf = (f: Failure, opdSlug: string) => {
    const target = f.ref?.type ?? fixedIn(rules.get(f.rule)!.check)
    if (target === 'province') return '/admin/globals/province'
    if (f.ref) return `/admin/collections/${target}/${encodeURIComponent(f.ref.id)}`
    return `/admin/collections/${target}${opdSlug ? `?where[opd.slug][equals]=${encodeURIComponent(opdSlug)}` : ''}`
  }
  const failureList = (failures: Failure[], opdSlug: string, since: Record<string, string>) => (
    <ul>
      {failures.map((f, j) => (
        <li key={j}>
          <strong>{rules.get(f.rule)!.title[lang]}</strong> ({f.legalBasis.join('; ')}): {f.item ? `${f.item}: ` : ''}
          {f.message[lang]}
          {since[f.rule] ? ` (${text('since')} ${since[f.rule]})` : ''} <a href={formOf(f, opdSlug)}>{text('fix')}</a>
        </li>
      ))}
    </ul>
  )

  const unread = (await payload.count({ collection: 'notifications', where: { and: [{ recipient: { equals: viewer.id } }, { read: { equals: false } }] }, overrideAccess: true })).totalDocs
  const reviews = viewer.role === 'kominfo-reviewer' || viewer.role === 'kominfo-admin' || viewer.role === 'auditor'

  return (
    <>
    <nav aria-label={text('work')} style={{ display: 'flex', gap: '1.5rem', marginBottom: 'var(--base)' }}>
      <a href={`/admin/collections/notifications?where[recipient][equals]=${viewer.id}&where[read][equals]=false`}>
        {text('inbox')} ({unread})
      </a>
      {reviews && <a href="/admin/antrean-telaah">{text('queue')}</a>}
      {viewer.role !== 'auditor' && viewer.role !== 'kominfo-reviewer' && <a href="/admin/impor-skm">{text('skm')}</a>}
      {viewer.role !== 'auditor' && viewer.role !== 'kominfo-reviewer' && <a href="/admin/impor-data">{text('dataImport')}</a>}
      {viewer.role === 'kominfo-admin' && <a href="/admin/restrukturisasi-opd">{text('restructure')}</a>}
    </nav>
    <section className="compliance-dashboard" aria-labelledby="kepatuhan-judul" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="kepatuhan-judul">{ownSlugs.length > 0 ? text('own') : text('heading')}</h2>
      <p>
        {text('asOf')} {at} · {report.rulebookVersion}
      </p>
      {report.warnings.map((w, i) => (
        <p key={i} role="note">
          <strong>⚠ {w[lang]}</strong>
        </p>
      ))}
      {ownSlugs.length === 0 && (
        <section aria-labelledby="kepatuhan-provinsi">
          <h3 id="kepatuhan-provinsi">
            {text('province')}: {report.province.score} ({label(report.province.category)})
          </h3>
          {report.province.failures.length === 0 ? <p>{text('none')}</p> : failureList(report.province.failures, '', {})}
        </section>
      )}
      {ownSlugs.length === 0 && (
        <form method="get" style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', marginBottom: '1rem' }}>
          <label>
            {text('category')}{' '}
            <select name="kategori" defaultValue={category}>
              <option value="">{text('all')}</option>
              {CATEGORIES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label[lang]} ({report.summary.categories[c.id]})
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{text('filter')}</button>
        </form>
      )}
      <div className="table">
      <table>
        <thead>
          <tr>
            <th scope="col">{text('rank')}</th>
            <th scope="col">{text('opd')}</th>
            <th scope="col">{text('score')}</th>
            <th scope="col">{text('category')}</th>
            <th scope="col">{text('trend')}</th>
            <th scope="col">{text('failures')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((o, i) => {
            const trend = monthlyTrend(history, o.slug)
            const since = failingSince(history, o.slug)
            return (
              <tr key={o.slug} data-opd={o.slug}>
                <td>{i + 1}</td>
                <td>{o.name}</td>
                <td>{o.score}</td>
                <td>{label(o.category)}</td>
                <td>{trend.length > 0 ? trend.map((m) => m.score).join(' → ') : text('noTrend')}</td>
                <td>
                  {o.failures.length === 0 ? (
                    text('none')
                  ) : (
                    <details open={ownSlugs.length > 0}>
                      <summary>{o.failures.length}</summary>
                      {failureList(o.failures, o.slug, since)}
                    </details>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      </div>
    </section>
    </>
  )
}
