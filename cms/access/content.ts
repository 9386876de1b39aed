import type { Access, Where } from 'payload'
import { activeUser, canPublish, hasRole, isOpdRole } from './roles.ts'

/** What anonymous visitors may read of a collection: published documents, minus any extra exclusions. */
export type PublicFilter = Where | null

const published = (drafts: boolean, extra: PublicFilter): Where | true => {
  const parts: Where[] = []
  if (drafts) parts.push({ _status: { equals: 'published' } })
  if (extra) parts.push(extra)
  return parts.length === 0 ? true : parts.length === 1 ? parts[0]! : { and: parts }
}

const ownOpd = (opdIds: (number | string)[]): Where => ({ opd: { in: opdIds } })

/**
 * Read: Kominfo staff and auditors read everything; OPD staff read their OPD's documents and what is
 * published elsewhere; anonymous visitors read only what is published (and public).
 */
export type Level = 'opd' | 'province' | 'mixed'

export const readContent =
  (level: Level, drafts: boolean, publicFilter: PublicFilter = null): Access =>
  ({ req }) => {
    const user = activeUser(req)
    if (hasRole(req, 'kominfo-admin', 'kominfo-reviewer', 'auditor')) return true
    if (isOpdRole(user) && level !== 'province') {
      const visible = published(drafts, publicFilter)
      return visible === true ? true : { or: [ownOpd(user.opdIds), visible] }
    }
    return published(drafts, publicFilter)
  }

/** Versions and drafts are for staff only; never for visitors. */
export const readVersions =
  (level: Level): Access =>
  ({ req }) => {
    const user = activeUser(req)
    if (hasRole(req, 'kominfo-admin', 'kominfo-reviewer', 'auditor')) return true
    return isOpdRole(user) && level !== 'province' ? ownOpd(user.opdIds) : false
  }

/** Create: admins anywhere; OPD staff only where OPD content exists (the `opd` field then checks whose). */
export const createContent =
  (level: Level): Access =>
  ({ req }) => {
    if (hasRole(req, 'kominfo-admin')) return true
    return level !== 'province' && isOpdRole(activeUser(req))
  }

/** Update: admins and reviewers (who publish) anywhere; OPD staff their own OPD's documents. */
export const updateContent =
  (level: Level): Access =>
  ({ req }) => {
    if (canPublish(req)) return true
    const user = activeUser(req)
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

export const isAdmin: Access = ({ req }) => hasRole(req, 'kominfo-admin')

export const isStaff: Access = ({ req }) => activeUser(req) !== null

export const anyone: Access = () => true
