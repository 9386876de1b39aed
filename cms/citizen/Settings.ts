import type { GlobalConfig, Payload, PayloadRequest } from 'payload'
import { t } from '../../schemas/index.ts'
import { hasRole } from '../access/roles.ts'
import { auditGlobal } from '../audit/record.ts'
import { GROUPS } from '../collections/content.ts'

/**
 * The citizen channels' rules the province sets: the holiday calendar deadlines in working days skip
 * (public, like any calendar), how many working days an OPD has to answer a complaint, and how long
 * citizens' personal data is kept (the privacy notice says so).
 */
export const CitizenSettings: GlobalConfig = {
  slug: 'citizen-settings',
  label: t('Kanal warga dan hari libur', 'Citizen channels and holidays'),
  admin: { group: GROUPS.admin },
  access: { read: () => true, update: ({ req }) => hasRole(req, 'kominfo-admin') },
  hooks: { afterChange: [auditGlobal] },
  fields: [
    {
      name: 'complaintDays',
      type: 'number',
      required: true,
      defaultValue: 5,
      min: 1,
      max: 60,
      label: t('Batas jawaban pengaduan (hari kerja)', 'Complaint answer deadline (working days)'),
      admin: { description: t('Dihitung sejak hari berikutnya setelah pengaduan diterima, melewati akhir pekan dan hari libur di bawah.', 'Counted from the day after receipt, skipping weekends and the holidays below.') },
    },
    {
      name: 'retentionDays',
      type: 'number',
      required: true,
      defaultValue: 730,
      min: 30,
      max: 3650,
      label: t('Masa simpan data pribadi pelapor (hari sejak selesai)', 'Keep reporters’ personal data (days after closing)'),
      admin: { description: t('Sesudahnya nama, kontak, NIK dan isi pengaduan dihapus; tiket, status dan jawaban tetap.', 'Afterwards name, contact, NIK and message are erased; ticket, status and answer stay.') },
    },
    {
      name: 'holidays',
      type: 'array',
      label: t('Hari libur nasional dan cuti bersama', 'Public holidays and joint leave days'),
      labels: { singular: t('Hari libur', 'Holiday'), plural: t('Hari libur', 'Holidays') },
      fields: [
        { name: 'date', type: 'text', required: true, label: t('Tanggal (YYYY-MM-DD)', 'Date (YYYY-MM-DD)'), validate: (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? true : 'Tanggal harus berformat YYYY-MM-DD, misalnya 2026-12-25') },
        { name: 'name', type: 'text', required: true, label: t('Keterangan', 'Name') },
      ],
    },
  ],
}

export interface CitizenRules {
  complaintDays: number
  retentionDays: number
  holidays: Set<string>
}

export const citizenRules = async (payload: Payload, req?: PayloadRequest): Promise<CitizenRules> => {
  const settings = await payload.findGlobal({ slug: 'citizen-settings', depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  return {
    complaintDays: settings.complaintDays ?? 5,
    retentionDays: settings.retentionDays ?? 730,
    holidays: new Set((settings.holidays ?? []).map((h) => h.date)),
  }
}
