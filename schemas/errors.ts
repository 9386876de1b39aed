import { z } from 'zod'
import { formatByPattern } from './formats.ts'
import type { Lang, Text } from './text.ts'

export interface FieldError {
  /** Dotted path of the field, e.g. `lines.0.realisation`. */
  path: string
  message: string
}

const required: Text = { id: 'Wajib diisi', en: 'This field is required' }

const pick = (lang: Lang, id: string, en: string) => (lang === 'id' ? id : en)

const fallback = { id: z.locales.id().localeError, en: z.locales.en().localeError }

/** The message a person reads for one zod issue, in their language. */
export const issueMessage = (issue: z.core.$ZodIssue, lang: Lang): string => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return required[lang]
      if (issue.expected === 'int') return pick(lang, 'Harus bilangan bulat (tanpa desimal)', 'Must be a whole number')
      if (issue.expected === 'number') return pick(lang, 'Harus berupa angka', 'Must be a number')
      break
    case 'invalid_union':
      if (issue.input === undefined || issue.input === null || issue.input === '') return required[lang]
      return pick(lang, 'Pilih data yang ada (id tidak dikenal)', 'Choose an existing record (unknown id)')
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'number' && issue.inclusive === false) return pick(lang, `Harus lebih dari ${min}`, `Must be more than ${min}`)
      if (issue.origin === 'string') return min <= 1 ? required[lang] : pick(lang, `Minimal ${min} karakter`, `At least ${min} characters`)
      if (issue.origin === 'array') return pick(lang, `Minimal ${min} baris`, `At least ${min} rows`)
      if (issue.origin === 'number') return min === 0 ? pick(lang, 'Tidak boleh negatif', 'Cannot be negative') : pick(lang, `Tidak boleh kurang dari ${min}`, `Cannot be less than ${min}`)
      break
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return pick(lang, `Maksimal ${max} karakter`, `At most ${max} characters`)
      if (issue.origin === 'array') return pick(lang, `Maksimal ${max} baris`, `At most ${max} rows`)
      if (issue.origin === 'number') return pick(lang, `Tidak boleh lebih dari ${max}`, `Cannot be more than ${max}`)
      break
    }
    case 'invalid_format': {
      const format = formatByPattern((issue as { pattern?: string }).pattern)
      if (format) return format.message[lang]
      return pick(lang, 'Format tidak sesuai', 'Wrong format')
    }
    case 'invalid_value':
      if (issue.input === undefined || issue.input === null || issue.input === '') return required[lang]
      return pick(lang, `Pilih salah satu: ${issue.values.join(', ')}`, `Choose one of: ${issue.values.join(', ')}`)
    case 'custom': {
      const text = (issue.params as { text?: Text } | undefined)?.text
      if (text) return text[lang]
      break
    }
  }
  const message = fallback[lang](issue as never)
  return typeof message === 'string' ? message : (message?.message ?? issue.message)
}

/** Path segments joined as Payload names fields: `lines.0.realisation`. */
export const joinPath = (path: readonly PropertyKey[]) => path.map(String).join('.')

/** Validates `value` against `schema` and returns the errors people read, field by field. */
export const explain = (schema: z.ZodType, value: unknown, lang: Lang = 'id'): FieldError[] => {
  const result = schema.safeParse(value, { reportInput: true })
  if (result.success) return []
  return result.error.issues.map((issue) => ({ path: joinPath(issue.path), message: issueMessage(issue, lang) }))
}
