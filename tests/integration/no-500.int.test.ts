import fc from 'fast-check'
import type { CollectionSlug, Endpoint, Payload, SanitizedConfig } from 'payload'
import { validOperators } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiRoutes } from '../../cms/api/routes.ts'
import { ACTIONS } from '../../cms/workflow/states.ts'
import { demoProvince } from '../../scripts/seed/data.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'

const skip = unavailable()

/** Callers: anonymous, and the demo accounts of every staff role. */
const ROLES = ['kominfo-admin', 'kominfo-reviewer', 'opd-editor', 'opd-head', 'auditor'] as const
type Who = 'anonymous' | (typeof ROLES)[number]
const WHO: Who[] = ['anonymous', ...ROLES]

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
const METHODS: Method[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']

/** A route of the loaded config: every collection's and global's endpoints (Payload's own included) and the root ones. */
interface Route {
  method: Method
  /** The path under /api, with Payload's `:param` placeholders. */
  pattern: string
  collection?: string
}

const routesOf = (config: SanitizedConfig): Route[] => {
  const of = (prefix: string, endpoints: Endpoint[] | false | undefined, collection?: string) =>
    (endpoints || []).map((e) => ({ method: e.method.toUpperCase() as Method, pattern: `${prefix}${e.path === '/' ? '' : e.path}`.replace(/^\//, ''), collection }))
  return [
    ...config.collections.flatMap((c) => of(c.slug, c.endpoints, c.slug)),
    ...config.globals.flatMap((g) => of(`globals/${g.slug}`, g.endpoints)),
    ...of('', config.endpoints),
  ]
}

// ---- generators ----------------------------------------------------------------------------------

const ODD_STRINGS = ['', ' ', 'null', 'undefined', 'true', 'false', 'NaN', '-0', '1e400', '-1', '0', '1.5', '0x10', '9'.repeat(30), '99999999999', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '😀', 'ü', '%', '%00', '[]', '{}', '{"a":', "'; DROP TABLE users; --", '<script>', '../../etc/passwd', '2026-13-45', '2026-09-30', 'a,b', ',', '\u0000']
const oddString = fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }))
const oddNumber = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1.5)).map(String)
const oddValue = fc.oneof(oddString, oddNumber)

const KEY_POOL = ['action', 'reason', 'name', 'email', 'password', 'message', 'subject', 'kind', 'from', 'into', 'opd', 'slug', 'title', 'ticket', 'dryRun', 'id', 'data', 'where', 'active', 'role', 'opds', 'publishAt', '_status', 'workflowState', 'receivedAt', 'dueAt', 'query', 'token', '__proto__', 'constructor']

