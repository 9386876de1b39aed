import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { dataDir, rootDir } from './paths.ts'
import { oneWriterAtATime } from './sqliteWrites.ts'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which adapter a `DATABASE_URI` selects: unset or `file:` is the embedded SQLite default. */
export const databaseKind = (uri = process.env.DATABASE_URI): DatabaseKind => {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(`DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${uri.split(':')[0]}:...")`)
}

export const defaultSqliteUri = () => `file:${path.join(dataDir, 'portal.db')}`

/**
 * Schema changes go through committed migrations on every SQL database, in development too, so the
 * tested path is the production path. MongoDB needs none. MIGRATIONS_DIR overrides the folder (the
 * drift test writes a trial migration into a copy).
 */
export const migrationDir = (kind: DatabaseKind) => process.env.MIGRATIONS_DIR ?? path.join(rootDir, 'cms', 'migrations', kind)

export const database = (configured = process.env.DATABASE_URI): DatabaseAdapterObj => {
  const uri = configured || undefined
  const kind = databaseKind(uri)
  if (kind === 'postgres') return postgresAdapter({ pool: { connectionString: uri }, push: false, migrationDir: migrationDir(kind) })
  if (kind === 'mongodb') return mongooseAdapter({ url: uri! })
  // Transactions are off by default on SQLite; without them a failed write (or seed) could leave half its rows.
  // Writers (requests, jobs) wait for each other instead of failing with SQLITE_BUSY; in WAL mode readers
  // (the site builder's reads) never block a commit.
  return oneWriterAtATime(sqliteAdapter({ client: { url: uri ?? defaultSqliteUri() }, push: false, migrationDir: migrationDir(kind), transactionOptions: { behavior: 'immediate' }, busyTimeout: 10_000, wal: true }))
}
