import { parseArgs } from 'node:util'
import { loadComplianceContent } from '../cms/compliance/content.ts'
import { effectiveRulebook } from '../cms/compliance/rulebook.ts'
import { evaluate, isReportDate, reportJson, todayInJakarta, type ComplianceReport } from '../schemas/compliance/index.ts'
import { toCsv } from '../schemas/csv.ts'
import { ensureSecret } from './lib/env.ts'
import { openPayload } from './lib/payload.ts'

/**
 * `npm run compliance -- [--at YYYY-MM-DD] [--format json|csv|md] [--opd SLUG]`: the compliance report of
 * the configured database on stdout. Exit 0 whatever the scores (it is a report); 2 on bad arguments.
 */
const fail = (message: string): never => {
  console.error(message)
  process.exit(2)
}

const { values } = (() => {
  try {
    return parseArgs({ options: { at: { type: 'string' }, format: { type: 'string', default: 'json' }, opd: { type: 'string' } } })
  } catch (error) {
    return fail(`Argumen tidak dikenal: ${(error as Error).message}`)
  }
})()
const at = values.at ?? todayInJakarta()
if (!isReportDate(at)) fail(`--at harus tanggal yang sah berformat YYYY-MM-DD, bukan "${at}"`)
if (!['json', 'csv', 'md'].includes(values.format!)) fail(`--format harus json, csv atau md, bukan "${values.format}"`)

ensureSecret()
process.env.LOG_LEVEL ??= 'error'
const payload = await openPayload()
const content = await loadComplianceContent(payload)
const rulebook = await effectiveRulebook(payload)
await payload.destroy()

const full = evaluate(rulebook.rules, rulebook.version, content, at, rulebook.warnings)
const slugs = full.opds.map((o) => o.slug)
if (values.opd && !slugs.includes(values.opd)) fail(`OPD tidak dikenal: ${values.opd}. OPD yang ada: ${slugs.join(', ')}`)
const report: ComplianceReport = values.opd ? { ...full, opds: full.opds.filter((o) => o.slug === values.opd) } : full

if (values.format === 'json') {
  console.log(JSON.stringify(reportJson(report), null, 2))
} else if (values.format === 'csv') {
  const rows = [['opd', 'nama', 'skor', 'kategori', 'aturan', 'dasar_hukum', 'item', 'pesan']]
  for (const o of [{ slug: '', name: 'Provinsi', ...report.province }, ...report.opds]) {
    if (o.failures.length === 0) rows.push([o.slug, o.name, String(o.score), o.category, '', '', '', ''])
    for (const f of o.failures) rows.push([o.slug, o.name, String(o.score), o.category, f.rule, f.legalBasis.join('; '), f.item ?? '', f.message.id])
  }
  process.stdout.write(toCsv(rows))
} else {
  const lines = [`# Laporan kepatuhan per ${report.at}`, '', `Versi aturan: ${report.rulebookVersion}. Provinsi: ${report.province.score} (${report.province.category}).`, ...report.warnings.map((w) => `\n> Peringatan: ${w.id}`), '', '| OPD | skor | kategori | aturan gagal |', '|---|---|---|---|']
  for (const o of [...report.opds].sort((a, b) => b.score - a.score)) lines.push(`| ${o.name} | ${o.score} | ${o.category} | ${[...new Set(o.failures.map((f) => f.rule))].join(', ')} |`)
  for (const o of report.opds.filter((x) => x.failures.length > 0)) {
    lines.push('', `## ${o.name} (${o.score})`, '')
    for (const f of o.failures) lines.push(`- **${f.rule}** (${f.legalBasis.join('; ')}): ${f.item ? `${f.item}: ` : ''}${f.message.id}`)
  }
  console.log(lines.join('\n'))
}
process.exit(0)
