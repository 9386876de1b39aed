import { mkdirSync } from 'node:fs'
import { getPayload, type Payload } from 'payload'
import { dataDir } from '../../cms/paths.ts'

/** A Payload instance for scripts and tests: the CMS's own config, migrations applied. */
export const openPayload = async ({ migrate = true } = {}): Promise<Payload> => {
  mkdirSync(dataDir, { recursive: true })
  const { default: config } = await import('../../cms/payload.config.ts')
  const payload = await getPayload({ config, cron: false })
  if (migrate && 'migrate' in payload.db) await payload.db.migrate()
  return payload
}
