import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted, ref } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { INFORMATION_CATEGORY } from '../vocabularies.ts'

/**
 * One entry of the PPID register: the list of public information (DIP), or, with category
 * `dikecualikan`, of exempted information (DIK), which is kept for the record and never published.
 */
export const ppidEntries = defineType({
  slug: 'ppid-entries',
  name: t('Daftar informasi publik', 'Public information entry'),
  plural: t('Daftar informasi publik', 'Public information register'),
  level: 'opd',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 11 ayat (1) huruf a' }, { instrument: 'UU 14/2008', article: 'Ps. 17' }, { instrument: 'Perki 1/2021' }],
  freshness: null,
  titleField: 'title',
  fields: z.object({
    opd: opdRef(),
    title: field(z.string().min(5), t('Judul informasi', 'Title'), 'Name of the information.'),
    category: field(INFORMATION_CATEGORY.schema(), t('Kategori', 'Category'), 'UU 14/2008 category; dikecualikan entries are never published.'),
    summary: field(z.string().min(10), t('Ringkasan isi', 'Summary'), 'What the information contains.', { widget: 'textarea' }),
    format: field(z.string().optional(), t('Bentuk informasi', 'Format'), 'Printed, electronic, or both.'),
    retention: field(z.string().optional(), t('Jangka waktu penyimpanan', 'Retention'), 'How long it is kept, e.g. "5 tahun".'),
    url: field(formatted('url').optional(), t('Tautan', 'Link'), 'Where the information can be read.'),
    file: field(ref().optional(), t('Berkas', 'File'), 'The document itself, when it is a file.', { upload: 'documents' }),
    ...stewardship,
  }),
  privateFields: z.object({
    exemption: field(
      z
        .object({
          legalReason: field(z.string().optional(), t('Dasar pengecualian', 'Legal reason'), 'Article of UU 14/2008 Ps. 17 (or another law) that exempts it.', { widget: 'textarea' }),
          consequenceTest: field(z.string().optional(), t('Uji konsekuensi', 'Consequence test'), 'Harm that disclosure would cause (UU 14/2008 Ps. 19).', { widget: 'textarea' }),
          until: field(formatted('date').optional(), t('Dikecualikan sampai', 'Exempted until'), 'When the exemption ends, if it does.'),
        })
        .optional(),
      t('Pengecualian', 'Exemption'),
      'Only for dikecualikan entries: why and until when. Never published.',
    ),
  }),
  privateRules: [
    (doc) => {
      // Exempted entries need the legal reason and the consequence test; both live in private fields.
      if (doc.category !== 'dikecualikan') return []
      const exemption = doc.exemption as { legalReason?: string; consequenceTest?: string } | undefined
      return [
        ...(exemption?.legalReason?.trim() ? [] : [{ path: ['exemption', 'legalReason'], message: t('Informasi dikecualikan wajib menyebut dasar pengecualian', 'Exempted information needs its legal reason') }]),
        ...(exemption?.consequenceTest?.trim() ? [] : [{ path: ['exemption', 'consequenceTest'], message: t('Informasi dikecualikan wajib memuat uji konsekuensi', 'Exempted information needs its consequence test') }]),
      ]
    },
  ],
  publicRules: [
    (doc) =>
      doc.category === 'dikecualikan'
        ? [{ path: ['category'], message: t('Informasi yang dikecualikan tidak boleh dipublikasikan', 'Exempted information must never be published') }]
        : [],
  ],
})
