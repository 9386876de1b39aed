import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import type { CollectionAfterErrorHook, CollectionBeforeLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { AuthenticationError, LockedAuth } from 'payload'

/**
 * One answer for every refused login (OWASP ASVS 2.2 / 3.1): an unknown email, a wrong password, a locked
 * account and a deactivated one all get Payload's "email or password incorrect" (401, in the request's
 * language), so no answer confirms that an account exists or what state it is in.
 */
const refused = (req: PayloadRequest) => new AuthenticationError(req.t)

const pbkdf2Async = promisify(pbkdf2)

/** The work of checking a password (Payload's PBKDF2 parameters), so a refusal that needs no check takes as long as one that does. */
const spendPasswordCheck = (password: string) => pbkdf2Async(password, 'portal-opd-no-account', 600_000, 32, 'sha256')

const isLocked = (lockUntil: unknown) => typeof lockUntil === 'string' && Date.parse(lockUntil) > Date.now()

/**
 * Before Payload looks the account up: an unknown, locked or deactivated account is refused here with the
 * generic answer (Payload would say "locked" for a locked one, and spend no time on an unknown one).
 */
export const refuseUnavailableLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  const user = await req.payload.db.findOne<{ id: number | string; active?: boolean | null; lockUntil?: string | null }>({ collection: collection.slug, where: { email: { equals: email.toLowerCase().trim() } }, req })
  if (user && user.active !== false && !isLocked(user.lockUntil)) return args
  await spendPasswordCheck(password)
  throw refused(req)
}

/** The last line: an account deactivated while its login was under way (and a password reset, which logs in) is refused the same way. */
export const refuseInactive: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user.active === false) throw refused(req)
  return user
}

/** An account locked by a login running at the same moment surfaces from Payload as LockedAuth: answer it like any refusal. */
export const hideLockout: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth)) return
  const generic = refused(req)
  return { response: { errors: [{ message: generic.message }] }, status: generic.status }
}
