import type { CollectionConfig } from 'payload'
import { GROUPS } from './content.ts'

/**
 * The scheduled link checker's last result for each external address of published content (see
 * cms/compliance/links.ts). Public like the content the addresses come from: the site build reads it to
 * score the same as the CMS. Written only by the system.
 */
export const LinkChecks: CollectionConfig = {
  slug: 'link-checks',
  labels: { singular: { id: 'Pemeriksaan tautan', en: 'Link check' }, plural: { id: 'Pemeriksaan tautan', en: 'Link checks' } },
  admin: { useAsTitle: 'url', group: GROUPS.admin, defaultColumns: ['url', 'ok', 'error', 'brokenSince', 'checkedAt'], description: { id: 'Diperiksa setiap malam. Tautan yang rusak mengurangi skor kepatuhan pemiliknya sampai diperbaiki di formulirnya.', en: 'Checked every night. A broken link lowers its owner’s compliance score until fixed in its form.' } },
  access: { read: () => true, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, index: true, label: { id: 'Alamat', en: 'Address' } },
    { name: 'ok', type: 'checkbox', required: true, defaultValue: false, label: { id: 'Dapat dibuka', en: 'Works' } },
    { name: 'status', type: 'number', label: { id: 'Kode HTTP', en: 'HTTP status' } },
    { name: 'error', type: 'text', label: { id: 'Masalah', en: 'Problem' } },
    { name: 'checkedAt', type: 'date', required: true, label: { id: 'Diperiksa', en: 'Checked' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'brokenSince', type: 'date', label: { id: 'Rusak sejak', en: 'Broken since' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'usedIn', type: 'textarea', required: true, label: { id: 'Dipakai di', en: 'Used in' }, admin: { description: { id: 'OPD · item · kolom', en: 'OPD · item · field' } } },
  ],
}
