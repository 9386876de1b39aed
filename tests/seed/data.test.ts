import { describe, expect, it } from 'vitest'
import { contentType, explain, province } from '../../schemas/index.ts'
import { demoProvince } from '../../scripts/seed/data.ts'
import { MARKERS } from '../../scripts/seed/markers.ts'
import type { SeedRef } from '../../scripts/seed/types.ts'

const today = new Date()
const demo = demoProvince(today)

/** Replace seed references and files by ids, as the loader will. */
const asStored = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(asStored)
  if (value && typeof value === 'object') {
    if ('$ref' in value || '$file' in value) return 7
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asStored(v)]))
  }
  return value
}

describe('demo province seed data', () => {
  it('is deterministic for a given day', () => {
    expect(JSON.stringify(demoProvince(today))).toBe(JSON.stringify(demo))
  })

  it('holds every OPD of STANDARD.md section 5', () => {
    const opds = demo.collections.find(([slug]) => slug === 'opds')![1]
    expect(opds.length).toBe(42)
    expect(opds.map((o) => o.name)).toEqual(expect.arrayContaining(['Dinas Komunikasi, Informatika, Statistik dan Persandian', 'RSUD Malingping', 'Biro Umum', 'Satuan Polisi Pamong Praja']))
  })

  it('every document meets the standard, cross rules included', () => {
    expect(explain(province.fields, demo.province)).toEqual([])
    for (const [slug, docs] of demo.collections) {
      const type = contentType(slug)!
      const schema = type.fields.extend(type.privateFields?.shape ?? {})
      docs.forEach((doc, i) => {
        const { _key, _status, ...fields } = doc
        const stored = asStored(fields) as never
        expect(explain(schema, stored), `${slug}[${i}]`).toEqual([])
        expect(type.check(stored), `${slug}[${i}]`).toEqual([])
      })
    }
  })

  it('refers only to documents loaded earlier', () => {
    const seen = new Set<string>()
    const check = (value: unknown, where: string) => {
      if (Array.isArray(value)) value.forEach((v) => check(v, where))
      else if (value && typeof value === 'object') {
        if ('$ref' in value) {
          const { $ref, key } = value as unknown as SeedRef
          expect(seen.has(`${$ref}:${key}`), where).toBe(true)
        }
        else Object.values(value).forEach((v) => check(v, where))
      }
    }
    for (const [slug, docs] of demo.collections) {
      for (const doc of docs) {
        check(doc, slug)
        if (doc._key) {
          expect(seen.has(`${slug}:${doc._key}`), `${slug}:${doc._key} twice`).toBe(false)
          seen.add(`${slug}:${doc._key}`)
        }
      }
    }
    for (const user of demo.users) for (const opd of user.opds) expect(seen.has(`opds:${opd}`)).toBe(true)
  })

  it('has unique service slugs, a user per role, and markers in drafts, exempted entries, personal data and accounts', () => {
    const services = demo.collections.find(([s]) => s === 'services')![1]
    expect(new Set(services.map((s) => s.slug)).size).toBe(services.length)
    expect(new Set(demo.users.map((u) => u.role))).toEqual(new Set(['kominfo-admin', 'kominfo-reviewer', 'opd-editor', 'opd-head', 'auditor']))
    const all = demo.collections.flatMap(([, docs]) => docs)
    const drafts = all.filter((d) => d._status === 'draft')
    expect(drafts.length).toBeGreaterThan(3)
    for (const d of drafts) expect(JSON.stringify(d)).toContain(MARKERS.draft)
    const exempted = all.filter((d) => d.category === 'dikecualikan')
    expect(exempted.length).toBeGreaterThan(2)
    for (const d of exempted) expect(JSON.stringify(d)).toContain(MARKERS.exempted)
    for (const d of demo.collections.find(([s]) => s === 'complaints')![1]) expect(JSON.stringify(d.reporter)).toContain(MARKERS.personal.toLowerCase())
    for (const u of demo.users) expect(u.email).toContain(MARKERS.user)
  })
})
