import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { collections } from '../../cms/collections/index.ts'
import { Province } from '../../cms/globals/Province.ts'
import { MESSAGES } from '../../cms/messages.ts'
import { ROLE_LABELS } from '../../cms/access/roles.ts'
import { FORMATS, SKM_GRADES } from '../../schemas/index.ts'
import * as schemas from '../../schemas/index.ts'
import { ALL_EXAMPLES } from '../../schemas/examples/index.ts'
import { explain } from '../../schemas/index.ts'

const gaps: string[] = []

/** A project-defined text must say something in Bahasa Indonesia and in English. */
const bilingual = (where: string, text: unknown) => {
  const t = text as { id?: unknown; en?: unknown } | undefined
  if (typeof t !== 'object' || t === null || typeof t.id !== 'string' || !t.id.trim() || typeof t.en !== 'string' || !t.en.trim()) gaps.push(where)
}

const walkFields = (where: string, fields: Field[]) => {
  for (const field of fields) {
    if (!('name' in field)) continue
    const here = `${where}.${field.name}`
    bilingual(`${here} label`, field.label)
    const description = (field.admin as { description?: unknown } | undefined)?.description
    if (description !== undefined) bilingual(`${here} description`, description)
    if (field.type === 'select') for (const option of field.options) bilingual(`${here} option ${typeof option === 'string' ? option : option.value}`, typeof option === 'string' ? undefined : option.label)
    if ('fields' in field && Array.isArray(field.fields)) walkFields(here, field.fields)
  }
}

describe('every text the project defines has Indonesian and English', () => {
  it('collections, fields, options and globals', () => {
    gaps.length = 0
    for (const collection of collections as CollectionConfig[]) {
      bilingual(`${collection.slug} singular`, collection.labels?.singular)
      bilingual(`${collection.slug} plural`, collection.labels?.plural)
      bilingual(`${collection.slug} group`, collection.admin?.group)
      walkFields(collection.slug, collection.fields)
    }
    bilingual('province label', Province.label)
    walkFields('province', Province.fields)
    expect(gaps).toEqual([])
  })

  it('messages, formats, roles, vocabularies and grades', () => {
    gaps.length = 0
    for (const [key, message] of Object.entries(MESSAGES)) bilingual(`MESSAGES.${key}`, typeof message === 'function' ? (message as (...a: unknown[]) => unknown)('x', 'y') : message)
    for (const [key, format] of Object.entries(FORMATS)) bilingual(`FORMATS.${key}`, format.message)
    for (const [key, label] of Object.entries(ROLE_LABELS)) bilingual(`role ${key}`, label)
    for (const grade of SKM_GRADES) bilingual(`grade ${grade.grade}`, grade.label)
    for (const [name, value] of Object.entries(schemas)) {
      const labels = (value as { labels?: Record<string, unknown> }).labels
      if (labels && Array.isArray((value as { values?: unknown }).values)) for (const [key, label] of Object.entries(labels)) bilingual(`${name}.${key}`, label)
    }
    expect(gaps).toEqual([])
  })

  it('validation messages of every invalid example, in both languages', () => {
    for (const { type, invalid } of ALL_EXAMPLES) {
      for (const example of invalid) {
        const id = explain(type.contract, example.doc, 'id')
        const en = explain(type.contract, example.doc, 'en')
        expect(id.length, `${type.slug}: ${example.name}`).toBeGreaterThan(0)
        expect(en.map((e) => e.path)).toEqual(id.map((e) => e.path))
        for (const error of [...id, ...en]) expect(error.message.trim(), `${type.slug}: ${example.name}`).not.toBe('')
      }
    }
  })
})
