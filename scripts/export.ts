import { parseArgs } from 'node:util'
import path from 'node:path'
import { BundleError, exportBundle } from '../cms/exchange/bundle/export.ts'
import { BundleKeyError } from '../cms/exchange/bundle/crypto.ts'
import { ensureSecret } from './lib/env.ts'
import { openPayload } from './lib/payload.ts'

/**
 * `npm run export -- DIR [--with-passwords] [--with-personal-data]`: the whole content of the configured
 * database as a bundle in DIR (cms/exchange/bundle/format.ts): backup, migration and the start of another
 * province. Citizens' personal data only with --with-personal-data, encrypted with BUNDLE_KEY.
 * Exit 0 written; 1 refused (nothing left in DIR); 2 bad arguments.
 */
const USAGE = 'Pemakaian: npm run export -- FOLDER [--with-passwords] [--with-personal-data]  (BUNDLE_KEY wajib untuk --with-personal-data)'

const parsed = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { 'with-passwords': { type: 'boolean' }, 'with-personal-data': { type: 'boolean' } } })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    process.exit(2)
  }
})()
if (parsed.positionals.length !== 1) {
  console.error(USAGE)
  process.exit(2)
}
const dir = path.resolve(parsed.positionals[0]!)
ensureSecret()
process.env.LOG_LEVEL ??= 'error'
const payload = await openPayload()
const started = performance.now()
let code = 0
try {
  const manifest = await exportBundle(payload, dir, {
    withPasswords: parsed.values['with-passwords'],
    withPersonalData: parsed.values['with-personal-data'],
    bundleKey: process.env.BUNDLE_KEY,
    log: (line) => console.log(line),
  })
  const documents = Object.values(manifest.counts.collections).reduce((sum, c) => sum + c.documents, 0)
  console.log(`Bundel ditulis ke ${dir}: ${documents} dokumen, ${manifest.counts.files} berkas, ${manifest.counts.globals} global dalam ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (!manifest.options.withPasswords) console.log('Kata sandi tidak disertakan: akun yang dipulihkan harus mengatur ulang kata sandinya.')
  if (!manifest.options.withPersonalData) console.log('Data pribadi warga tidak disertakan.')
} catch (error) {
  if (!(error instanceof BundleError || error instanceof BundleKeyError)) throw error
  console.error(error.message)
  code = 1
}
await payload.destroy()
process.exit(code)
