import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'

const item = (id: string, en: string, doc: string) => field(z.string().min(5), t(id, en), doc, { widget: 'textarea' })

/** Emergency notice (informasi serta merta, UU 14/2008 Ps. 10) with the eight items Perki 1/2021 requires. */
export const emergencyNotices = defineType({
  slug: 'emergency-notices',
  name: t('Informasi serta merta', 'Emergency notice'),
  plural: t('Informasi serta merta', 'Emergency notices'),
  level: 'mixed',
  category: 'serta_merta',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 10' }, { instrument: 'Perki 1/2021', article: 'Ps. 12' }],
  freshness: null,
  titleField: 'title',
  fields: z.object({
    opd: opdRef().optional(),
    title: field(z.string().min(5), t('Judul', 'Title'), 'What is happening, in a few words.'),
    issuedAt: field(formatted('date'), t('Diumumkan', 'Issued'), 'When the notice was issued.'),
    expiresAt: field(formatted('date').optional(), t('Berlaku sampai', 'Valid until'), 'When the notice stops being shown on top of every page.'),
    hazard: item('Potensi bahaya dan besaran dampak', 'Hazard and scale', 'The hazard and how large its effect may be.'),
    affected: item('Pihak yang berpotensi terkena dampak', 'Who is affected', 'People, places or groups at risk.'),
    evacuation: item('Prosedur dan tempat evakuasi', 'Evacuation procedure and place', 'Where to go and how.'),
    avoidance: item('Cara menghindari bahaya', 'How to avoid the hazard', 'What people should do.'),
    help: item('Cara mendapatkan bantuan', 'How to get help', 'Numbers and places for help.'),
    announcer: item('Pihak yang wajib mengumumkan', 'Who announces', 'The body responsible for announcing.'),
    announcementProcedure: item('Tata cara pengumuman', 'Announcement procedure', 'How and where it is announced.'),
    actions: item('Upaya penanggulangan', 'Actions under way', 'What the government is doing.'),
    ...stewardship,
  }),
})
