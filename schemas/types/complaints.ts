import { z } from 'zod'
import { opdRef } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { COMPLAINT_STATUS } from '../vocabularies.ts'

/**
 * A citizen complaint or aspiration routed to an OPD (Perpres 95/2018, SP4N-LAPOR!). Only the ticket,
 * status and the published answer are public; who wrote it never is (UU 27/2022).
 */
export const complaints = defineType({
  slug: 'complaints',
  name: t('Pengaduan', 'Complaint'),
  plural: t('Pengaduan dan aspirasi', 'Complaints and aspirations'),
  level: 'opd',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'UU 25/2009', article: 'Ps. 36' }, { instrument: 'Perpres 95/2018' }, { instrument: 'UU 27/2022' }],
  freshness: null,
  titleField: 'ticket',
  fields: z.object({
    opd: opdRef(),
    ticket: field(z.string().regex(/^ADU-\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/), t('Nomor tiket', 'Ticket'), 'Public ticket: year and 12 random characters (Crockford base 32), e.g. ADU-2026-7K3Q-X9MD-2PRT; unguessable.', { readOnly: true }),
    subject: field(z.string().min(5), t('Perihal', 'Subject'), 'Short subject, written so that it identifies no person.'),
    status: field(COMPLAINT_STATUS.schema(), t('Status', 'Status'), 'Where the complaint is in handling.'),
    receivedAt: field(formatted('date'), t('Diterima', 'Received'), 'When the complaint arrived.'),
    dueAt: field(formatted('date'), t('Batas waktu jawaban', 'Answer due'), 'Deadline for the answer.'),
    answer: field(z.string().optional(), t('Jawaban', 'Answer'), 'The published answer, without personal data.', { widget: 'textarea' }),
    answeredAt: field(formatted('date').optional(), t('Dijawab', 'Answered'), 'When the answer was given.'),
  }),
  privateFields: z.object({
    message: field(z.string().min(10), t('Isi pengaduan', 'Message'), 'What the citizen wrote; may hold personal data, so never published.', { widget: 'textarea' }),
    reporter: field(
      z.object({
        name: field(z.string().min(2), t('Nama pelapor', 'Reporter name'), 'Never published.'),
        email: field(formatted('email').optional(), t('Email pelapor', 'Reporter email'), 'For replies; never published.'),
        phone: field(formatted('phone').optional(), t('Telepon pelapor', 'Reporter phone'), 'For replies; never published.'),
        nik: field(z.string().regex(/^\d{16}$/).optional(), t('NIK', 'National id number (NIK)'), 'Only when the service needs it; never published.'),
      }),
      t('Data pelapor', 'Reporter'),
      'Personal data of the citizen (UU 27/2022): visible to the handling OPD and Kominfo only.',
    ),
  }),
  crossRules: [
    (doc) =>
      doc.status === 'answered' && !doc.answer?.trim()
        ? [{ path: ['answer'], message: t('Status dijawab memerlukan jawaban', 'Status "answered" needs an answer') }]
        : [],
  ],
})
