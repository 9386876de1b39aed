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
  /** Rules on private fields, checked where those are stored (the CMS), never on published output. */
  privateRules?: CrossRule<z.infer<S> & Record<string, unknown>>[]
}

export interface ContentType<S extends z.ZodObject = z.ZodObject> extends ContentTypeSpec<S> {
  /** The published shape: content fields plus system fields, cross and public rules applied. */
  published: z.ZodType<z.infer<S> & SystemFields>
  /** `published` as the public API delivers it, where an absent value may come as null. */
  contract: z.ZodType<z.infer<S> & SystemFields>
  /** Runs the cross-field rules on a stored document, private fields included. */
  check: (doc: z.infer<S>) => CrossIssue[]
}

export interface SystemFields {
  id: string | number
  createdAt?: string
  updatedAt?: string
}

const PRIVATE_LEAK = { id: 'Data pribadi atau rahasia tidak boleh dipublikasikan', en: 'Private or exempted data must never be published' }

const system = {
  id: z.union([z.string(), z.number()]).meta({ description: 'Document id as assigned by the database.' }),
  createdAt: z.string().optional().meta({ description: 'When the document was first stored (ISO timestamp).' }),
  updatedAt: z.string().optional().meta({ description: 'When the document last changed (ISO timestamp).' }),
}

export const defineType = <S extends z.ZodObject>(spec: ContentTypeSpec<S>): ContentType<S> => {
  const crossRules = spec.crossRules ?? []
  const publicRules = spec.publicRules ?? []
  const privateRules = spec.privateRules ?? []
  // Stored documents may be checked before each field is known to be valid: a rule that cannot read one has nothing to say.
  const check = (doc: z.infer<S>) =>
    [...crossRules, ...privateRules].flatMap((rule) => {
      try {
        return rule(doc)
      } catch {
        return []
      }
    })
  const published = spec.fields.extend(system).superRefine(
    (doc, ctx) => {
      const value = doc as z.infer<S>
      for (const issue of [...crossRules, ...publicRules].flatMap((rule) => rule(value))) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message.en, params: { text: issue.message } })
      }
    },
    // Cross rules read several fields: only meaningful once each field is valid on its own.
    { when: (payload) => payload.issues.length === 0 },
  ) as unknown as z.ZodType<z.infer<S> & SystemFields>
  const privateKeys = Object.keys(spec.privateFields?.shape ?? {})
  const contract = z.preprocess((value, ctx) => {
    // Unknown keys are dropped by zod; private ones must instead fail loudly, since they must never be published.
    for (const key of privateKeys) {
      if (value && typeof value === 'object' && (value as Record<string, unknown>)[key] != null) {
        ctx.addIssue({ code: 'custom', path: [key], message: PRIVATE_LEAK.en, params: { text: PRIVATE_LEAK }, input: value })
      }
    }
    return dropNulls(value)
  }, published) as unknown as z.ZodType<z.infer<S> & SystemFields>
  return { ...spec, published, contract, check }
}

/** Databases and GraphQL return null for empty fields; the standard treats null as absent. */
export const dropNulls = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(dropNulls)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, dropNulls(v)]),
    )
  }
  return value
}
