import { t, type Text } from '../../schemas/text.ts'

/** The workflow's stages and steps with their names: shared by the server and the admin's client components. */
export const STATES = ['draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived'] as const
export type State = (typeof STATES)[number]

export const STATE_LABELS: Record<State, Text> = {
  draft: t('Draf', 'Draft'),
  submitted: t('Diajukan', 'Submitted'),
  approved: t('Disetujui kepala OPD', 'Approved by the OPD head'),
  scheduled: t('Terjadwal', 'Scheduled'),
  published: t('Terbit', 'Published'),
  returned: t('Dikembalikan', 'Returned'),
  withdrawn: t('Ditarik', 'Withdrawn'),
  archived: t('Diarsipkan', 'Archived'),
}

export const ACTIONS = ['submit', 'recall', 'approve', 'return', 'publish', 'force-publish', 'withdraw', 'archive'] as const
export type Action = (typeof ACTIONS)[number]

export const ACTION_LABELS: Record<Action, Text> = {
  submit: t('Ajukan untuk ditelaah', 'Submit for review'),
  recall: t('Tarik pengajuan', 'Recall submission'),
  approve: t('Setujui (kepala OPD)', 'Approve (OPD head)'),
  return: t('Kembalikan dengan alasan', 'Return with a reason'),
  publish: t('Terbitkan', 'Publish'),
  'force-publish': t('Terbitkan paksa (wajib alasan)', 'Force-publish (reason required)'),
  withdraw: t('Tarik dari situs', 'Withdraw from the sites'),
  archive: t('Arsipkan', 'Archive'),
}

