import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { createDatabase, dropDatabase, testDb, unavailable, type TestDb } from './databases.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    seededUri: string
    dataDir: string
  }
}

export const TEST_SECRET = 'integration-tests-only-secret'

/**
 * Once per database project: a database with migrations applied and the demo province loaded, made in
 * a child process (each process can load the CMS config for one database only). Test files clone it.
 */
export default async function setup(project: TestProject) {
  const db = (project.config.env?.TEST_DB as TestDb | undefined) ?? testDb()
  process.env.TEST_DB = db
  // MongoDB test files each seed their own database (see openSeededCms).
  if (unavailable(db) || db === 'mongodb') return
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-data-'))
  const uri = await createDatabase('seed', db)
  const started = Date.now()
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/prepare.ts'], {
    env: { ...process.env, DATABASE_URI: uri, DATA_DIR: dataDir, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.status !== 0) throw new Error(`preparing the ${db} test database failed:\n${result.stdout}\n${result.stderr}`)
  console.log(`[${db}] seeded test database in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  project.provide('seededUri', uri)
  project.provide('dataDir', dataDir)
  return async () => {
    await dropDatabase(uri, db)
  }
}