const generators = (fieldNames: (collection?: string) => string[], idsOf: (collection?: string) => string[], filenames: string[]) => {
  const fieldPath = (collection?: string) => fc.oneof(fc.constantFrom(...fieldNames(collection), 'id', 'createdAt', 'updatedAt', '_status', 'opd.slug', 'version.title', 'parent', '__proto__', 'constructor', 'a..b', 'title__x'), fc.string({ maxLength: 8 }))
  const operator = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...validOperators) }, { weight: 1, arbitrary: fc.constantFrom('bogus', '__proto__', 'constructor', '') })
  const prefix = fc.constantFrom('', '[or][0]', '[and][0]', '[or][0][and][1]', '[or]', '[and][x]', '[AND][0]')
  const suffix = fc.constantFrom('', '', '', '[0]', '[a]', '[]', '[relationTo]', '[value]')
  const whereParam = (collection?: string) =>
    fc.tuple(prefix, fieldPath(collection), operator, suffix, fc.oneof(oddValue, fc.constantFrom(...idsOf(collection), 'dinkes', 'published'))).map(([p, path, op, s, value]) => `where${p}[${encodeURIComponent(path)}][${op}]${s}=${encodeURIComponent(value)}`)
  const jsonWhere = fc.oneof(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), oddString).map((v) => `where=${encodeURIComponent(v)}`)
  const plainParam = fc
    .tuple(fc.constantFrom('limit', 'page', 'depth', 'sort', 'draft', 'pagination', 'trash', 'select[title]', 'populate[opds]', 'joins[x][limit]', 'locale', 'fallback-locale', 'format', 'opd', 'tahun', 'from', 'to', 'ticket', 'dryRun', 'progress', 'kind', 'id', 'q'), fc.oneof(oddValue, fc.constantFrom('-title', 'title,-id', 'csv', 'json', 'xlsx', 'diskominfo', '2026', '1')))
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
  const query = (collection?: string) => fc.array(fc.oneof({ weight: 3, arbitrary: whereParam(collection) }, { weight: 1, arbitrary: jsonWhere }, { weight: 3, arbitrary: plainParam }), { maxLength: 5 }).map((parts) => parts.join('&'))

  /** A route's path with its parameters filled: real ids and names most of the time, odd ones otherwise. */
  const pathOf = (route: Route) => {
    const params = route.pattern.match(/:\w+\??/g) ?? []
    const values = params.map((param) => {
      const name = param.replace(/[:?]/g, '')
      const known = name === 'id' ? idsOf(route.collection) : name === 'kind' ? ['budget-realisations', 'programmes', 'services', 'realisasi', 'program', 'layanan'] : name === 'filename' ? filenames : []
      return fc.oneof({ weight: known.length ? 3 : 0, arbitrary: fc.constantFrom(...(known.length ? known : ['x'])) }, { weight: 2, arbitrary: oddValue }, ...(param.endsWith('?') ? [{ weight: 1, arbitrary: fc.constant('') }] : []))
    })
    return fc.tuple(...values).map((filled) => {
      let i = 0
      return route.pattern
        .replace(/:\w+\??/g, () => encodeURIComponent(filled[i++]!))
        .replace(/\/+$/, '')
        .replace(/\/\//g, '/')
    })
  }

  const jsonObject = (collection?: string) => fc.dictionary(fc.oneof(fc.constantFrom(...KEY_POOL, ...fieldNames(collection)), fc.string({ maxLength: 6 })), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...ACTIONS), oddValue), { maxKeys: 6 })
  type Body = { body?: string | FormData; contentType?: string }
  const multipart = (collection?: string) =>
    fc
      .tuple(jsonObject(collection), fc.option(fc.uint8Array({ maxLength: 200 })), fc.constantFrom('a.csv', 'a.xlsx', 'a.png', 'a.pdf', 'a', '../a.csv'), fc.boolean())
      .map(([fields, bytes, name, asPayload]): Body => {
        const form = new FormData()
        if (asPayload) form.append('_payload', JSON.stringify(fields))
        else for (const [k, v] of Object.entries(fields)) form.append(k, typeof v === 'string' ? v : JSON.stringify(v))
        if (bytes) form.append('file', new Blob([bytes]), name)
        return { body: form }
      })
  const body = (collection?: string): fc.Arbitrary<Body> =>
    fc.oneof(
      { weight: 4, arbitrary: jsonObject(collection).map((v): Body => ({ body: JSON.stringify(v), contentType: 'application/json' })) },
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v): Body => ({ body: JSON.stringify(v), contentType: 'application/json' })) },
      { weight: 1, arbitrary: oddString.map((s): Body => ({ body: s, contentType: 'application/json' })) },
      { weight: 1, arbitrary: fc.tuple(oddString, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', '')).map(([s, contentType]): Body => ({ body: s, contentType })) },
      { weight: 2, arbitrary: multipart(collection) },
      { weight: 1, arbitrary: fc.constant<Body>({}) },
    )
  return { query, pathOf, body }
}

/**
 * A refusal says what is wrong: JSON with a message (Payload's `{message}` or the project's `{errors: [{message}]}`),
 * or for the pages people open in a browser (previews, citizens' status pages) an HTML page with a title.
 */
const messageOf = (text: string): string | undefined => {
  const title = /^<!doctype html>[\s\S]*<title>([^<]+)<\/title>/i.exec(text)?.[1]
  if (title) return title
  try {
    const data = JSON.parse(text) as { message?: unknown; errors?: { message?: unknown }[] }
    const message = data.errors?.[0]?.message ?? data.message
    return typeof message === 'string' && message.trim() ? message : undefined
  } catch {
    return undefined
  }
}

