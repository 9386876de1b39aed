import type { TemplateProps } from '../props.ts'
import { newsSummaries } from './dinkes.ts'
import { opdSite, portalSite } from './site.ts'

export const examples = {
  opd: { site: opdSite, items: newsSummaries, feed: '/dinkes/berita/rss.xml' },
  portal: { site: portalSite, items: newsSummaries.map((n) => ({ ...n, source: 'Dinas Kesehatan' })), feed: '/berita/rss.xml' },
  kosong: { site: opdSite, items: [], feed: '/dinkes/berita/rss.xml' },
} satisfies Record<string, TemplateProps['news-list']>
