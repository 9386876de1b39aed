import { programmes } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Programmes = contentCollection(programmes, {
  group: GROUPS.planning,
  defaultColumns: ['code', 'name', 'level', 'opd', '_status'],
})
