import { parseArgs } from 'node:util'
import { BuildError, buildSites } from '../sites/lib/build.ts'
import { sitesConfig } from '../sites/lib/config.ts'

/** `npm run build:sites [-- --opd SLUG ...]`: build the portal and every (or the named) OPD site into dist/sites. */
const { values } = parseArgs({ options: { opd: { type: 'string', multiple: true }, today: { type: 'string' } } })
const config = sitesConfig()
try {
  const summary = await buildSites({ ...config, ...(values.opd ? { opds: values.opd } : {}), ...(values.today ? { today: values.today } : {}), log: (line) => console.log(line) })
  console.log(`Situs tayang: ${summary.output}`)
  process.exit(summary.kept.length > 0 ? 2 : 0)
} catch (error) {
  console.error(error instanceof BuildError ? `Build gagal: ${error.message}` : error)
  process.exit(1)
}
