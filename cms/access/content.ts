import type { Access, FieldAccess, Where } from 'payload'
import type { ContentTypeSpec } from '../../schemas/index.ts'
import { activeUser, canPublish, hasRole, isOpdRole, ownsOpd, readsAll } from './roles.ts'

/** What anonymous visitors may read of a collection: published documents, minus any extra exclusions. */
export type PublicFilter = Where | null

const published = (drafts: boolean, extra: PublicFilter): Where | true => {
  const parts: Where[] = []
  if (drafts) parts.push({ _status: { equals: 'published' } })
  if (extra) parts.push(extra)
  return parts.length === 0 ? true : parts.length === 1 ? parts[0]! : { and: parts }
}

/** Documents of the user's OPDs. */
export const ownOpd = (opdIds: (number | string)[]): Where => ({ opd: { in: opdIds } })

export type Level = ContentTypeSpec<never>['level']

/**
 * Read: Kominfo staff and auditors read everything; OPD staff read their OPD's documents and what is
 * published elsewhere; anonymous visitors read only what is published (and public).
 */
export const readContent =
  (level: Level, drafts: boolean, publicFilter: PublicFilter = null): Access =>
  ({ req }) => {
    if (readsAll(req)) return true
    const user = activeUser(req)
    const visible = published(drafts, publicFilter)
    if (isOpdRole(user) && level !== 'province') return visible === true ? true : { or: [ownOpd(user.opdIds), visible] }
    return visible
  }

/** Versions and drafts are for staff only; never for visitors. Version queries name fields under `version.`. */
export const readVersions =
  (level: Level): Access =>
  ({ req }) => {
    if (readsAll(req)) return true
    const user = activeUser(req)
    return isOpdRole(user) && level !== 'province' ? { 'version.opd': { in: user.opdIds } } : false
  }

/** Create: admins anywhere; OPD staff only where OPD content exists (the `opd` field then checks whose). */
export const createContent =
  (level: Level): Access =>
  ({ req }) => {
    if (hasRole(req, 'kominfo-admin')) return true
    return level !== 'province' && isOpdRole(activeUser(req))
  }

/**
 * Update: admins and reviewers (who publish) anywhere; OPD staff their own OPD's documents, and never
 * into the published state (Payload asks this with `_status` when a version is restored).
 */
export const updateContent =
  (level: Level): Access =>
  ({ req, data }) => {
    if (canPublish(req)) return true
    const user = activeUser(req)
    if ((data as { _status?: string } | undefined)?._status === 'published') return false
    return isOpdRole(user) && level !== 'province' ? ownOpd(user.opdIds) : false
  }

/** Delete: admins; OPD staff only their own never-published drafts. Published content is withdrawn, not deleted. */
export const deleteContent =
  (level: Level, drafts: boolean): Access =>
  ({ req }) => {
    if (hasRole(req, 'kominfo-admin')) return true
    const user = activeUser(req)
    if (!isOpdRole(user) || !drafts || level === 'province') return false
    return { and: [ownOpd(user.opdIds), { _status: { equals: 'draft' } }] }
  }

/**
 * Private fields (personal data, exemption reasoning): those who read everything, and the staff of the
 * document's own OPD. Without a document (a `where` query), only the former.
 */
export const readPrivateField: FieldAccess = ({ req, doc }) => readsAll(req) || ownsOpd(activeUser(req), (doc as { opd?: unknown } | undefined)?.opd)

export const isAdmin: Access = ({ req }) => hasRole(req, 'kominfo-admin')

export const anyone: Access = () => true
