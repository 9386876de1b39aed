import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'
import { ValidationError } from 'payload'
import { PASSWORD_MESSAGES, passwordProblem, type PasswordOwner } from '../access/password.ts'
import { say } from '../messages.ts'

/**
 * Every way a password is set passes the policy (cms/access/password.ts): an admin creating or editing an
 * account, the account changing its own, a reset with an emailed token, the create-admin command and the
 * seed (all Payload operations). Refused before anything is written, as a 400 on the `password` field.
 */
export const checkPassword: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args.data ?? {}) as { password?: unknown; token?: unknown; email?: string; name?: string }
  // An empty password is no change on update, and Payload's own "required" on create and reset.
  if (data.password === undefined || data.password === null || data.password === '') return args
  if (typeof data.password !== 'string') throw refusal(collection.slug, say(PASSWORD_MESSAGES.common, req), req)
  const owner = await ownerOf(operation, args as { id?: number | string }, data, req, collection.slug)
  const problem = passwordProblem(data.password, owner)
  if (problem) throw refusal(collection.slug, say(PASSWORD_MESSAGES[problem], req), req)
  return args
}

const refusal = (collection: string, message: string, req: Parameters<CollectionBeforeOperationHook>[0]['req']) =>
  new ValidationError({ collection, errors: [{ message, path: 'password' }] }, req.t)

/** The account's email and name as they will be after the change: what the data sets, else what is stored. */
const ownerOf = async (operation: string, args: { id?: number | string }, data: { token?: unknown; email?: string; name?: string }, req: Parameters<CollectionBeforeOperationHook>[0]['req'], collection: CollectionSlug): Promise<PasswordOwner> => {
  let stored: PasswordOwner | null = null
  if (operation === 'update' && args.id !== undefined) stored = await req.payload.db.findOne<PasswordOwner & { id: number | string }>({ collection, where: { id: { equals: args.id } }, req })
  if (operation === 'resetPassword' && typeof data.token === 'string') stored = await req.payload.db.findOne<PasswordOwner & { id: number | string }>({ collection, where: { resetPasswordToken: { equals: data.token } }, req })
  return { email: data.email ?? stored?.email, name: data.name ?? stored?.name }
}
