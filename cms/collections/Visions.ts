import { visions } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Visions = contentCollection(visions, {
  group: GROUPS.planning,
})
