import { z } from 'zod'
import { t, type Text } from './text.ts'

/**
 * Government level digit in Permendagri 90/2019 activity codes: `1` for a province, `2` for a
 * regency or city. This deployment is a province (Banten).
 */
export const GOVERNMENT_LEVEL_DIGIT = '1'

/** A named text format: its pattern, an example, and the message a person reads when it fails. */
export interface Format {
  pattern: RegExp
  example: string
  message: Text
}

const L = GOVERNMENT_LEVEL_DIGIT

export const FORMATS = {
  /** Government affairs (bidang urusan) code, e.g. `2.16` (Komunikasi dan Informatika). */
  urusan: {
    pattern: /^\d\.\d{2}$/,
    example: '2.16',
    message: t('Kode bidang urusan harus berformat U.BB, misalnya 2.16', 'Government affairs code must look like U.BB, e.g. 2.16'),
  },
  programme: {
    pattern: /^\d\.\d{2}\.\d{2}$/,
    example: '2.16.02',
    message: t('Kode program harus berformat U.BB.PP, misalnya 2.16.02', 'Programme code must look like U.BB.PP, e.g. 2.16.02'),
  },
  activity: {
    pattern: new RegExp(`^\\d\\.\\d{2}\\.\\d{2}\\.${L}\\.\\d{2}$`),
    example: `2.16.02.${L}.01`,
    message: t(
      `Kode kegiatan harus berformat U.BB.PP.${L}.KK (digit ${L} untuk provinsi), misalnya 2.16.02.${L}.01`,
      `Activity code must look like U.BB.PP.${L}.KK (digit ${L} for a province), e.g. 2.16.02.${L}.01`,
    ),
  },
  subActivity: {
    pattern: new RegExp(`^\\d\\.\\d{2}\\.\\d{2}\\.${L}\\.\\d{2}\\.\\d{4}$`),
    example: `2.16.02.${L}.01.0001`,
    message: t(
      `Kode sub kegiatan harus berformat U.BB.PP.${L}.KK.SSSS, misalnya 2.16.02.${L}.01.0001`,
      `Sub-activity code must look like U.BB.PP.${L}.KK.SSSS, e.g. 2.16.02.${L}.01.0001`,
    ),
  },
  /** Any level of the programme tree; the level's own format is then checked against the chosen level. */
  programmeTree: {
    pattern: new RegExp(`^\\d\\.\\d{2}\\.\\d{2}(\\.${L}\\.\\d{2}(\\.\\d{4})?)?$`),
    example: `2.16.02.${L}.01`,
    message: t(
      `Kode harus berformat U.BB.PP (program), U.BB.PP.${L}.KK (kegiatan) atau U.BB.PP.${L}.KK.SSSS (sub kegiatan)`,
      `Code must look like U.BB.PP (programme), U.BB.PP.${L}.KK (activity) or U.BB.PP.${L}.KK.SSSS (sub-activity)`,
    ),
  },
  /** A calendar date, or a full ISO timestamp as the CMS stores dates. */
  date: {
    pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/,
    example: '2026-01-31',
    message: t('Tanggal harus berformat TTTT-BB-HH, misalnya 2026-01-31', 'Date must look like YYYY-MM-DD, e.g. 2026-01-31'),
  },
  phone: {
    pattern: /^(\+62|\(?0)[0-9 ()-]{6,18}$/,
    example: '(0254) 267001',
    message: t('Nomor telepon harus diawali 0 atau +62, misalnya (0254) 267001', 'Phone number must start with 0 or +62, e.g. (0254) 267001'),
  },
  /** URL-safe identifier used in site paths. */
  slug: {
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    example: 'dinas-kesehatan',
    message: t('Slug hanya huruf kecil, angka dan tanda hubung, misalnya dinas-kesehatan', 'Slug may only hold lower-case letters, digits and hyphens, e.g. dinas-kesehatan'),
  },
  /** Kemendagri region code: province `36`, regency/city `36.01`, district `36.01.01`. */
  region: {
    pattern: /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/,
    example: '36',
    message: t('Kode wilayah Kemendagri harus berformat 36 atau 36.01, misalnya 36', 'Region code must look like 36 or 36.01, e.g. 36'),
  },
  /** Web address on http(s). */
  url: {
    pattern: /^https?:\/\/[^\s/$.?#][^\s]*$/,
    example: 'https://bantenprov.go.id',
    message: t('Alamat web harus diawali http:// atau https://', 'Web address must start with http:// or https://'),
  },
  email: {
    pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    example: 'ppid@bantenprov.go.id',
    message: t('Alamat email tidak valid, misalnya ppid@bantenprov.go.id', 'Email address is not valid, e.g. ppid@bantenprov.go.id'),
  },
} as const satisfies Record<string, Format>

export type FormatName = keyof typeof FORMATS

/** Whether a YYYY-MM-DD prefix names a day that exists (no 31 February). */
const isCalendarDate = (value: string) => {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A string of a named format; the pattern also lands in the JSON Schema. */
export const formatted = (name: FormatName) => {
  const schema = z.string().regex(FORMATS[name].pattern)
  return name === 'date' ? schema.refine(isCalendarDate, { params: { text: FORMATS.date.message } }) : schema
}

/** Finds the format whose pattern failed, to say which rule was broken. */
export const formatByPattern = (pattern: RegExp | string | undefined): Format | undefined => {
  if (!pattern) return undefined
  // zod reports a failed pattern as its literal, slashes included
  const source = typeof pattern === 'string' ? pattern.replace(/^\/(.*)\/[a-z]*$/s, '$1') : pattern.source
  return Object.values(FORMATS).find((f) => f.pattern.source === source)
}

/** Amount in whole Rupiah: integers only, never negative. */
export const rupiah = () => z.number().int().min(0)

/** A fiscal or plan year. */
export const year = () => z.number().int().min(2000).max(2100)

/** Percent from 0 to 100. */
export const percent = () => z.number().min(0).max(100)

/** A relation to another document: its id as the API returns it, or the expanded document. */
export const ref = () =>
  z.union([z.number().int().positive(), z.string().min(1), z.object({ id: z.union([z.number(), z.string()]) }).loose()])

/** Id of a referenced document, whether expanded or not. */
export const refId = (value: unknown): string | number | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return undefined
}

/** A slug made from a name (FORMATS.slug): lower case letters and digits, accents dropped, anything else one hyphen, at most 60 characters. */
export const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
