import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { BundleError } from '../cms/exchange/bundle/export.ts'
import { importBundle, readBundle } from '../cms/exchange/bundle/import.ts'
import { ensureSecret } from './lib/env.ts'
import { openPayload } from './lib/payload.ts'
import { importSheet } from './lib/sheet-import.ts'

/**
 * `npm run import -- DIR`: loads an export bundle into the configured, EMPTY database (migrated first),
 * across adapters too (DATABASE_URI chooses). The bundle is checked completely before anything is written;
 * BUNDLE_KEY opens the personal data of a bundle made with --with-personal-data.
 * `npm run import -- FILE.xlsx|.csv ...` is the spreadsheet import (scripts/lib/sheet-import.ts).
 * Exit 0 loaded; 1 refused (nothing written); 2 bad arguments.
 */
const USAGE = 'Pemakaian: npm run import -- FOLDER_BUNDEL  |  npm run import -- BERKAS.xlsx|.csv --opd SLUG --jenis ...'

const args = process.argv.slice(2)
const first = args[0]
if (first && existsSync(first) && statSync(first).isFile()) process.exit(await importSheet(args))
if (args.length !== 1 || !first || first.startsWith('-')) {
  console.error(USAGE)
  process.exit(2)
}
const dir = path.resolve(first)
let code = 0
const checked = (() => {
  try {
    // Checked before the database is even opened: a bad bundle leaves no trace, not even migrations.
    return readBundle(dir, { bundleKey: process.env.BUNDLE_KEY })
  } catch (error) {
    if (!(error instanceof BundleError)) throw error
    console.error(error.message)
    process.exit(1)
  }
})()
ensureSecret()
process.env.LOG_LEVEL ??= 'error'
const payload = await openPayload()
const started = performance.now()
try {
  const summary = await importBundle(payload, dir, { checked, log: (line) => console.log(line) })
  const documents = Object.values(summary.documents).reduce((sum, n) => sum + n, 0)
  console.log(`Bundel dimuat: ${documents} dokumen, ${summary.versions} versi, ${summary.files} berkas, ${summary.globals} global dalam ${((performance.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  if (!(error instanceof BundleError)) throw error
  console.error(error.message)
  code = 1
}
await payload.destroy()
process.exit(code)
