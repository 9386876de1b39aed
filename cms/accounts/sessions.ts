import type { CollectionAfterChangeHook, CollectionAfterLogoutHook, CollectionAfterOperationHook, CollectionSlug, Payload } from 'payload'

/**
 * Which session ids (the `sid` claim of Payload's tokens) are live, remembered in this process so a busy
 * client costs no database read per request: a live answer for LIVE_MS at most (another CMS process that
 * ends the session is believed after that), an ended one for good (a sid is never reused). This process's
 * own logouts, deactivations, password changes and resets forget at once (the hooks below).
 */
const LIVE_MS = 30_000
const MAX_ENDED = 10_000
const live = new Map<string, { user: string; until: number }>()
const ended = new Set<string>()

const end = (sid: string) => {
  live.delete(sid)
  ended.add(sid)
  if (ended.size > MAX_ENDED) ended.delete(ended.values().next().value!)
}

/** Forgets the live answers about one account's sessions: the next request reads them again. */
const forgetUser = (user: number | string) => {
  for (const [sid, entry] of live) if (entry.user === String(user)) live.delete(sid)
}

interface StoredSessions {
  id: number | string
  active?: boolean | null
  sessions?: { id: string; expiresAt: string | Date }[] | null
}

/** Whether `sid` is a session the account still holds (not logged out, not expired, account active), as Payload's JWT strategy decides. */
export const sessionIsLive = async (payload: Payload, collection: CollectionSlug, user: number | string, sid: string): Promise<boolean> => {
  if (ended.has(sid)) return false
  const now = Date.now()
  const known = live.get(sid)
  if (known && known.user === String(user) && known.until > now) return true
  const doc = await payload.db.findOne<StoredSessions>({ collection, where: { id: { equals: user } } }).catch(() => null)
  const session = doc?.active === false ? undefined : doc?.sessions?.find((s) => s.id === sid)
  const expires = session ? new Date(session.expiresAt).getTime() : 0
  if (!session || expires <= now) {
    // An account that does not exist (yet, in another process's view) is not a reason to forget the sid forever.
    if (doc) end(sid)
    return false
  }
  live.set(sid, { user: String(user), until: Math.min(now + LIVE_MS, expires) })
  return true
}

export const forgetLoggedOutSession: CollectionAfterLogoutHook = ({ req }) => {
  const user = req.user as { id?: number | string; _sid?: string } | null
  if (user?._sid) end(user._sid)
  // A logout of every session (allSessions) ends the others too: they are read again on their next request.
  if (user?.id !== undefined) forgetUser(user.id)
}

/** Any change to an account (deactivation, a new password, roles) is read again on its next request. */
export const forgetChangedAccount: CollectionAfterChangeHook = ({ doc }) => {
  forgetUser(doc.id)
  return doc
}

/** A password reset ends every session of the account (Payload empties them without an afterChange). */
export const forgetResetAccount: CollectionAfterOperationHook = ({ operation, result }) => {
  const user = operation === 'resetPassword' ? (result as { user?: { id?: number | string } } | undefined)?.user : undefined
  if (user?.id !== undefined) forgetUser(user.id)
  return result
}

/**
 * Deactivating an account ends its sessions in the database: Payload then refuses its tokens everywhere
 * (and other CMS processes stop counting it as staff within LIVE_MS).
 */
export const endSessionsOnDeactivation: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  if (doc.active !== false || previousDoc?.active === false) return doc
  await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: { sessions: [] }, req, returning: false })
  forgetUser(doc.id)
  return doc
}
