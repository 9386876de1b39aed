import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { LEGAL_MAX_DAYS, RULES } from '../../schemas/compliance/index.ts'
import { hasRole, readsAll } from '../access/roles.ts'
import { auditAfterChange } from '../audit/record.ts'
import { GROUPS } from './content.ts'

/** Who made a change, recorded by the system (versions keep every earlier state with it). */
const stampAuthor: CollectionBeforeChangeHook = ({ data, req }) => ({ ...data, changedBy: req.user?.id ?? null })

/**
 * Kominfo's adjustments of the compliance rulebook, without a deploy: switch a rule off, change its
 * weight or its freshness window, always with a reason. The defaults stay in `schemas/`; every version is
 * kept with who changed it and why; loosening a rule past the law is flagged on every report.
 */
export const ComplianceOverrides: CollectionConfig = {
  slug: 'compliance-overrides',
  labels: { singular: { id: 'Penyesuaian aturan kepatuhan', en: 'Compliance rule override' }, plural: { id: 'Penyesuaian aturan kepatuhan', en: 'Compliance rule overrides' } },
  admin: { useAsTitle: 'rule', group: GROUPS.admin, defaultColumns: ['rule', 'enabled', 'weight', 'maxAgeDays', 'reason'] },
  // The rules in force are public (the transparency page shows scores computed with them); changing them is Kominfo's.
  access: { read: () => true, create: ({ req }) => hasRole(req, 'kominfo-admin'), update: ({ req }) => hasRole(req, 'kominfo-admin'), delete: () => false, readVersions: ({ req }) => readsAll(req) },
  versions: { maxPerDoc: 0 },
  hooks: { beforeChange: [stampAuthor], afterChange: [auditAfterChange] },
  fields: [
    {
      name: 'rule',
      type: 'select',
      required: true,
      unique: true,
      label: { id: 'Aturan', en: 'Rule' },
      options: RULES.map((rule) => ({ value: rule.id, label: { id: `${rule.id}: ${rule.title.id}`, en: `${rule.id}: ${rule.title.en}` } })),
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { id: 'Aturan berlaku', en: 'Rule in force' } },
    { name: 'weight', type: 'number', min: 1, max: 10, label: { id: 'Bobot', en: 'Weight' }, admin: { description: { id: 'Kosongkan untuk bobot bawaan.', en: 'Leave empty for the default weight.' } } },
    {
      name: 'maxAgeDays',
      type: 'number',
      min: 1,
      max: 3660,
      label: { id: 'Batas umur (hari)', en: 'Freshness window (days)' },
      admin: { description: { id: `Hanya untuk aturan kesegaran. Batas hukum: ${Object.entries(LEGAL_MAX_DAYS).map(([rule, days]) => `${rule} ${days} hari`).join(', ')}.`, en: 'Freshness rules only.' } },
    },
    { name: 'reason', type: 'textarea', required: true, minLength: 10, label: { id: 'Alasan', en: 'Reason' } },
    { name: 'changedBy', type: 'relationship', relationTo: 'users', label: { id: 'Diubah oleh', en: 'Changed by' }, admin: { readOnly: true }, access: { read: ({ req }) => readsAll(req) } },
  ],
}
