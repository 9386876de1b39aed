import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDatabase, dropDatabase, testDb, unavailable } from '../helpers/databases.ts'

const skip = unavailable() ?? (testDb() === 'mongodb' ? 'MongoDB has no schema migrations' : null)

describe.skipIf(skip)('committed migrations', () => {
  it('match the collections exactly (run `npm run migrate:create -- <name>` after changing a schema)', async () => {
    const db = testDb()
    const copy = mkdtempSync(path.join(tmpdir(), 'portal-migrations-'))
    cpSync(path.resolve('cms', 'migrations', db), copy, { recursive: true })
    const before = readdirSync(copy).sort()
    const uri = await createDatabase('drift')
    try {
      const result = spawnSync(process.execPath, ['node_modules/payload/bin.js', 'migrate:create', 'drift', '--skip-empty'], {
        env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', DATABASE_URI: uri, MIGRATIONS_DIR: copy, PAYLOAD_SECRET: 'drift-check' },
        encoding: 'utf8',
      })
      expect(result.status, result.stderr).toBe(0)
      expect(readdirSync(copy).sort(), 'the schema has changes that no committed migration holds').toEqual(before)
    } finally {
      await dropDatabase(uri)
    }
  })
})
