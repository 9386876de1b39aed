import { goals } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Goals = contentCollection(goals, {
  group: GROUPS.planning,
})
