import { z } from 'zod'
import type { Text } from './text.ts'
import type { InformationCategory } from './vocabularies.ts'

/** A regulation an obligation rests on. `unverified` until checked against an official text. */
export interface LegalBasis {
  instrument: string
  article?: string
  unverified?: boolean
}

/** When an item goes stale: `field` holds a date; older than `maxAgeDays` on the check day is stale. */
export interface FreshnessRule {
  field: string
  maxAgeDays: number
  why: Text
}

/** A rule that needs several fields at once; it names the path of the field to fix. */
export interface CrossIssue {
  path: (string | number)[]
  message: Text
}

export type CrossRule<T> = (doc: T) => CrossIssue[]

export interface ContentTypeSpec<S extends z.ZodObject> {
  /** API and collection name, also used in site paths' data files. */
  slug: string
  /** Singular and plural names for people. */
  name: Text
  plural: Text
  /** Who owns documents: each OPD, Kominfo for the province, or either. */
  level: 'opd' | 'province' | 'mixed'
  /** UU 14/2008 category of the information, when it has one. */
  category: InformationCategory | null
  legalBasis: LegalBasis[]
  freshness: FreshnessRule | null
  /** Field shown as the document's title in lists. */
  titleField: keyof z.infer<S> & string
  /** The published content fields. */
  fields: S
  /** Fields stored and used inside the CMS but never published (personal data, exemption reasoning). */
  privateFields?: z.ZodObject
  crossRules?: CrossRule<z.infer<S>>[]
  /** Rules only published output must meet, e.g. no exempted entry in the public register. */
  publicRules?: CrossRule<z.infer<S>>[]
}

export interface ContentType<S extends z.ZodObject = z.ZodObject> extends ContentTypeSpec<S> {
  /** The published shape as the public API returns it: content fields plus system fields, cross rules applied. */
  contract: z.ZodType<z.infer<S> & SystemFields>
  /** Runs the cross-field rules. */
  check: (doc: z.infer<S>) => CrossIssue[]
}

export interface SystemFields {
  id: string | number
  createdAt?: string
  updatedAt?: string
}

const system = {
  id: z.union([z.string(), z.number()]).meta({ description: 'Document id as assigned by the database.' }),
  createdAt: z.string().optional().meta({ description: 'When the document was first stored (ISO timestamp).' }),
  updatedAt: z.string().optional().meta({ description: 'When the document last changed (ISO timestamp).' }),
}

export const defineType = <S extends z.ZodObject>(spec: ContentTypeSpec<S>): ContentType<S> => {
  const rules = spec.crossRules ?? []
  const check = (doc: z.infer<S>) => rules.flatMap((rule) => rule(doc))
  const publicRules = spec.publicRules ?? []
  const contract = spec.fields
    .extend(system)
    .superRefine((doc, ctx) => {
      const published = doc as z.infer<S>
      for (const issue of [...check(published), ...publicRules.flatMap((rule) => rule(published))]) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message.en, params: { text: issue.message } })
      }
    }) as unknown as z.ZodType<z.infer<S> & SystemFields>
  return { ...spec, contract, check }
}
