import { news } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const News = contentCollection(news, {
  group: GROUPS.publications,
  defaultColumns: ['title', 'kind', 'date', 'opd', '_status'],
})
