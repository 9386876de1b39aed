import type { Published, TemplateProps } from '../props.ts'
import type { news } from '../../schemas/index.ts'
import { DOCS } from './docs.ts'
import { image, opdSite, portalSite } from './site.ts'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' })
const block = (type: string, children: unknown[], extra: object = {}) => ({ type, version: 1, direction: 'ltr', format: '', indent: 0, children, ...extra })

// Every node type rich text may hold, plus hostile input the template must neutralise.
const rich: Published<typeof news> = {
  ...DOCS.news.article,
  id: 41,
  opd: 5,
  title: 'Dinas Kesehatan Gelar Pekan Imunisasi di Delapan Kabupaten/Kota',
  slug: 'pekan-imunisasi-2026',
  date: '2026-03-10',
  summary: 'Pekan imunisasi menyasar bayi dan balita yang belum mendapat imunisasi dasar lengkap di seluruh kabupaten/kota di Banten.',
  body: {
    root: { ...block('root', []), type: 'root', children: [
      block('paragraph', [text('Dinas Kesehatan Provinsi Banten menggelar '), text('Pekan Imunisasi', 1), text(' pada '), text('16-21 Maret 2026', 2), text('.')]),
      block('heading', [text('Lokasi pelayanan')], { tag: 'h1' }),
      block('list', [block('listitem', [text('Puskesmas di seluruh kabupaten/kota')]), block('listitem', [text('Posyandu yang ditunjuk')])], { listType: 'bullet', tag: 'ul' }),
      block('heading', [text('Langkah bagi orang tua')], { tag: 'h3' }),
      block('list', [block('listitem', [text('Bawa buku KIA')]), block('listitem', [text('Datang sesuai jadwal posyandu')])], { listType: 'number', tag: 'ol' }),
      block('quote', [text('Imunisasi lengkap melindungi anak dari penyakit yang dapat dicegah.')]),
      block('paragraph', [
        text('Informasi lengkap: '),
        block('link', [text('laman Kementerian Kesehatan')], { fields: { url: 'https://www.kemkes.go.id', linkType: 'custom' } }),
        text(', '),
        block('autolink', [text('ppid.dinkes@contoh.bantenprov.go.id')], { fields: { url: 'mailto:ppid.dinkes@contoh.bantenprov.go.id' } }),
        { type: 'linebreak', version: 1 },
        block('link', [text('tautan tidak aman <script>alert(1)</script>')], { fields: { url: 'javascript:alert(1)' } }),
      ]),
      { type: 'horizontalrule', version: 1 },
      block('paragraph', [text('Kode pos 42171', 16), { type: 'tab', version: 1 }, text('H', 0), text('2', 32), text('O', 0)]),
    ] },
  },
}

export const examples = {
  'berita-bergambar': {
    site: opdSite,
    article: rich,
    image: image('/dinkes/media/pekan-imunisasi', 1200, 675, 'Petugas puskesmas memberikan imunisasi kepada balita di posyandu'),
    source: 'Dinas Kesehatan',
  },
  'pengumuman-tanpa-gambar': { site: portalSite, article: DOCS.news.announcement, source: 'Pemerintah Provinsi Banten' },
} satisfies Record<string, TemplateProps['news-article']>
