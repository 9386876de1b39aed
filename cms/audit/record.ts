import type { CollectionAfterChangeHook, CollectionAfterOperationHook, CollectionAfterDeleteHook, Field, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { titleOf } from '../../schemas/compliance/index.ts'
import { contentType, refId } from '../../schemas/index.ts'
import { activeUser } from '../access/roles.ts'
import { workflowContext } from '../workflow/store.ts'

/** Never recorded: secrets of accounts, and bookkeeping that changes on every write. */
const SKIP = new Set(['id', 'createdAt', 'updatedAt', 'collection', 'globalType', 'hash', 'salt', 'password', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions', 'apiKey', 'apiKeyIndex', '_verificationToken'])
const MAX_VALUE = 2000

export interface Change {
  field: string
  before: unknown
  after: unknown
  /** The values are private (a citizen's personal data, exemption reasoning): only that the field changed is kept. */
  redacted?: true
}

/** What stands for a private value in the log: the entry says the field changed, never to what. */
export const HIDDEN = '(dirahasiakan)'

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

const within = (path: string, root: string) => path === root || path.startsWith(`${root}.`)
const empty = (value: unknown) => value === null || value === undefined || value === ''

/** A value with every hidden part under it replaced by HIDDEN (a group recorded whole, as on create). */
const hideInside = (value: unknown, path: string, hidden: string[]): unknown => {
  if (hidden.some((root) => within(path, root))) return empty(value) ? null : HIDDEN
  if (!value || typeof value !== 'object' || !hidden.some((root) => root.startsWith(`${path}.`))) return value
  if (Array.isArray(value)) return value.map((v, i) => hideInside(v, `${path}.${i}`, hidden))
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, hideInside(v, `${path}.${key}`, hidden)]))
}

/**
 * Field-level differences, with dotted paths into groups and arrays; rich text compared whole. Values
 * under a `hidden` path are compared but recorded only as HIDDEN (or null when empty), before any shortening.
 */
export const diff = (before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined, prefix = '', hidden: string[] = []): Change[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: Change[] = []
  for (const key of keys) {
    if (!prefix && SKIP.has(key)) continue
    const a = plain(before?.[key])
    const b = plain(after?.[key])
    const path = prefix ? `${prefix}.${key}` : key
    const nested = (v: unknown) => v !== null && typeof v === 'object' && !('root' in (v as object))
    if (nested(a) && nested(b) && Array.isArray(a) === Array.isArray(b)) {
      changes.push(...diff(a as Record<string, unknown>, b as Record<string, unknown>, path, hidden))
    } else if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) {
      const redacted = hidden.some((root) => within(path, root))
      changes.push({ field: path, before: short(hideInside(a ?? null, path, hidden)), after: short(hideInside(b ?? null, path, hidden)), ...(redacted ? { redacted: true as const } : {}) })
    }
  }
  return changes
}

/** Fields marked `custom: { personal: true }` where they are defined (collections without a schema type), as dotted paths. */
const markedPersonal = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
    if (named && (field.custom as { personal?: boolean } | undefined)?.personal) return [named]
    if ('fields' in field && Array.isArray(field.fields)) return markedPersonal(field.fields, named ? `${named}.` : prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => markedPersonal(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    return []
  })

const known = new WeakMap<object, string[]>()

/**
 * The private paths of a collection: its type's `privateFields` in schemas/ (personal data, exemption
 * reasoning) and fields marked personal in the collection. The log is append-only and never erased,
 * while personal data is erased after its retention period: a value recorded here would outlive it.
 */
export const privatePaths = (collection: { slug: string; fields: Field[] }): string[] => {
  let paths = known.get(collection)
  if (!paths) known.set(collection, (paths = [...Object.keys(contentType(collection.slug)?.privateFields?.shape ?? {}), ...markedPersonal(collection.fields)]))
  return paths
}

/** Compliance overrides are named by their rule, citizens' records by their ticket; everything else as failures name it. */
const nameOf = (doc: Record<string, unknown>) => (doc.rule !== undefined ? String(doc.rule) : doc.ticket ? String(doc.ticket) : titleOf(doc))

/** Writes one entry, in the change's own transaction: if the change rolls back, so does its record. */
export const record = async (req: PayloadRequest, entry: { action: string; collection: string; doc: Record<string, unknown>; changes: Change[]; reason?: string; version?: string }) => {
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
      version: entry.version ?? null,
      diff: entry.changes,
    },
    overrideAccess: true,
    req,
  })
}

/**
 * A new password is a change of the account, recorded as one, its value never. Payload drops the password
 * from `data` before this hook and leaves the hash out of `doc`: the stored hash tells, against the one before.
 */
const passwordChange = async (req: PayloadRequest, slug: string, doc: { id?: unknown }, previousDoc: { hash?: unknown } | undefined): Promise<Change[]> => {
  if (!previousDoc?.hash) return []
  const stored = (await req.payload.db.findOne({ collection: slug as never, where: { id: { equals: doc.id } }, req })) as { hash?: unknown } | null
  return stored?.hash && stored.hash !== previousDoc.hash ? [{ field: 'password', before: HIDDEN, after: HIDDEN, redacted: true }] : []
}

/** Records creates, edits and workflow steps (with the step's reason, and the version a restore brought back). */
export const auditAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  const workflow = workflowContext(req)
  const before = operation === 'create' ? undefined : (previousDoc as Record<string, unknown>)
  const changes = [...diff(before, doc as Record<string, unknown>, '', privatePaths(collection)), ...(collection.auth && operation === 'update' ? await passwordChange(req, collection.slug, doc, previousDoc) : [])]
  if (changes.length === 0 && !workflow) return doc
  await record(req, { action: workflow?.action ?? operation, collection: collection.slug, doc, changes, ...(workflow?.reason ? { reason: workflow.reason } : {}), ...(workflow?.version ? { version: String(workflow.version) } : {}) })
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await record(req, { action: 'delete', collection: collection.slug, doc, changes: diff(doc as Record<string, unknown>, undefined, '', privatePaths(collection)) })
  return doc
}

export const auditGlobal: GlobalAfterChangeHook = async ({ doc, previousDoc, req, global }) => {
  const changes = diff(previousDoc as Record<string, unknown>, doc as Record<string, unknown>)
  if (changes.length > 0) await record(req, { action: 'update', collection: `global:${global.slug}`, doc: { ...doc, id: global.slug }, changes })
  return doc
}

/**
 * A password reset is recorded like any password change (Payload writes it straight to the database, with
 * no afterChange): on the account, by the system (the person holding the link is not signed in).
 */
export const auditPasswordReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const user = operation === 'resetPassword' ? (result as { user?: Record<string, unknown> & { id?: unknown } } | undefined)?.user : undefined
  if (user?.id !== undefined) await record(req, { action: 'reset-password', collection: 'users', doc: user, changes: [{ field: 'password', before: HIDDEN, after: HIDDEN, redacted: true }] })
  return result
}
