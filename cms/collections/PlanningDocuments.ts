import { planningDocuments } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const PlanningDocuments = contentCollection(planningDocuments, {
  group: GROUPS.planning,
  defaultColumns: ['title', 'type', 'periodStart', 'periodEnd', 'opd', '_status'],
})
