import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { t } from '../../schemas/index.ts'
import { activeUser, hasRole } from '../access/roles.ts'
import { GROUPS } from '../collections/content.ts'

export const KINDS = ['submitted', 'approved', 'returned', 'scheduled', 'published', 'withdrawn', 'emergency', 'review-due'] as const
export type Kind = (typeof KINDS)[number]

const KIND_LABELS: Record<Kind, ReturnType<typeof t>> = {
  submitted: t('Diajukan', 'Submitted'),
  approved: t('Disetujui kepala OPD', 'Approved by the OPD head'),
  returned: t('Dikembalikan', 'Returned'),
  scheduled: t('Terjadwal', 'Scheduled'),
  published: t('Terbit', 'Published'),
  withdrawn: t('Ditarik', 'Withdrawn'),
  emergency: t('Informasi serta merta', 'Emergency notice'),
  'review-due': t('Jatuh tempo peninjauan', 'Review due'),
}

/** Each person reads their own inbox; Kominfo admins read every inbox (to see what failed to send). */
const readOwn: Access = ({ req }) => {
  if (hasRole(req, 'kominfo-admin')) return true
  const user = activeUser(req)
  return user ? { recipient: { equals: user.id } } : false
}
const ownOnly: Access = ({ req }) => {
  const user = activeUser(req)
  return user ? { recipient: { equals: user.id } } : false
}
const systemOnly: FieldAccess = () => false

/**
 * The inbox: one record per recipient and event, written by the system. The recipient marks it read;
 * nothing else changes it. Email delivery is tracked with it, so a failing mail server loses nothing.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: t('Pemberitahuan', 'Notification'), plural: t('Kotak masuk', 'Inbox') },
  admin: { useAsTitle: 'title', group: GROUPS.admin, defaultColumns: ['title', 'kind', 'read', 'createdAt'] },
  access: { read: readOwn, update: ownOnly, create: () => false, delete: () => false },
  defaultSort: '-createdAt',
  fields: [
    { name: 'recipient', type: 'relationship', relationTo: 'users', required: true, index: true, label: t('Penerima', 'Recipient'), access: { update: systemOnly } },
    { name: 'kind', type: 'select', required: true, options: KINDS.map((value) => ({ value, label: KIND_LABELS[value] })), label: t('Jenis', 'Kind'), access: { update: systemOnly } },
    { name: 'title', type: 'text', required: true, label: t('Judul', 'Title'), access: { update: systemOnly } },
    { name: 'body', type: 'textarea', label: t('Isi', 'Body'), access: { update: systemOnly } },
    { name: 'link', type: 'text', label: t('Tautan', 'Link'), access: { update: systemOnly } },
    { name: 'key', type: 'text', index: true, label: t('Kunci', 'Key'), admin: { hidden: true }, access: { update: systemOnly } },
    { name: 'read', type: 'checkbox', defaultValue: false, label: t('Sudah dibaca', 'Read') },
    {
      name: 'email',
      type: 'group',
      label: t('Surel', 'Email'),
      access: { update: systemOnly },
      admin: { readOnly: true },
      fields: [
        { name: 'status', type: 'select', defaultValue: 'pending', options: [{ value: 'pending', label: t('Menunggu', 'Pending') }, { value: 'sent', label: t('Terkirim', 'Sent') }, { value: 'failed', label: t('Gagal, dicoba lagi', 'Failed, retrying') }, { value: 'abandoned', label: t('Gagal, tidak dicoba lagi', 'Failed, given up') }], label: t('Status', 'Status'), index: true },
        { name: 'attempts', type: 'number', defaultValue: 0, label: t('Percobaan', 'Attempts') },
        { name: 'nextAttemptAt', type: 'date', label: t('Dicoba lagi pada', 'Next attempt') },
        { name: 'lastError', type: 'text', label: t('Galat terakhir', 'Last error') },
        { name: 'sentAt', type: 'date', label: t('Terkirim pada', 'Sent at') },
      ],
    },
  ],
}
