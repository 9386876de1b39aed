import type { Access, CollectionBeforeLoginHook, CollectionBeforeOperationHook, CollectionConfig, FieldAccess, Validate } from 'payload'
import { APIError } from 'payload'
import { t } from '../../schemas/index.ts'
import { activeUser, hasRole, OPD_ROLES, ROLE_LABELS, ROLES, type Role } from '../access/roles.ts'
import { isAdmin } from '../access/content.ts'
import { auditAfterChange } from '../audit/record.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { MESSAGES, say } from '../messages.ts'
import { GROUPS } from './content.ts'

const readUsers: Access = ({ req }) => {
  if (hasRole(req, 'kominfo-admin', 'auditor')) return true
  const user = activeUser(req)
  return user ? { id: { equals: user.id } } : false
}

/** Admins edit every account; staff their own (name, password); auditors change nothing, not even themselves. */
const updateUsers: Access = ({ req }) => {
  if (hasRole(req, 'kominfo-admin')) return true
  const user = activeUser(req)
  return user && user.role !== 'auditor' ? { id: { equals: user.id } } : false
}

/** Role, OPDs and active state are set by admins only, never by the account itself. */
const adminManaged: { create: FieldAccess; update: FieldAccess } = { create: ({ req }) => hasRole(req, 'kominfo-admin'), update: ({ req }) => hasRole(req, 'kominfo-admin') }

const refuseInactive: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user.active === false) throw new APIError(say(MESSAGES.accountInactive, req), 401, undefined, true)
  return user
}

const opdsForRole: Validate = (value, { siblingData, req }) => {
  const role = (siblingData as { role?: Role }).role
  if (role && OPD_ROLES.includes(role) && (!Array.isArray(value) || value.length === 0)) return say(MESSAGES.opdsRequired, req)
  return true
}

/**
 * No account is made by whoever reaches /admin first: on an empty database the first admin comes from the
 * command line (`npm run create-admin`) or the demo seed; later accounts are made by an admin.
 */
const noFirstRegister: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && /\/first-register\/?$/.test(req.pathname ?? '')) throw new APIError(say(MESSAGES.firstAdminFromCli, req), 403, undefined, true)
  return args
}

const FIFTEEN_MINUTES = 15 * 60 * 1000

/**
 * Staff accounts. Accounts are deactivated, never deleted: content belongs to the OPD, so when staff
 * rotate the new editor simply gets the OPD and finds everything.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: t('Pengguna', 'User'), plural: t('Pengguna', 'Users') },
  admin: { useAsTitle: 'email', group: GROUPS.admin, defaultColumns: ['email', 'name', 'role', 'opds', 'active'] },
  auth: {
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES,
    tokenExpiration: 2 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.COOKIE_SECURE === 'true' },
  },
  access: {
    read: readUsers,
    create: isAdmin,
    update: updateUsers,
    delete: () => false,
    unlock: isAdmin,
    admin: ({ req }) => activeUser(req) !== null,
  },
  hooks: { beforeLogin: [refuseInactive], beforeOperation: [noFirstRegister], afterChange: [auditAfterChange] },
  fields: [
    { name: 'name', type: 'text', required: true, label: t('Nama', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'opd-editor',
      label: t('Peran', 'Role'),
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: adminManaged,
      admin: { position: 'sidebar' },
    },
    {
      name: 'opds',
      type: 'relationship',
      relationTo: 'opds',
      hasMany: true,
      label: t('OPD', 'Work units (OPD)'),
      admin: { position: 'sidebar', description: t('OPD yang kontennya boleh diubah pengguna ini', 'Work units whose content this user may edit') },
      access: adminManaged,
      filterOptions: ACTIVE_OPDS,
      validate: opdsForRole,
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: t('Aktif', 'Active'),
      admin: { position: 'sidebar', description: t('Nonaktifkan saat pegawai pindah tugas; akun tidak pernah dihapus', 'Deactivate when staff move on; accounts are never deleted') },
      access: adminManaged,
    },
  ],
}
