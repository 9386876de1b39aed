import { skmResults } from '../../schemas/index.ts'
import { skmImportEndpoint, skmTemplateEndpoint } from '../citizen/skmEndpoint.ts'
import { contentCollection, GROUPS } from './content.ts'

const collection = contentCollection(skmResults, {
  group: GROUPS.services,
  defaultColumns: ['period', 'opd', 'service', 'respondents', '_status'],
})

/** Results are typed in, or imported from the raw answers (cms/citizen/skmEndpoint.ts, admin view /admin/impor-skm). */
export const SkmResults = { ...collection, endpoints: [...(collection.endpoints || []), skmImportEndpoint, skmTemplateEndpoint] }
