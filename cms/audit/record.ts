import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { titleOf } from '../../schemas/compliance/index.ts'
import { refId } from '../../schemas/index.ts'
import { activeUser } from '../access/roles.ts'
import { workflowContext } from '../workflow/store.ts'

/** Never recorded: secrets of accounts, and bookkeeping that changes on every write. */
const SKIP = new Set(['id', 'createdAt', 'updatedAt', 'collection', 'globalType', 'hash', 'salt', 'password', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions', 'apiKey', 'apiKeyIndex', '_verificationToken'])
const MAX_VALUE = 2000

export interface Change {
  field: string
  before: unknown
  after: unknown
}

const short = (value: unknown): unknown => {
  if (value === undefined) return null
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  if (text === undefined) return null
  if (text.length <= MAX_VALUE) return value
  return `${text.slice(0, MAX_VALUE)}… (${text.length} karakter)`
}

/** Related documents the change came with (populated) stand for their id. */
const plain = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(plain)
  if (!value || typeof value !== 'object') return value
  if ('id' in value && 'createdAt' in value) return (value as { id: unknown }).id
  if ('root' in value) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
}

/** Field-level differences, with dotted paths into groups and arrays; rich text compared whole. */
export const diff = (before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined, prefix = ''): Change[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: Change[] = []
  for (const key of keys) {
    if (!prefix && SKIP.has(key)) continue
    const a = plain(before?.[key])
    const b = plain(after?.[key])
    const path = prefix ? `${prefix}.${key}` : key
    const nested = (v: unknown) => v !== null && typeof v === 'object' && !('root' in (v as object))
    if (nested(a) && nested(b) && Array.isArray(a) === Array.isArray(b)) {
      changes.push(...diff(a as Record<string, unknown>, b as Record<string, unknown>, path))
    } else if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) {
      changes.push({ field: path, before: short(a ?? null), after: short(b ?? null) })
    }
  }
  return changes
}

/** Compliance overrides are named by their rule; everything else as failures name it. */
const nameOf = (doc: Record<string, unknown>) => (doc.rule === undefined ? titleOf(doc) : String(doc.rule))

/** Writes one entry, in the change's own transaction: if the change rolls back, so does its record. */
export const record = async (req: PayloadRequest, entry: { action: string; collection: string; doc: Record<string, unknown>; changes: Change[]; reason?: string }) => {
  const user = activeUser(req)
  const account = req.user as { email?: string } | null
  const opd = entry.collection === 'opds' ? entry.doc.id : refId(entry.doc.opd)
  await req.payload.create({
    collection: 'audit-log',
    data: {
      user: (user?.id ?? null) as never,
      userEmail: account?.email ?? (user ? null : 'sistem'),
      role: user?.role ?? 'sistem',
      action: entry.action,
      collection: entry.collection,
      docId: entry.doc.id === undefined ? null : String(entry.doc.id),
      opd: (opd ?? null) as never,
      summary: `${entry.action} ${entry.collection} "${nameOf(entry.doc)}"`.slice(0, 300),
      reason: entry.reason ?? null,
      diff: entry.changes,
    },
    overrideAccess: true,
    req,
  })
}

/** Records creates, edits and workflow steps (with the step's reason). */
export const auditAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  const workflow = workflowContext(req)
  const before = operation === 'create' ? undefined : (previousDoc as Record<string, unknown>)
  const changes = diff(before, doc as Record<string, unknown>)
  if (changes.length === 0 && !workflow) return doc
  await record(req, { action: workflow?.action ?? operation, collection: collection.slug, doc, changes, ...(workflow?.reason ? { reason: workflow.reason } : {}) })
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await record(req, { action: 'delete', collection: collection.slug, doc, changes: diff(doc as Record<string, unknown>, undefined) })
  return doc
}

export const auditGlobal: GlobalAfterChangeHook = async ({ doc, previousDoc, req, global }) => {
  const changes = diff(previousDoc as Record<string, unknown>, doc as Record<string, unknown>)
  if (changes.length > 0) await record(req, { action: 'update', collection: `global:${global.slug}`, doc: { ...doc, id: global.slug }, changes })
  return doc
}
