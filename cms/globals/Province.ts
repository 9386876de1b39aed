import type { GlobalConfig } from 'payload'
import { province } from '../../schemas/index.ts'
import { isAdmin } from '../access/content.ts'
import { GROUPS } from '../collections/content.ts'
import { fieldsFromSchema } from '../fields/fromSchema.ts'
import { auditGlobal } from '../audit/record.ts'
import { rebuildAfterGlobalChange } from '../hooks/rebuildSites.ts'

/** Province identity and the shared links (procurement, PPID, open data, complaints) every site shows. */
export const Province: GlobalConfig = {
  slug: province.slug,
  label: province.name,
  admin: { group: GROUPS.admin },
  access: { read: () => true, update: isAdmin },
  fields: fieldsFromSchema(province.fields.shape),
  hooks: { afterChange: [rebuildAfterGlobalChange, auditGlobal] },
}
