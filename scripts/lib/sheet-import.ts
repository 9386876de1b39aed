import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createLocalReq, type Payload } from 'payload'
import { summary } from '../../cms/exchange/sheetEndpoint.ts'
import { describeProblem } from '../../cms/exchange/spreadsheet.ts'
import { analyseSheet, commitImport, ImportRefused, kindNamed } from '../../cms/exchange/sheetImport.ts'
import { readRows, type FileProblem } from '../../cms/exchange/spreadsheet.ts'
import { ensureSecret } from './env.ts'
import { openPayload } from './payload.ts'

const USAGE = 'Pemakaian: npm run import -- BERKAS.xlsx|.csv --opd SLUG --jenis realisasi|program|layanan [--unit "UNIT PENANGGUNG JAWAB"] [--commit]'

interface Io {
  /** An open Payload to use (tests); otherwise the configured database is opened and closed. */
  payload?: Payload
  out?: (line: string) => void
  err?: (line: string) => void
}

/**
 * `npm run import -- FILE --opd SLUG --jenis realisasi|program|layanan [--unit UNIT] [--commit]`: a spreadsheet
 * import into the configured database (cms/exchange/sheetImport.ts), as the admin's impor-data page does it.
 * Without `--commit` a dry run: what would change, or every bad row. With it, drafts of the OPD, all or
 * nothing, progress on stderr. Exit 0 done, 2 bad arguments or bad input (nothing written).
 */
export async function importSheet(argv: string[], io: Io = {}): Promise<number> {
  const out = io.out ?? ((line: string) => console.log(line))
  const err = io.err ?? ((line: string) => console.error(line))
  let values: { opd?: string; jenis?: string; unit?: string; commit?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { opd: { type: 'string' }, jenis: { type: 'string' }, unit: { type: 'string' }, commit: { type: 'boolean', default: false } } }))
  } catch (error) {
    err(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const kind = kindNamed(values.jenis ?? '')
  const file = positionals[0]
  if (positionals.length !== 1 || !file || !values.opd || !kind) {
    err(`${!kind && values.jenis ? `--jenis "${values.jenis}" tidak dikenal. ` : ''}${USAGE}`)
    return 2
  }
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    err(`Berkas ${file} tidak dapat dibaca: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    return 2
  }
  const refuse = (problems: FileProblem[]) => {
    err(`Belum dapat diimpor (${problems.length} masalah); tidak ada yang disimpan:`)
    for (const p of problems) err(`  ${describeProblem(p)}`)
    return 2
  }
  const read = await readRows(path.basename(file), bytes)
  if ('problems' in read) return refuse(read.problems)

  if (!io.payload) {
    ensureSecret()
    process.env.LOG_LEVEL ??= 'error'
  }
  const payload = io.payload ?? (await openPayload())
  try {
    const { docs } = await payload.find({ collection: 'opds', where: { and: [{ slug: { equals: values.opd } }, { dissolvedAt: { exists: false } }] }, depth: 0, limit: 1, overrideAccess: true })
    const opd = docs[0]
    if (!opd) {
      err(`OPD "${values.opd}" tidak ada di daftar OPD aktif`)
      return 2
    }
    // The command line acts as the system (like the seed): the operator has the database already.
    const req = await createLocalReq({}, payload)
    const analysis = await analyseSheet(req, kind, read.rows, { id: opd.id, slug: opd.slug, name: opd.name }, { ownerUnit: values.unit })
    if (analysis.problems.length) return refuse(analysis.problems)
    const report = summary(analysis)
    out(`${opd.name}: ${report.counts.create} baru, ${report.counts.update} diubah, ${report.counts.unchanged} tidak berubah (tata letak ${analysis.layout === 'sipd' ? 'ekspor SIPD, pemetaan belum diverifikasi' : 'templat'}${analysis.skipped ? `, ${analysis.skipped} baris subtotal dilewati` : ''})`)
    for (const doc of report.documents) out(`  ${{ create: 'baru', update: 'diubah', unchanged: 'tetap' }[doc.action].padEnd(7)} ${doc.title} (baris ${doc.rows.join(', ')})`)
    for (const flag of report.flags) out(`  catatan: ${flag.message}`)
    if (!values.commit) {
      out('Uji coba: belum ada yang disimpan. Ulangi dengan --commit untuk menyimpan sebagai draf.')
      return 0
    }
    let shown = -1
    const outcome = await commitImport(req, analysis, (done, total) => {
      // Large files: one line per tenth, so a long import visibly advances.
      const tenth = Math.floor((done / total) * 10)
      if (total >= 20 && tenth !== shown) {
        shown = tenth
        err(`menyimpan ${done}/${total}`)
      }
    })
    out(`Tersimpan sebagai draf: ${outcome.written.length} data; ${outcome.unchanged} tidak berubah. Ajukan untuk ditelaah di admin agar tayang.`)
    return 0
  } catch (error) {
    if (error instanceof ImportRefused) return refuse(error.problems)
    throw error
  } finally {
    if (!io.payload) await payload.destroy()
  }
}
