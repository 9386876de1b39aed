import type { Access, CollectionBeforeOperationHook, CollectionConfig, FieldAccess, Validate } from 'payload'
import { APIError } from 'payload'
import { t } from '../../schemas/index.ts'
import { checkPassword } from '../accounts/checkPassword.ts'
import { hideLockout, refuseInactive, refuseUnavailableLogin } from '../accounts/login.ts'
import { refuseStaleResetToken, RESET_LINK_MS, resetEmailHtml, resetEmailSubject, screenResetRequest } from '../accounts/reset.ts'
import { endSessionsOnDeactivation, forgetChangedAccount, forgetLoggedOutSession, forgetResetAccount } from '../accounts/sessions.ts'
import { activeUser, hasRole, OPD_ROLES, ROLE_LABELS, ROLES, type Role } from '../access/roles.ts'
import { isAdmin } from '../access/content.ts'
import { auditAfterChange, auditPasswordReset } from '../audit/record.ts'
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
    forgotPassword: {
      expiration: RESET_LINK_MS,
      // Payload's per-account interval is a write outside the operation's transaction, which on SQLite waits
      // for that transaction to end (every forgot-password was a 500 "database is locked"):
      // screenResetRequest limits requests per address instead.
      minRequestInterval: 0,
      generateEmailHTML: resetEmailHtml,
      generateEmailSubject: resetEmailSubject,
    },
    // Payload's cookie is always HttpOnly. Lax, not Strict: a link from a notification email opens the admin
    // signed in; other sites' forms and fetches cannot write with it (cms/api/origin.ts). Secure behind HTTPS.
    cookies: { sameSite: 'Lax', secure: process.env.COOKIE_SECURE === 'true' || (process.env.SERVER_URL ?? '').startsWith('https://') },
  },
  access: {
    read: readUsers,
    create: isAdmin,
    update: updateUsers,
    delete: () => false,
    unlock: isAdmin,
    admin: ({ req }) => activeUser(req) !== null,
  },
  hooks: {
    beforeOperation: [noFirstRegister, refuseUnavailableLogin, screenResetRequest, refuseStaleResetToken, checkPassword],
    beforeLogin: [refuseInactive],
    afterChange: [auditAfterChange, endSessionsOnDeactivation, forgetChangedAccount],
    afterLogout: [forgetLoggedOutSession],
    afterOperation: [forgetResetAccount, auditPasswordReset],
    afterError: [hideLockout],
  },
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
