import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDb = 'sqlite' | 'postgres' | 'mongodb'

export const testDb = (): TestDb => (process.env.TEST_DB as TestDb | undefined) ?? 'sqlite'

/**
 * Why a database's suite cannot run here, or null when it can. PostgreSQL may be required (CI sets
 * REQUIRE_POSTGRES) so that its tests fail rather than skip when the server is missing.
 */
export const unavailable = (db: TestDb = testDb()): string | null => {
  if (db === 'postgres' && !process.env.TEST_POSTGRES_URI) {
    if (process.env.REQUIRE_POSTGRES) throw new Error('REQUIRE_POSTGRES is set but TEST_POSTGRES_URI is not')
    return 'TEST_POSTGRES_URI is not set'
  }
  if (db === 'mongodb' && !process.env.MONGODB_URI) return 'MONGODB_URI is not set'
  return null
}

const withDatabase = (uri: string, name: string) => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URI })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A fresh, empty database of the kind under test; returns its URI. */
export const createDatabase = async (label: string, db: TestDb = testDb()): Promise<string> => {
  const name = `portal_${label}_${randomBytes(4).toString('hex')}`
  if (db === 'postgres') {
    await adminQuery(`CREATE DATABASE ${name}`)
    return withDatabase(process.env.TEST_POSTGRES_URI!, name)
  }
  if (db === 'mongodb') return withDatabase(process.env.MONGODB_URI!, name)
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-test-'))
  return `file:${path.join(dir, `${name}.db`)}`
}

/** A copy of a prepared database, so each test file starts from the same seeded state. */
export const cloneDatabase = async (sourceUri: string, label: string, db: TestDb = testDb()): Promise<string> => {
  const name = `portal_${label}_${randomBytes(4).toString('hex')}`
  if (db === 'postgres') {
    const source = new URL(sourceUri).pathname.slice(1)
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${source}`)
    return withDatabase(process.env.TEST_POSTGRES_URI!, name)
  }
  const source = sourceUri.slice('file:'.length)
  const target = path.join(path.dirname(source), `${name}.db`)
  copyFileSync(source, target)
  // In WAL mode the newest pages may still be in the write-ahead log beside the file; SQLite replays it on open.
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${target}-wal`)
  return `file:${target}`
}

export const dropDatabase = async (uri: string, db: TestDb = testDb()) => {
  if (db === 'mongodb') {
    const { MongoClient } = await import('mongodb')
    const client = await MongoClient.connect(uri)
    await client.db().dropDatabase()
    await client.close()
    return
  }
  if (db !== 'postgres') return
  const name = new URL(uri).pathname.slice(1)
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
}
