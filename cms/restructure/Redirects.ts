import type { CollectionConfig } from 'payload'
import { t } from '../../schemas/index.ts'
import { anyone } from '../access/content.ts'
import { auditAfterChange } from '../audit/record.ts'
import { GROUPS } from '../collections/content.ts'

export const RESTRUCTURE_KINDS = ['rename', 'merge', 'split'] as const
export type RestructureKind = (typeof RESTRUCTURE_KINDS)[number]

const KIND_LABELS = { rename: t('Ganti nama', 'Rename'), merge: t('Penggabungan', 'Merger'), split: t('Pemecahan', 'Split') }

/**
 * Where the site of an OPD that no longer exists under its old slug went: written by the system when an
 * OPD is renamed, merged or split (cms/restructure/operation.ts), read by anyone (the site builder makes
 * the old addresses redirect). `to` takes the old site's pages; `also` are the other successors of a split,
 * which take the pages of what moved to them.
 */
export const OpdRedirects: CollectionConfig = {
  slug: 'opd-redirects',
  labels: { singular: t('Pengalihan alamat OPD', 'OPD redirect'), plural: t('Pengalihan alamat OPD', 'OPD redirects') },
  admin: {
    useAsTitle: 'from',
    group: GROUPS.institution,
    defaultColumns: ['from', 'to', 'kind', 'at'],
    description: t('Dibuat otomatis saat OPD berganti nama, digabung atau dipecah: alamat lama dialihkan ke OPD penerusnya.', 'Made when an OPD is renamed, merged or split: the old address redirects to its successor.'),
  },
  access: { read: anyone, create: () => false, update: () => false, delete: () => false },
  hooks: { afterChange: [auditAfterChange] },
  fields: [
    { name: 'from', type: 'text', required: true, unique: true, index: true, label: t('Slug lama', 'Old slug') },
    { name: 'to', type: 'relationship', relationTo: 'opds', required: true, label: t('OPD penerus', 'Successor OPD') },
    { name: 'also', type: 'relationship', relationTo: 'opds', hasMany: true, label: t('Penerus lain (pemecahan)', 'Other successors (split)') },
    { name: 'kind', type: 'select', required: true, options: RESTRUCTURE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })), label: t('Jenis perubahan', 'Kind of change') },
    { name: 'reason', type: 'textarea', label: t('Dasar perubahan', 'Basis of the change') },
    { name: 'at', type: 'date', required: true, label: t('Tanggal', 'Date') },
  ],
}
