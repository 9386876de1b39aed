import { ppidEntries } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const PpidEntries = contentCollection(ppidEntries, {
  group: GROUPS.information,
  // Exempted (dikecualikan) entries are kept for the record and never shown to visitors; so neither are their files.
  publicFilter: { category: { not_equals: 'dikecualikan' } },
  defaultColumns: ['title', 'category', 'opd', '_status'],
})
