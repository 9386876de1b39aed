import type { Payload, TypedUser } from 'payload'
import { demoProvince } from '../../scripts/seed/data.ts'
import { MARKERS } from '../../scripts/seed/markers.ts'
import type { RoleUnderTest } from '../fixtures/access-matrix.ts'

/** The seeded demo account of a role (OPD roles: Diskominfo's), as the Local API expects a user. */
export const demoUser = async (payload: Payload, role: Exclude<RoleUnderTest, 'anonymous'>, opdSlug = 'diskominfo'): Promise<TypedUser> => {
  const { docs } = await payload.find({ collection: 'users', where: { role: { equals: role }, email: { like: MARKERS.user } }, depth: 1, limit: 20, overrideAccess: true })
  const opdScoped = role === 'opd-editor' || role === 'opd-head'
  const user = docs.find((u) => !opdScoped || (u.opds ?? []).some((o) => typeof o === 'object' && o.slug === opdSlug))
  if (!user) throw new Error(`no demo ${role} for ${opdSlug}`)
  return { ...user, collection: 'users' } as TypedUser
}

export const opdId = async (payload: Payload, slug: string) => {
  const { docs } = await payload.find({ collection: 'opds', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`no OPD ${slug}`)
  return docs[0].id
}

/** A session token of a demo account, as a browser or an API client gets it by logging in. */
export const demoToken = async (payload: Payload, role: Exclude<RoleUnderTest, 'anonymous'>, opdSlug = 'diskominfo'): Promise<string> => {
  const user = demoProvince(new Date()).users.find((u) => u.role === role && (!['opd-editor', 'opd-head'].includes(role) || u.opds.includes(opdSlug)))
  if (!user) throw new Error(`no demo ${role} for ${opdSlug}`)
  const result = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
  return result.token!
}
