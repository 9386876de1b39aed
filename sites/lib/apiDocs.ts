import pluralize from 'pluralize'
import type { z } from 'zod'
import { ANONYMOUS_CONCURRENCY, ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_LIMIT, anonymousLimit, DEFAULT_KEY_RATE_LIMIT, GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_COST, GRAPHQL_MAX_DEPTH, REQUEST_TIME_LIMIT_S } from '../../schemas/api.ts'
import { CONTENT_TYPES, fieldMeta, SINGLETON_TYPES, unwrapOptional, type ContentType } from '../../schemas/index.ts'
import type { ApiDocsProps, SiteContext } from '../../templates/props.ts'
import { listQueryName, pascal } from './selection.ts'

/** How a field's value comes in the API, for people. */
const typeOf = (schema: z.ZodType): string => {
  const meta = fieldMeta(schema)
  if (meta.upload) return `berkas (${meta.upload})`
  if (meta.relationTo) return `relasi ke ${meta.relationTo}`
  if (meta.widget === 'richText') return 'teks kaya (JSON Lexical)'
  const { inner } = unwrapOptional(schema)
  const def = inner._zod.def as { type: string; entries?: Record<string, string>; values?: unknown[] }
  switch (def.type) {
    case 'string':
      return 'teks'
    case 'number':
    case 'int':
      return 'angka'
    case 'boolean':
      return 'ya/tidak'
    case 'enum':
      return `pilihan: ${Object.values(def.entries ?? {}).join(', ')}`
    case 'literal':
      return `tetap: ${(def.values ?? []).join(', ')}`
    case 'array':
      return 'daftar'
    case 'object':
      return 'objek'
    default:
      return def.type
  }
}

/** The public collections and their published fields, straight from the content contract in schemas/. */
const publicCollections = (): ApiDocsProps['collections'] =>
  CONTENT_TYPES.map((type: ContentType) => {
    const global = SINGLETON_TYPES.includes(type.slug)
    return {
      slug: type.slug,
      name: type.plural.id,
      global,
      rest: global ? `/api/globals/${type.slug}` : `/api/${type.slug}`,
      graphql: global ? pascal(type.slug) : listQueryName(type, pluralize.singular),
      fields: Object.entries(type.fields.shape as Record<string, z.ZodType>).map(([name, schema]) => {
        const meta = fieldMeta(schema)
        return { name, label: meta.label?.id ?? name, type: typeOf(schema), optional: unwrapOptional(schema).optional, description: meta.description ?? '' }
      }),
    }
  })

/** The documented GraphQL example: run as it stands against the CMS by the tests. */
const GRAPHQL_EXAMPLE = `{
  Services(limit: 5, page: 1, sort: "name") {
    totalDocs
    totalPages
    hasNextPage
    docs {
      id
      name
      slug
      opd { slug name }
    }
  }
}`

/** What receivers implement to check a delivery; equivalent to cms/api/signature.ts. */
const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * secret: rahasia webhook; headers: header permintaan (nama huruf kecil);
 * body: isi permintaan apa adanya (teks, sebelum JSON.parse).
 */
export function verifyPortalSignature(secret, headers, body, toleranceSeconds = 300) {
  const timestamp = Number(headers['x-portal-timestamp'])
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false
  const expected = Buffer.from('v1=' + createHmac('sha256', secret).update(timestamp + '.' + body).digest('hex'))
  return String(headers['x-portal-signature'] ?? '')
    .split(',')
    .some((part) => {
      const given = Buffer.from(part.trim())
      return given.length === expected.length && timingSafeEqual(given, expected)
    })
}`

/**
 * The portal's `api/` page: how other agencies' systems read the published content (GraphQL and REST),
 * with working examples on this deployment's CMS origin, the limits, keys and signed webhooks.
 */
/** The key header as people write it (HTTP header names are case-insensitive; the CMS reads `x-api-key`). */
const KEY_HEADER = 'X-API-Key'

export const apiDocsProps = ({ site, cms }: { site: SiteContext; cms: string }): ApiDocsProps => {
  const origin = cms.replace(/\/$/, '')
  const sample = {
    id: '5f0c6a58-3c1e-4b7e-9d53-2a8f3f1c9e10',
    type: 'publish',
    occurredAt: '2026-01-15T03:00:00.000Z',
    collection: 'services',
    document: { id: 42, opd: 'dinkes', title: 'Layanan ambulans gawat darurat', slug: 'layanan-ambulans-gawat-darurat', url: `${origin}/api/services/42` },
  }
  return {
    site,
    cms: origin,
    graphqlEndpoint: `${origin}/api/graphql`,
    maxDepth: GRAPHQL_MAX_DEPTH,
    limits: { pageSize: ANONYMOUS_MAX_LIMIT, restDepth: ANONYMOUS_MAX_DEPTH, cost: GRAPHQL_MAX_COST, aliases: GRAPHQL_MAX_ALIASES, seconds: REQUEST_TIME_LIMIT_S, concurrency: ANONYMOUS_CONCURRENCY },
    anonymousLimit: anonymousLimit(),
    keyLimit: DEFAULT_KEY_RATE_LIMIT,
    keyHeader: KEY_HEADER,
    collections: publicCollections(),
    examples: [
      {
        id: 'rest-list',
        title: 'REST: daftar layanan, halaman pertama',
        language: 'shell',
        code: `curl -s '${origin}/api/services?limit=10&page=1&depth=0&sort=name'`,
      },
      {
        id: 'rest-filter',
        title: 'REST: berita satu OPD, terbaru dulu',
        language: 'shell',
        code: `curl -s -g '${origin}/api/news?where[opd.slug][equals]=dinkes&sort=-date&limit=5&depth=0'`,
      },
      { id: 'graphql-query', title: 'GraphQL: lima layanan dengan OPD-nya', language: 'graphql', code: GRAPHQL_EXAMPLE },
      {
        id: 'graphql-curl',
        title: 'GraphQL dengan curl',
        language: 'shell',
        code: `curl -s -X POST '${origin}/api/graphql' \\\n  -H 'content-type: application/json' \\\n  --data '${JSON.stringify({ query: GRAPHQL_EXAMPLE.replace(/\s+/g, ' ') })}'`,
      },
      {
        id: 'rest-key',
        title: 'Dengan kunci API (batas permintaan sendiri)',
        language: 'shell',
        code: `curl -s -H '${KEY_HEADER}: pok_KUNCI_ANDA' '${origin}/api/datasets?limit=100&depth=0'`,
      },
    ],
    webhook: {
      sample: JSON.stringify(sample, null, 2),
      verify: VERIFY_SNIPPET,
    },
  }
}
