import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir } from '../../cms/paths.ts'

/**
 * PAYLOAD_SECRET comes from the environment. For the local demo only, a random one is generated on
 * first run and kept in data/ (never committed), so sessions survive restarts.
 */
export const ensureSecret = (): 'environment' | 'generated' | 'stored' => {
  if (process.env.PAYLOAD_SECRET) return 'environment'
  mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, '.payload-secret')
  const existed = existsSync(file)
  if (!existed) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  process.env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
  return existed ? 'stored' : 'generated'
}