describe.skipIf(skip)('no route answers 500: generated paths, ids, queries, bodies and methods at every route, anonymous and staff', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let graphqlRaw: (body: string, contentType: string, token?: string) => Promise<Response>
  let routes: Route[]
  let gen: ReturnType<typeof generators>
  const tokens = new Map<Who, string | undefined>()
  const demo = demoProvince(new Date()).users
  let requests = 0
  const statuses = new Map<number, number>()

  const login = async (role: (typeof ROLES)[number]) => {
    const account = demo.find((u) => u.role === role && (u.opds.length === 0 || u.opds.includes('diskominfo')))!
    try {
      return (await payload.login({ collection: 'users', data: { email: account.email, password: account.password } })).token
    } catch {
      // Deactivated or locked out by a generated request: set right, then try once more.
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, limit: 1, depth: 0, overrideAccess: true })
      if (docs[0]) await payload.update({ collection: 'users', id: docs[0].id, data: { active: true, lockUntil: null, loginAttempts: 0 } as never, overrideAccess: true })
      return (await payload.login({ collection: 'users', data: { email: account.email, password: account.password } })).token
    }
  }

  /** Tokens that a generated request logged out or whose account it changed are replaced by fresh ones. */
  const refreshTokens = async () => {
    for (const role of ROLES) {
      const token = tokens.get(role)
      if (token && (await http.get('users/me', token)).data?.user) continue
      tokens.set(role, await login(role))
    }
  }

  /** One request; fails the property on a 5xx, a thrown handler, or a refusal without a message. */
  const send = async (method: Method, path: string, query: string, who: Who, body: { body?: string | FormData; contentType?: string }) => {
    requests++
    const url = query ? `${path}?${query}` : path
    const token = tokens.get(who)
    const withBody = method !== 'GET' && body.body !== undefined
    const response = await http.send(method, url, withBody ? body.body : undefined, withBody && body.contentType ? { 'content-type': body.contentType } : {}, token)
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    const where = `${who} ${method} /api/${url} ${withBody && typeof body.body === 'string' ? `${body.contentType} ${body.body.slice(0, 200)}` : withBody ? 'multipart' : ''}`
    // 503 is a deliberate "not available now" (the visitors' gate when full; previews without a site builder, as here), never a crash.
    expect(response.status === 503 ? 400 : response.status, `${where}\n-> ${response.status} ${response.text.slice(0, 300)}`).toBeLessThan(500)
    if (response.status >= 400) expect(messageOf(response.text), `${where}\n-> ${response.status} ${response.text.slice(0, 300)}`).toBeDefined()
    // Generated writes may log an account out or change it: the next runs get working tokens again.
    if (path.startsWith('users') && method !== 'GET') await refreshTokens()
  }

  beforeAll(async () => {
    cms = await openSeededCms('no_500')
    payload = cms.payload
    http = httpClient(cms.config)
    const api = apiRoutes(cms.config)
    graphqlRaw = (body, contentType, token) => api.GRAPHQL(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'accept-language': 'id', ...(contentType ? { 'content-type': contentType } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) }, body }))
    tokens.set('anonymous', undefined)
    await refreshTokens()
    const config = await cms.config
    routes = routesOf(config)
    const ids = new Map<string, string[]>()
    const names = new Map<string, string[]>()
    for (const collection of config.collections) {
      const docs = (await payload.find({ collection: collection.slug as CollectionSlug, limit: 3, depth: 0, overrideAccess: true })).docs as { id: number | string; email?: string }[]
      // The demo accounts the tokens belong to are not offered as ids to write to: their tokens stay usable more often.
      const own = new Set(collection.slug === 'users' ? demo.filter((u) => ROLES.includes(u.role as never)).map((u) => u.email) : [])
      ids.set(collection.slug, docs.filter((d) => !own.has(d.email ?? '')).map((d) => String(d.id)))
      names.set(collection.slug, collection.flattenedFields.map((f) => f.name))
    }
    const media = (await payload.find({ collection: 'media', limit: 1, depth: 0, overrideAccess: true })).docs[0] as { filename?: string } | undefined
    gen = generators(
      (collection) => names.get(collection ?? '') ?? ['title', 'name', 'slug'],
      (collection) => ids.get(collection ?? '') ?? ['1'],
      media?.filename ? [media.filename] : ['x.png'],
    )
  })
  afterAll(async () => {
    console.log(`no-500: ${requests} requests; REST answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`)
    await cms?.close()
  })

  it('covers every endpoint of the loaded config (a new route is in the run without editing this test)', () => {
    expect(routes.length).toBeGreaterThan(400)
    for (const expected of ['GET news/:id', 'POST news/:id/workflow', 'POST opds/restructure', 'POST import/:kind', 'GET import/:kind/template', 'POST aduan', 'POST users/login', 'GET audit-log/export', 'GET globals/province']) {
      expect(routes.map((r) => `${r.method} ${r.pattern}`)).toContain(expected)
    }
  })

  it('answers the requests measured as 500s with a 4xx saying what is wrong, in Bahasa Indonesia', async () => {
    const cases: [Method, string, Who, number, RegExp][] = [
      ['GET', 'import/constructor/template', 'anonymous', 404, /Jenis impor tidak dikenal/],
      ['GET', 'news/abc', 'anonymous', 404, /id "abc".*bilangan bulat/],
      ['GET', 'news/99999999999', 'anonymous', 404, /bilangan bulat/],
      ['DELETE', 'news/__proto__', 'kominfo-admin', 404, /id "__proto__"/],
      ['GET', 'news?where[title][near]=1,2', 'anonymous', 400, /operator "near" tidak dapat dipakai untuk kolom "title"/],
      ['GET', 'news?where[title][all]=a', 'anonymous', 400, /operator "all"/],
      ['GET', 'news?where[title][bogus]=a', 'anonymous', 400, /operator "bogus" tidak dikenal/],
      ['GET', 'news?where[id][in]=a,b', 'anonymous', 400, /nilai "a" harus id dokumen/],
      ['GET', 'news?where[opd][equals]=abc', 'anonymous', 400, /harus id dokumen/],
      ['GET', 'news?where[kind][equals]=zzz', 'anonymous', 400, /bukan salah satu pilihan/],
      ['GET', `news?where=${encodeURIComponent('{bad')}`, 'anonymous', 400, /bukan JSON yang sah/],
      ['GET', 'news?limit=99999999999999999999', 'kominfo-admin', 400, /Parameter limit harus bilangan bulat/],
      ['GET', 'opds/restructure', 'kominfo-admin', 405, /hanya menerima POST/],
      ['GET', 'constructor', 'anonymous', 404, /tidak ada/],
      ['POST', 'opds/versions/1', 'kominfo-admin', 404, /tidak menyimpan versi/],
      ['GET', 'globals/province/versions/abc', 'kominfo-admin', 404, /global province tidak menyimpan versi/],
      ['GET', 'documents/file/tidak-ada.pdf', 'kominfo-admin', 404, /Berkas "tidak-ada.pdf" tidak ada/],
      ['DELETE', 'payload-preferences/tidak-ada', 'kominfo-admin', 404, /Preferensi "tidak-ada" tidak ada/],
      ['POST', 'users/verify/123', 'anonymous', 404, /tidak diverifikasi lewat email/],
    ]
    for (const [method, path, who, status, message] of cases) {
      const response = await http.send(method, path, undefined, {}, tokens.get(who))
      expect(response.status, `${method} ${path}: ${response.text}`).toBe(status)
      expect(messageOf(response.text), `${method} ${path}`).toMatch(message)
    }
    const bodies: [Method, string, string | undefined, string, RegExp][] = [
      ['PATCH', 'news/1', 'null', 'application/json', /harus objek JSON/],
      ['PATCH', 'news/1', '{bad', 'application/json', /bukan JSON yang sah/],
      ['POST', 'api-clients', undefined, 'application/json', /Badan permintaan kosong/],
      ['POST', 'news', 'xx', 'multipart/form-data; boundary=abc', /tidak dapat dibaca/],
    ]
    for (const [method, path, body, contentType, message] of bodies) {
      const response = await http.send(method, path, body, { 'content-type': contentType }, tokens.get('kominfo-admin'))
      expect(response.status, `${method} ${path} ${body}: ${response.text}`).toBe(400)
      expect(messageOf(response.text)).toMatch(message)
    }
  })

  it('answers every route with its own method, a generated path, query and body, a 4xx with a message at worst', async () => {
    // Every route is tried, and every failing one listed (each with its smallest counterexample).
    const failures: string[] = []
    for (const route of routes) {
      try {
        await fc.assert(
          fc.asyncProperty(gen.pathOf(route), gen.query(route.collection), gen.body(route.collection), fc.constantFrom(...WHO), async (path, query, body, who) => send(route.method, path, query, who, body)),
          { numRuns: 2, endOnFailure: true },
        )
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause
        failures.push(`${route.method} ${route.pattern}: ${(cause ?? (error as Error)).message.replace(/\s+/g, ' ').slice(0, 600)}`)
      }
    }
    expect(failures).toEqual([])
  }, 180_000)

  it('answers any method at any route, with heavier generated queries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes).chain((route) => fc.tuple(fc.constant(route), gen.pathOf(route), gen.query(route.collection), gen.body(route.collection))),
        fc.constantFrom(...METHODS),
        fc.constantFrom(...WHO),
        async ([, path, query, body], method, who) => send(method, path, query, who, body),
      ),
      { numRuns: 300, endOnFailure: true },
    )
  }, 120_000)

  it('answers generated GraphQL: queries with odd arguments, variables and bodies that are not a query at all', async () => {
    const schema = await http.graphql('{ __schema { queryType { fields { name args { name } } } mutationType { fields { name args { name } } } } }', tokens.get('kominfo-admin'))
    const queries = schema.data.data.__schema.queryType.fields as { name: string; args: { name: string }[] }[]
    const mutations = schema.data.data.__schema.mutationType.fields as { name: string; args: { name: string }[] }[]
    expect(queries.length).toBeGreaterThan(30)
    const literal: fc.Arbitrary<string> = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.integer().map(String),
        fc.constantFrom('null', 'true', '-1', '0', '1.5', '99999999999999999999', '1e400', 'published', 'equals', 'DESC'),
        oddString.map((s) => JSON.stringify(s)),
        fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
        fc.dictionary(fc.oneof(fc.constantFrom('title', 'id', 'slug', 'opd', '_status', 'name', 'AND', 'OR', 'equals', 'near', 'in', 'like', 'exists', 'greater_than'), fc.stringMatching(/^[a-z_]{1,6}$/)), tie('value'), { maxKeys: 3 }).map((o) => `{ ${Object.entries(o).map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
      ),
    })).value
    const call = (fields: { name: string; args: { name: string }[] }[]) =>
      fc.constantFrom(...fields).chain((field) =>
        fc.tuple(fc.constant(field.name), fc.subarray(field.args.map((a) => a.name), { maxLength: Math.min(4, field.args.length) }).chain((args) => fc.tuple(...args.map((a) => literal.map((v) => `${a}: ${v}`))))).map(([name, args]) => `${name}${args.length ? `(${args.join(', ')})` : ''} { __typename }`),
      )
    const document = fc.oneof(
      { weight: 4, arbitrary: fc.array(call(queries), { minLength: 1, maxLength: 3 }).map((calls) => `{ ${calls.join(' ')} }`) },
      { weight: 2, arbitrary: call(mutations).map((c) => `mutation { ${c} }`) },
      { weight: 1, arbitrary: oddString },
    )
    await fc.assert(
      fc.asyncProperty(document, fc.option(fc.jsonValue({ maxDepth: 2 })), fc.constantFrom(...WHO), async (query, variables, who) => {
        requests++
        const response = await http.graphql(query, tokens.get(who), variables && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : undefined)
        expect(response.status, `${who} ${query}\n-> ${response.text.slice(0, 300)}`).toBeLessThan(500)
        if (response.status >= 400) expect(messageOf(response.text) ?? response.data.errors?.[0]?.message, `${who} ${query}`).toBeTruthy()
      }),
      { numRuns: 150, endOnFailure: true },
    )
    await fc.assert(
      fc.asyncProperty(fc.oneof(oddString, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))), fc.constantFrom('application/json', 'text/plain', 'application/graphql', ''), fc.constantFrom(...WHO), async (body, contentType, who) => {
        requests++
        const response = await graphqlRaw(body, contentType, tokens.get(who))
        const text = await response.text()
        expect(response.status, `${who} ${contentType} ${body.slice(0, 200)}\n-> ${text.slice(0, 300)}`).toBeLessThan(500)
        if (response.status >= 400) expect(messageOf(text) ?? (JSON.parse(text) as { message?: string }[])[0]?.message, `${who} ${body.slice(0, 200)}`).toBeTruthy()
      }),
      { numRuns: 60, endOnFailure: true },
    )
  }, 120_000)
})
