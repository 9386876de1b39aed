import { targets } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Targets = contentCollection(targets, {
  group: GROUPS.planning,
})
