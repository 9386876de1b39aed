import { emergencyNotices } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const EmergencyNotices = contentCollection(emergencyNotices, {
  group: GROUPS.publications,
})
