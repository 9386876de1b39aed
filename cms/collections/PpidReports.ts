import { ppidReports } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const PpidReports = contentCollection(ppidReports, {
  group: GROUPS.information,
})
