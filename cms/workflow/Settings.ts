import type { GlobalConfig } from 'payload'
import { t } from '../../schemas/index.ts'
import { activeUser, hasRole } from '../access/roles.ts'
import { auditGlobal } from '../audit/record.ts'
import { GROUPS } from '../collections/content.ts'

/** How the province runs its workflow. Staff read it; Kominfo admins change it (recorded in the audit log). */
export const WorkflowSettings: GlobalConfig = {
  slug: 'workflow-settings',
  label: t('Pengaturan alur kerja', 'Workflow settings'),
  admin: { group: GROUPS.admin },
  access: { read: ({ req }) => activeUser(req) !== null, update: ({ req }) => hasRole(req, 'kominfo-admin') },
  hooks: { afterChange: [auditGlobal] },
  fields: [
    {
      name: 'headApproval',
      type: 'checkbox',
      defaultValue: false,
      label: t('Kepala OPD menyetujui sebelum Kominfo menerbitkan', 'The OPD head approves before Kominfo publishes'),
      admin: { description: t('Bila aktif: editor mengajukan, kepala OPD menyetujui, lalu penelaah Kominfo menerbitkan.', 'When on: the editor submits, the OPD head approves, then a Kominfo reviewer publishes.') },
    },
    {
      name: 'reminderDays',
      type: 'number',
      defaultValue: 14,
      min: 1,
      max: 90,
      required: true,
      label: t('Pengingat peninjauan (hari sebelum jatuh tempo)', 'Review reminder (days before due)'),
    },
  ],
}
