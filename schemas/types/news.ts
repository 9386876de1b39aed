import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted, ref } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { NEWS_KIND } from '../vocabularies.ts'

/** Node types rich text may hold: text and its structure, links; never files or records (they are fields). */
export const RICH_TEXT_NODES = ['paragraph', 'text', 'heading', 'list', 'listitem', 'quote', 'link', 'autolink', 'linebreak', 'tab', 'horizontalrule'] as const

const unknownNodes = (nodes: unknown[]): string[] =>
  nodes.flatMap((node) => {
    const { type, children } = (node ?? {}) as { type?: unknown; children?: unknown }
    const own = (RICH_TEXT_NODES as readonly unknown[]).includes(type) ? [] : [String(type)]
    return [...own, ...(Array.isArray(children) ? unknownNodes(children) : [])]
  })

/** Lexical rich text as Payload stores it: a root node with children of the allowed types. */
export const richText = () =>
  z.object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() }).refine((value) => unknownNodes(value.root.children).length === 0, {
    params: { text: t(`Isi hanya boleh berupa teks, judul, daftar, kutipan dan tautan (${RICH_TEXT_NODES.length} jenis)`, `Rich text may only hold text, headings, lists, quotes and links`) },
  })

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
