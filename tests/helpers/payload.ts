import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { inject } from 'vitest'
import { loadDemoProvince } from '../../scripts/seed/load.ts'
import { cloneDatabase, createDatabase, dropDatabase, testDb, type TestDb } from './databases.ts'
import { TEST_SECRET } from './globalSetup.ts'

export interface TestCms {
  payload: Payload
  config: Promise<SanitizedConfig>
  close: () => Promise<void>
}

type Pool = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void; _clients?: { on: (event: 'error', listener: () => void) => void }[] }

/**
 * Payload's destroy leaves the PostgreSQL pool open, and some request paths keep a client checked out.
 * Close what closes within a moment; the connections still open are then ended by DROP DATABASE ... FORCE,
 * which must not surface as errors of the test run.
 */
const closePool = async (payload: Payload) => {
  const pool = (payload.db as { pool?: Pool }).pool
  if (!pool) return
  const ignore = () => {}
  pool.on('error', ignore)
  for (const client of pool._clients ?? []) client.on('error', ignore)
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 2000))])
}

/** Stops a test's Payload and drops its database. */
export const closeCms = async (payload: Payload | undefined, uri: string | undefined, db: TestDb = testDb()) => {
  if (payload) {
    await payload.destroy()
    await closePool(payload)
  }
  if (uri) await dropDatabase(uri, db)
}

/** A real Payload on a private copy of the seeded database of the project's kind. */
export const openSeededCms = async (label: string): Promise<TestCms> => {
  const db = testDb()
  // MongoDB has no cheap copy of a database: each test file seeds a fresh one instead.
  const uri = db === 'mongodb' ? await createDatabase(label) : await cloneDatabase(inject('seededUri'), label)
  process.env.DATABASE_URI = uri
  // Its own copy of the seeded uploads: a test that deletes a file (a media record) must not take it from the next.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-data-'))
  cpSync(inject('dataDir'), dataDir, { recursive: true })
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = TEST_SECRET
  const { default: config } = await import('../../cms/payload.config.ts')
  const payload = await getPayload({ config, cron: false })
  if (db === 'mongodb') await loadDemoProvince(payload, new Date())
  return {
    payload,
    config,
    close: async () => {
      await closeCms(payload, uri, db)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
