import type { CollectionConfig } from 'payload'
import { readsAll } from '../access/roles.ts'
import { GROUPS } from './content.ts'

/**
 * One compliance report per day, stored by the daily job: the history behind "failing since" and the
 * 12-month trends. Written only by the system; nobody edits or deletes a day through the admin or the API.
 */
export const ComplianceReports: CollectionConfig = {
  slug: 'compliance-reports',
  labels: { singular: { id: 'Laporan kepatuhan harian', en: 'Daily compliance report' }, plural: { id: 'Riwayat kepatuhan', en: 'Compliance history' } },
  admin: { useAsTitle: 'at', group: GROUPS.admin, defaultColumns: ['at', 'rulebookVersion'] },
  access: { read: ({ req }) => readsAll(req), create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'at', type: 'text', required: true, unique: true, index: true, label: { id: 'Tanggal', en: 'Date' } },
    { name: 'rulebookVersion', type: 'text', required: true, label: { id: 'Versi aturan', en: 'Rulebook version' } },
    { name: 'report', type: 'json', required: true, label: { id: 'Laporan', en: 'Report' } },
  ],
}
