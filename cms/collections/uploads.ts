import type { Access, CollectionConfig, Field, FieldAccess, Where } from 'payload'
import { activeUser, canPublish, hasRole, isOpdRole } from '../access/roles.ts'
import { fieldFromSchema } from '../fields/fromSchema.ts'
import { opdField } from '../fields/opd.ts'
import { opdRef, t } from '../../schemas/index.ts'

/** Files are readable by visitors only once the content that shows them is published. */
const isPublic: Where = { public: { equals: true } }

const readFiles: Access = ({ req }) => {
  if (hasRole(req, 'kominfo-admin', 'kominfo-reviewer', 'auditor')) return true
  const user = activeUser(req)
  if (isOpdRole(user)) return { or: [{ opd: { in: user.opdIds } }, isPublic] }
  return isPublic
}

const writeFiles: Access = ({ req }) => hasRole(req, 'kominfo-admin') || isOpdRole(activeUser(req))

const updateFiles: Access = ({ req }) => {
  if (canPublish(req)) return true
  const user = activeUser(req)
  return isOpdRole(user) ? { opd: { in: user.opdIds } } : false
}

const deleteFiles: Access = ({ req }) => {
  if (hasRole(req, 'kominfo-admin')) return true
  const user = activeUser(req)
  return isOpdRole(user) ? { and: [{ opd: { in: user.opdIds } } as Where, { public: { equals: false } }] } : false
}

const publishersOnly: FieldAccess = ({ req }) => canPublish(req)

/** Fields every upload collection has: owner OPD and whether the file is public. */
export const uploadFields = (): Field[] => [
  opdField(false)(fieldFromSchema('opd', opdRef().optional())),
  {
    name: 'public',
    type: 'checkbox',
    defaultValue: false,
    label: t('Dapat diakses publik', 'Public'),
    admin: { position: 'sidebar', description: t('Diatur otomatis saat konten yang memuat berkas ini diterbitkan', 'Set when the content that shows this file is published') },
    access: { create: publishersOnly, update: publishersOnly },
  },
]

export const uploadAccess: CollectionConfig['access'] = {
  read: readFiles,
  create: writeFiles,
  update: updateFiles,
  delete: deleteFiles,
}
