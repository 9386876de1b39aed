import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted, ref } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { NEWS_KIND } from '../vocabularies.ts'

/** Lexical rich text as Payload stores it: a root node with children. */
export const richText = () => z.object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })

/** News and announcements of an OPD, or of the province when no OPD is set. */
export const news = defineType({
  slug: 'news',
  name: t('Berita', 'News item'),
  plural: t('Berita dan pengumuman', 'News and announcements'),
  level: 'mixed',
  category: 'berkala',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 9 ayat (2) huruf b' }],
  freshness: null,
  titleField: 'title',
  fields: z.object({
    opd: opdRef().optional(),
    kind: field(NEWS_KIND.schema(), t('Jenis', 'Kind'), 'News or announcement.'),
    title: field(z.string().min(5).max(200), t('Judul', 'Title'), 'Headline.'),
    slug: field(formatted('slug'), t('Slug', 'Slug'), 'Path of the article: berita/<slug>.'),
    date: field(formatted('date'), t('Tanggal', 'Date'), 'Publication date shown to readers.'),
    summary: field(z.string().min(10).max(400), t('Ringkasan', 'Summary'), 'Lead paragraph used in lists and search results.', { widget: 'textarea' }),
    body: field(richText(), t('Isi', 'Body'), 'The article.', { widget: 'richText' }),
    image: field(ref().optional(), t('Gambar utama', 'Main image'), 'Illustration; its alt text is required on the image.', { upload: 'media' }),
    ...stewardship,
  }),
})
