import type { PayloadRequest } from 'payload'
import { refId } from '../../schemas/formats.ts'
import { t } from '../../schemas/text.ts'

export const ROLES = ['kominfo-admin', 'kominfo-reviewer', 'opd-editor', 'opd-head', 'auditor'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS = {
  'kominfo-admin': t('Admin Kominfo', 'Kominfo administrator'),
  'kominfo-reviewer': t('Penelaah Kominfo', 'Kominfo reviewer'),
  'opd-editor': t('Editor OPD', 'OPD editor'),
  'opd-head': t('Kepala OPD', 'OPD head'),
  auditor: t('Auditor', 'Auditor'),
} satisfies Record<Role, ReturnType<typeof t>>

/** Roles that write their own OPD's content as drafts. */
export const OPD_ROLES: readonly Role[] = ['opd-editor', 'opd-head']

export interface ActiveUser {
  id: number | string
  role: Role
  opdIds: (number | string)[]
}

type UserLike = { id: number | string; collection?: string; role?: string; active?: boolean | null; opds?: unknown[] | null }

/** The signed-in, active staff account behind a request; a deactivated account counts as anonymous. */
export const activeUser = (req: Pick<PayloadRequest, 'user'>): ActiveUser | null => {
  const user = req.user as UserLike | null | undefined
  if (!user || user.collection !== 'users' || user.active === false) return null
  if (!ROLES.includes(user.role as Role)) return null
  return { id: user.id, role: user.role as Role, opdIds: (user.opds ?? []).map(refId).filter((id) => id !== undefined) }
}

export const hasRole = (req: Pick<PayloadRequest, 'user'>, ...roles: Role[]) => {
  const user = activeUser(req)
  return user !== null && roles.includes(user.role)
}

/** Roles that publish; nobody else does. */
export const PUBLISHER_ROLES: readonly Role[] = ['kominfo-admin', 'kominfo-reviewer']

export const canPublish = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, ...PUBLISHER_ROLES)

/** Kominfo staff and auditors read everything, drafts and private fields included. */
export const readsAll = (req: Pick<PayloadRequest, 'user'>) => hasRole(req, 'kominfo-admin', 'kominfo-reviewer', 'auditor')

export const isOpdRole = (user: ActiveUser | null): user is ActiveUser => user !== null && OPD_ROLES.includes(user.role)

/** Whether the user may write content of this OPD id. */
export const ownsOpd = (user: ActiveUser | null, opd: unknown) =>
  isOpdRole(user) && opd !== null && opd !== undefined && user.opdIds.some((id) => String(id) === String(refId(opd)))
