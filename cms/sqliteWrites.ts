import { AsyncLocalStorage } from 'node:async_hooks'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/** How long a writer waits for the one before it (SQLite has one writer at a time), as a busy timeout would. */
const WAIT_MS = 10_000

/** Adapter methods that write outside a transaction when called without one. */
const WRITES = ['create', 'createGlobal', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions', 'updateGlobal', 'updateGlobalVersion', 'updateJobs', 'updateMany', 'updateOne', 'updateVersion', 'upsert'] as const

/** A first-come, first-served lock; waiting longer than WAIT_MS is an error, as SQLITE_BUSY would be. */
const createLock = () => {
  let held = false
  const queue: (() => void)[] = []
  return {
    acquire: () =>
      new Promise<void>((resolve, reject) => {
        if (!held) {
          held = true
          return resolve()
        }
        const grant = () => {
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(() => {
          queue.splice(queue.indexOf(grant), 1)
          reject(new Error(`SQLite: waited ${WAIT_MS / 1000} s for another write to finish`))
        }, WAIT_MS)
        queue.push(grant)
      }),
    release: () => {
      const next = queue.shift()
      if (next) next()
      else held = false
    },
  }
}

type Method = (this: unknown, ...args: unknown[]) => Promise<unknown>

/**
 * One writer at a time on the embedded SQLite database, in this process. The libsql client opens a new
 * connection after every transaction, without the busy timeout set on the first, so two writers
 * (a request and a job, say) made the second fail with SQLITE_BUSY at once; and Payload swallows a failed
 * COMMIT, so a request could answer 200 while its write was rolled back (the workflow then read the state
 * before it). Here a transaction holds the lock from BEGIN to COMMIT or ROLLBACK, and a write outside any
 * transaction takes it for its one statement. Reads never wait (WAL).
 */
export const oneWriterAtATime = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args) as BaseDatabaseAdapter & Record<string, Method>
    const lock = createLock()
    const holding = new Set<string | number>()
    const wrap = (name: string, method: (original: Method) => Method) => {
      const original = db[name] as Method
      db[name] = method(original)
    }
    wrap('beginTransaction', (original) => async function (this: unknown, ...rest) {
      await lock.acquire()
      try {
        const id = (await original.apply(db, rest)) as string | number
        holding.add(id)
        return id
      } catch (error) {
        lock.release()
        throw error
      }
    })
    for (const name of ['commitTransaction', 'rollbackTransaction']) {
      wrap(name, (original) => async function (this: unknown, incoming) {
        const id = (await incoming) as string | number
        try {
          return await original.call(db, id)
        } finally {
          if (holding.delete(id)) lock.release()
        }
      })
    }
    // A write that holds the lock may call another (upsert calls updateOne): that one is part of it.
    const writing = new AsyncLocalStorage<true>()
    for (const name of WRITES) {
      wrap(name, (original) => async function (this: unknown, args) {
        if (writing.getStore() || (args as { req?: { transactionID?: unknown } } | undefined)?.req?.transactionID) return original.call(db, args)
        await lock.acquire()
        try {
          return await writing.run(true, () => original.call(db, args))
        } finally {
          lock.release()
        }
      })
    }
    return db
  },
})
