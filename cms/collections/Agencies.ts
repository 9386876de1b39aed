import { agencies } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Agencies = contentCollection(agencies, {
  group: GROUPS.services,
})
