import type { Access, CollectionConfig, Field, FieldAccess, Where } from 'payload'
import { ownOpd } from '../access/content.ts'
import { activeUser, canPublish, hasRole, isOpdRole, readsAll } from '../access/roles.ts'
import { fieldFromSchema } from '../fields/fromSchema.ts'
import { opdField } from '../fields/opd.ts'
import { opdRef, t } from '../../schemas/index.ts'

/** Files are readable by visitors only once the content that shows them is published. */
const isPublic: Where = { public: { equals: true } }
const isPrivate: Where = { public: { equals: false } }

const readFiles: Access = ({ req }) => {
  if (readsAll(req)) return true
  const user = activeUser(req)
  if (isOpdRole(user)) return { or: [ownOpd(user.opdIds), isPublic] }
  return isPublic
}

const writeFiles: Access = ({ req }) => hasRole(req, 'kominfo-admin') || isOpdRole(activeUser(req))

/** OPD staff change only their own private files: bytes that are already public change through review. */
const updateFiles: Access = ({ req }) => {
  if (canPublish(req)) return true
  const user = activeUser(req)
  return isOpdRole(user) ? { and: [ownOpd(user.opdIds), isPrivate] } : false
}

const deleteFiles: Access = ({ req }) => {
  if (hasRole(req, 'kominfo-admin')) return true
  const user = activeUser(req)
  return isOpdRole(user) ? { and: [ownOpd(user.opdIds), isPrivate] } : false
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
