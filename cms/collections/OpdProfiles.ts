import type { Field } from 'payload'
import { opdField } from '../fields/opd.ts'
import { opdProfiles } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const OpdProfiles = contentCollection(opdProfiles, {
  group: GROUPS.institution,
  overrides: { opd: (field) => ({ ...opdField(true)(field), unique: true }) as Field },
})
