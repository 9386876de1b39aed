import { skmResults } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const SkmResults = contentCollection(skmResults, {
  group: GROUPS.services,
  defaultColumns: ['period', 'opd', 'service', 'respondents', '_status'],
})
