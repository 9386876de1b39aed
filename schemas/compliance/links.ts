import { CONTENT_TYPES } from '../index.ts'
import { FORMATS } from '../formats.ts'
import type { ComplianceContent } from './engine.ts'

type Doc = Record<string, unknown>

/** An address outside the sites that published content points to (an online service, an agency, LHKPN...). */
export interface ExternalLink {
  /** OPD slug, or '' for the province level (the province record included). */
  unit: string
  /** Content type slug, or `province` for the province record. */
  type: string
  id: string
  /** The item's title, as failures name it. */
  item: string
  /** Dotted path of the field, e.g. `ppid.requestFormUrl`. */
  field: string
  url: string
}

/** The last check of one address by the scheduled link checker (cms/compliance/links.ts). */
export interface LinkStatus {
  url: string
  ok: boolean
  /** HTTP status of the last answer, when there was one. */
  status?: number | null
  /** Why it failed, in Bahasa Indonesia. */
  error?: string | null
  /** When it was checked (ISO time). */
  checkedAt: string
  /** First check of the current run of failures (ISO time). */
  brokenSince?: string | null
}

/** How failures name an item: its title, name, statement or period. */
export const titleOf = (doc: Doc) => String(doc.title ?? doc.name ?? doc.statement ?? doc.period ?? doc.ownerUnit ?? doc.id)

/** Every http(s) address in a document's fields, with its path; rich text (Lexical, under `root`) is left to its editors. */
const urlsIn = (value: unknown, path: string[] = []): { field: string; url: string }[] => {
  if (typeof value === 'string') return FORMATS.url.pattern.test(value) ? [{ field: path.join('.'), url: value }] : []
  if (Array.isArray(value)) return value.flatMap((v, i) => urlsIn(v, [...path, String(i)]))
  if (value && typeof value === 'object' && !('root' in value)) return Object.entries(value).flatMap(([key, v]) => urlsIn(v, [...path, key]))
  return []
}

/** The published content fields of each type: private fields (exemption reasoning, personal data) are never looked at. */
const PUBLIC_FIELDS = new Map(CONTENT_TYPES.map((type) => [type.slug, Object.keys(type.fields.shape)]))
const publicUrls = (type: string, doc: Doc) => (PUBLIC_FIELDS.get(type) ?? []).flatMap((key) => urlsIn(doc[key], [key]))

/**
 * The external addresses of published content, by unit. Exempted register entries are left out: their
 * addresses are not public, and the checker's results are.
 */
export const externalLinks = (content: ComplianceContent): ExternalLink[] => [
  ...publicUrls('province', content.province).map((link) => ({ unit: '', type: 'province', id: 'province', item: String(content.province.name ?? 'Provinsi'), ...link })),
  ...Object.entries(content.units).flatMap(([unit, types]) =>
    Object.entries(types).flatMap(([type, docs]) =>
      docs
        .filter((doc) => doc.category !== 'dikecualikan')
        .flatMap((doc) => publicUrls(type, doc).map((link) => ({ unit, type, id: String(doc.id), item: titleOf(doc), ...link }))),
    ),
  ),
]
