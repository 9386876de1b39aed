import { match } from 'path-to-regexp'
import { buildVersionCollectionFields, buildVersionGlobalFields, executeAuthStrategies, type Endpoint, type FlattenedField, type Payload, type SanitizedCollectionConfig, type SanitizedGlobalConfig, type Where } from 'payload'
import { validOperators } from 'payload/shared'
import * as qs from 'qs-esm'
import { isMethodOverrideRead } from './origin.ts'
import { refuse } from './refuse.ts'

/**
 * The REST API's check of a request's shape, before Payload sees it: what Payload would otherwise answer
 * with a 500 (or a database error) is refused here with a 4xx that says what is wrong and where. It reads
 * the request as Payload's own `handleEndpoints` does, with Payload's own path matcher and query parser
 * (path-to-regexp and qs-esm, its dependencies), so it sees the route, the ids and the `where` Payload will:
 * - the path: a prototype name (`/api/constructor`) is no collection; a route that exists for other
 *   methods only answers 405; an id that cannot be a document id (`/api/news/abc`) answers 404, and so do
 *   the version routes of what keeps no versions and a file name no upload has;
 * - the query (`limit`, `page`, `depth`, `sort`, `where`): whole numbers where numbers go, and every
 *   `where` condition an operator Payload knows, that fits its field (`near` only on a point, `all` only
 *   on a field of many values), with a value of the field's kind (a number, a date, an id, an option);
 * - the body: JSON that parses to an object, multipart that can be read (with JSON in `_payload`), and
 *   something at all where Payload creates or updates a document.
 * Paths it cannot resolve to a field are left to Payload, which refuses them with 400 itself.
 */

type Problem = { status: number; message: string; headers?: Record<string, string> }

const problem = (message: string, status = 400, headers?: Record<string, string>): Problem => ({ status, message, ...(headers ? { headers } : {}) })

const respond = ({ status, message, headers }: Problem) => refuse(status, message, headers)

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return `"${text.length > 40 ? `${text.slice(0, 40)}...` : text}"`
}

/** The largest id a SQL adapter's serial key holds (PostgreSQL `integer`): beyond it is no document, only a database error. */
const MAX_ID = 2_147_483_647

const isWholeNumber = (text: string, max: number) => /^\d{1,16}$/.test(text) && Number(text) <= max

type Target = { collection?: SanitizedCollectionConfig; global?: SanitizedGlobalConfig; endpoints: Endpoint[] | false | undefined; path: string; versions: boolean }

/** The collection or global a path names and the rest of the path, as Payload's handleEndpoints splits it. */
const targetOf = (payload: Payload, segments: string[]): Target | Problem => {
  const globals = segments[0] === 'globals'
  const [first, ...rest] = globals ? segments.slice(1) : segments
  const path = `/${rest.map((s) => encodeURIComponent(s)).join('/')}`.replace(/\/$/, '') || '/'
  const versions = rest[0] === 'versions'
  // Payload looks collections up in a plain object: `constructor` would find Object's own and crash it.
  if (first !== undefined && !globals && first in payload.collections && !Object.hasOwn(payload.collections, first)) return problem(`Alamat /api/${segments.join('/')} tidak ada`, 404)
  if (globals) {
    const global = payload.config.globals.find((g) => g.slug === first)
    return global ? { global, endpoints: global.endpoints, path, versions } : { endpoints: [], path: '/', versions: false }
  }
  const collection = first !== undefined && Object.hasOwn(payload.collections, first) ? payload.collections[first as keyof typeof payload.collections]!.config : undefined
  if (collection) return { collection, endpoints: collection.endpoints, path, versions }
  return { endpoints: payload.config.endpoints, path: `/${segments.map((s) => encodeURIComponent(s)).join('/')}`.replace(/\/$/, '') || '/', versions: false }
}

const matcher = new Map<string, ReturnType<typeof match>>()
const paramsOf = (endpoint: Endpoint, path: string): Record<string, unknown> | undefined => {
  let fn = matcher.get(endpoint.path)
  if (!fn) matcher.set(endpoint.path, (fn = match(endpoint.path, { decode: decodeURIComponent })))
  const result = fn(path)
  return result ? (result.params as Record<string, unknown>) : undefined
}

/** Whether ids of this collection are numbers (SQL adapters' serial keys) and so can be checked here. */
const numericIds = (payload: Payload, collection?: SanitizedCollectionConfig) => {
  const custom = (collection as { customIDType?: string } | undefined)?.customIDType
  return custom ? custom === 'number' : payload.db.defaultIDType === 'number'
}

const checkRoute = (payload: Payload, target: Target, method: string, segments: string[]): Problem | undefined => {
  if (target.endpoints === false) return undefined
  const endpoints = target.endpoints ?? []
  const chosen = endpoints.find((e) => e.method === method && paramsOf(e, target.path))
  // Payload registers email verification on every auth collection; its `:id` is a token, and without `verify` no table column backs it.
  if (chosen?.path === '/verify/:id') return target.collection?.auth?.verify ? undefined : problem(`Alamat /api/${segments.join('/')} tidak ada: akun di sini tidak diverifikasi lewat email`, 404)
  const id = chosen ? paramsOf(chosen, target.path)?.id : undefined
  const badId = typeof id === 'string' && numericIds(payload, target.collection) && !isWholeNumber(id, MAX_ID)
  const entity = target.collection ?? target.global
  const where = target.collection ? `koleksi ${target.collection.slug}` : `global ${target.global?.slug}`
  // Payload registers the version routes for everything, but only versioned entities have the tables behind them.
  if (chosen && entity && !entity.versions && chosen.path.startsWith('/versions')) return problem(`Alamat /api/${segments.join('/')} tidak ada: ${where} tidak menyimpan versi`, 404)
  if (chosen && !badId) return undefined
  // A fixed path that exists for other methods (POST /api/opds/restructure) was meant, not a document.
  const others = [...new Set(endpoints.filter((e) => e.method !== method && !e.path.includes(':') && paramsOf(e, target.path)).map((e) => e.method.toUpperCase()))]
  if (others.length) return problem(`Alamat /api/${segments.join('/')} hanya menerima ${others.join(', ')}, bukan ${method.toUpperCase()}`, 405, { allow: others.join(', ') })
  if (badId) {
    return problem(`Tidak ada dokumen dengan id ${shown(id)}: id ${chosen!.path.startsWith('/versions') ? 'versi ' : ''}di ${where} berupa bilangan bulat positif`, 404)
  }
  return undefined
}

const MAX_NUMBER_PARAM = 2_147_483_647

const checkNumberParams = (query: Record<string, unknown>): Problem | undefined => {
  for (const [name, min] of [['limit', 0], ['page', 1], ['depth', 0]] as const) {
    if (!(name in query)) continue
    const value = query[name]
    if (typeof value !== 'string' || !isWholeNumber(value, MAX_NUMBER_PARAM) || Number(value) < min) {
      return problem(`Parameter ${name} harus bilangan bulat ${min} atau lebih (paling besar ${MAX_NUMBER_PARAM.toLocaleString('id-ID')}), bukan ${shown(value)}`)
    }
  }
  const limit = Number(query.limit ?? 10) || 10
  if (Number(query.page ?? 1) * limit > Number.MAX_SAFE_INTEGER) return problem(`Parameter page ${shown(query.page)} terlalu besar untuk limit ${limit}`)
  return undefined
}

const SORT_ITEM = /^-?\w+(\.\w+)*$/

const checkSort = (query: Record<string, unknown>): Problem | undefined => {
  if (!('sort' in query)) return undefined
  const value = query.sort
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]).flatMap((v) => v.split(',')) : undefined
  const bad = items === undefined ? value : items.map((i) => i.trim()).find((i) => i !== '' && !SORT_ITEM.test(i))
  return bad === undefined ? undefined : problem(`Parameter sort ${shown(bad)} tidak sah: tulis nama kolom, diawali "-" untuk urutan menurun, beberapa dipisah koma (misalnya sort=-date,title)`)
}

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT = [...EQUALITY, ...ORDER, 'like', 'not_like', 'contains']

/** The operators that fit each kind of field (Payload's admin offers these; others reach the database as errors). */
const OPERATORS: Record<string, string[]> = {
  text: TEXT,
  textarea: TEXT,
  code: TEXT,
  email: TEXT,
  number: [...EQUALITY, ...ORDER],
  date: [...EQUALITY, ...ORDER],
  select: EQUALITY,
  radio: EQUALITY,
  checkbox: ['equals', 'not_equals', 'exists'],
  relationship: EQUALITY,
  upload: EQUALITY,
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
  json: ['exists'],
  richText: ['exists'],
  // A relation to several collections is compared whole, as {relationTo, value} (a bare id reaches the database as an error).
  polymorphic: ['equals'],
}
/** Fields holding many values also take `contains` and `all`. */
const MANY = ['contains', 'all']

const TYPE_NAMES: Record<string, string> = { text: 'teks', textarea: 'teks', code: 'teks', email: 'email', number: 'angka', date: 'tanggal', select: 'pilihan', radio: 'pilihan', checkbox: 'ya/tidak', relationship: 'relasi', polymorphic: 'relasi', upload: 'berkas', point: 'titik', json: 'JSON', richText: 'teks kaya', id: 'id' }

/** A field as the check needs it: its type, and for ids and relations whether their ids are numbers. */
type Resolved = { type: string; field?: FlattenedField; numericId?: boolean }

/** The field a `where` path names (`title`, `opd.slug`, `components.cost.amount`, `version.title`), or undefined when this check cannot tell. */
const resolve = (payload: Payload, fields: FlattenedField[], collection: SanitizedCollectionConfig | undefined, path: string[]): Resolved | undefined => {
  const [name, ...rest] = path
  if (name === undefined) return undefined
  if (name === 'id' && rest.length === 0) return { type: 'id', numericId: numericIds(payload, collection) }
  const field = fields.find((f) => f.name === name)
  if (!field) return undefined
  if (rest.length === 0) {
    if (field.type === 'relationship' || field.type === 'upload') {
      if (typeof field.relationTo !== 'string') return { type: 'polymorphic', field }
      return { type: field.type, field, numericId: numericIds(payload, payload.collections[field.relationTo as keyof typeof payload.collections]?.config) }
    }
    return OPERATORS[field.type] ? { type: field.type, field } : undefined
  }
  if (field.type === 'group' || field.type === 'array' || field.type === 'tab') return resolve(payload, field.flattenedFields, undefined, rest)
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && !field.hasMany) {
    const related = Object.hasOwn(payload.collections, field.relationTo) ? payload.collections[field.relationTo as keyof typeof payload.collections]!.config : undefined
    return related ? resolve(payload, related.flattenedFields, related, rest) : undefined
  }
  return undefined
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)
const listOf = (value: unknown): unknown[] | undefined => (typeof value === 'string' ? value.split(',') : typeof value === 'number' ? [value] : Array.isArray(value) && value.every(isScalar) ? value : undefined)
// Payload reads '' and 'null' as no value (null): both fit every field.
const isNull = (value: unknown) => value === null || value === 'null' || value === ''
const NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/
const isNumeric = (value: unknown) => (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && NUMBER.test(value) && Number.isFinite(Number(value)))
const isId = (value: unknown) => (typeof value === 'number' ? Number.isInteger(value) && value >= 0 && value <= MAX_ID : typeof value === 'string' && isWholeNumber(value.trim(), MAX_ID))
const optionValues = (field?: FlattenedField) =>
  field && 'options' in field && Array.isArray(field.options) ? field.options.map((o) => (typeof o === 'string' ? o : (o as { value: string }).value)) : undefined

/** Why one value does not fit the field, or undefined when it does. */
const badValue = (resolved: Resolved, value: unknown, operator: string): string | undefined => {
  if (isNull(value) && !ORDER.includes(operator)) return undefined
  switch (resolved.type) {
    case 'number':
      return isNumeric(value) ? undefined : 'harus angka'
    case 'id':
    case 'relationship':
    case 'upload':
      return resolved.numericId === false || isId(value) ? undefined : 'harus id dokumen (bilangan bulat positif)'
    case 'date':
      return (typeof value === 'string' || typeof value === 'number') && Number.isFinite(new Date(value).getTime()) ? undefined : 'harus tanggal, misalnya 2026-09-30'
    case 'checkbox':
      return value === true || value === false || value === 'true' || value === 'false' ? undefined : 'harus true atau false'
    case 'select':
    case 'radio': {
      const options = optionValues(resolved.field)
      return !options || options.includes(String(value)) ? undefined : `bukan salah satu pilihan (${options.slice(0, 12).join(', ')}${options.length > 12 ? ', ...' : ''})`
    }
    default:
      return undefined
  }
}

const checkCondition = (payload: Payload, fields: FlattenedField[], collection: SanitizedCollectionConfig | undefined, where: string, path: string, condition: unknown): Problem | undefined => {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition) || Object.keys(condition).length === 0) {
    return problem(`Parameter ${where}[${path}] harus berisi operator, misalnya ${where}[${path}][equals]=...`)
  }
  const resolved = /^\w+(\.\w+)*$/.test(path.replace(/__/g, '.')) ? resolve(payload, fields, collection, path.replace(/__/g, '.').split('.')) : undefined
  for (const [operator, value] of Object.entries(condition)) {
    const at = `${where}[${path}][${operator}]`
    if (!(validOperators as readonly string[]).includes(operator)) return problem(`Parameter ${at}: operator "${operator}" tidak dikenal; yang ada: ${validOperators.join(', ')}`)
    if (!resolved) continue
    const many = Boolean(resolved.field && 'hasMany' in resolved.field && resolved.field.hasMany)
    const fitting = [...(resolved.type === 'id' ? [...EQUALITY, ...ORDER] : OPERATORS[resolved.type]!), ...(many ? MANY : [])]
    if (!fitting.includes(operator)) return problem(`Parameter ${at}: operator "${operator}" tidak dapat dipakai untuk kolom "${path}" (${TYPE_NAMES[resolved.type] ?? resolved.type}); yang dapat dipakai: ${fitting.join(', ')}`)
    let values: unknown[] | undefined
    if (operator === 'exists') values = value === true || value === false || value === 'true' || value === 'false' ? [] : undefined
    else if (operator === 'in' || operator === 'not_in' || operator === 'all') values = listOf(value)
    else if (operator === 'near') values = typeof value === 'string' && /^\s*-?[\d.]+\s*,\s*-?[\d.]+(\s*,\s*-?[\d.]*){0,2}$/.test(value) ? [] : undefined
    else if (operator === 'within' || operator === 'intersects') values = value && typeof value === 'object' && !Array.isArray(value) && 'type' in value && 'coordinates' in value ? [] : undefined
    else if (operator === 'contains' && many) values = listOf(value)
    else if (resolved.type === 'polymorphic') values = value && typeof value === 'object' && 'relationTo' in value && 'value' in value ? [] : undefined
    else values = isScalar(value) ? [value] : undefined
    if (!values) {
      const hint = resolved.type === 'polymorphic' ? ` (tulis ${at}[relationTo]=...&${at}[value]=...)` : operator === 'exists' ? ' (true atau false)' : ['in', 'not_in', 'all'].includes(operator) ? ' (daftar nilai dipisah koma)' : ''
      return problem(`Parameter ${at}: nilai ${shown(value)} tidak sesuai operator "${operator}"${hint}`)
    }
    for (const item of values) {
      const why = badValue(resolved, item, operator)
      if (why) return problem(`Parameter ${at}: nilai ${shown(item)} ${why}`)
    }
  }
  return undefined
}

const entriesOfList = (value: unknown): unknown[] | undefined =>
  Array.isArray(value) ? value : value && typeof value === 'object' && Object.keys(value).every((k) => /^\d+$/.test(k)) ? Object.values(value) : undefined

const checkWhere = (payload: Payload, fields: FlattenedField[], collection: SanitizedCollectionConfig | undefined, where: unknown, at = 'where', depth = 0): Problem | undefined => {
  if (depth > 20) return problem(`Parameter ${at} terlalu dalam bersarang`)
  if (!where || typeof where !== 'object' || Array.isArray(where)) return problem(`Parameter ${at} harus berisi kondisi, misalnya where[title][equals]=...`)
  for (const [key, value] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const list = entriesOfList(value)
      if (!list) return problem(`Parameter ${at}[${key}] harus daftar kondisi, misalnya ${at}[${key}][0][title][equals]=...`)
      for (const [i, item] of list.entries()) {
        const found = checkWhere(payload, fields, collection, item, `${at}[${key}][${i}]`, depth + 1)
        if (found) return found
      }
      continue
    }
    const found = checkCondition(payload, fields, collection, at, key, value)
    if (found) return found
  }
  return undefined
}

const fieldsFor = (payload: Payload, target: Target): FlattenedField[] => {
  if (target.collection) return target.versions ? buildVersionCollectionFields(payload.config, target.collection, true) : target.collection.flattenedFields
  if (target.global) return target.versions ? buildVersionGlobalFields(payload.config, target.global, true) : target.global.flattenedFields
  return []
}

const checkQuery = (payload: Payload, target: Target, query: Record<string, unknown>): Problem | undefined => {
  const found = checkNumberParams(query) ?? checkSort(query)
  if (found || !('where' in query)) return found
  let where = query.where
  if (typeof where === 'string') {
    if (where === '') return undefined
    try {
      where = JSON.parse(where)
    } catch {
      return problem('Parameter where bukan JSON yang sah; tulis where[kolom][operator]=nilai atau JSON yang utuh')
    }
  }
  return checkWhere(payload, fieldsFor(payload, target), target.versions ? undefined : target.collection, where)
}

const isJson = (request: Request) => /^application\/(.+\+)?json\b/i.test(request.headers.get('content-type') ?? '')

/** A JSON body, or the problem with it; undefined when there is none. */
const jsonBody = async (request: Request): Promise<{ value: unknown } | Problem | undefined> => {
  if (!isJson(request) || !request.body) return undefined
  const text = await request.clone().text()
  if (text.trim() === '') return undefined
  try {
    return { value: JSON.parse(text) }
  } catch {
    return problem('Badan permintaan bukan JSON yang sah')
  }
}

/**
 * Payload's multipart reader (busboy) throws on a body it cannot read (no boundary, cut short, a broken
 * part header), which answers 500: such a body is read here first.
 */
const checkMultipart = async (request: Request, target: Target, method: string): Promise<Problem | undefined> => {
  if (!/^multipart\//i.test(request.headers.get('content-type') ?? '') || !request.body) return undefined
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return problem('Kiriman multipart/form-data tidak dapat dibaca (batas bagian tidak ada atau kiriman terpotong); unggah lewat formulir admin atau kirim ulang')
  }
  // The document's fields travel as JSON in `_payload`, which Payload parses unguarded.
  const fields = form.get('_payload')
  let data: unknown
  if (typeof fields === 'string') {
    try {
      data = JSON.parse(fields)
    } catch {
      return problem('Isian _payload kiriman multipart bukan JSON yang sah')
    }
  }
  if (!isDocumentWrite(target, method)) return undefined
  if (fields === null && !target.collection?.upload) return problem('Kiriman multipart tanpa isian _payload: kirim isian dokumen sebagai objek JSON di _payload, atau kirim JSON biasa')
  if (fields !== null && (data === null || typeof data !== 'object' || Array.isArray(data))) return problem('Isian _payload kiriman multipart harus objek JSON ({...})')
  return checkTimestamps(data)
}

/** Payload writes a document's own timestamps as given, unvalidated: a text that is no date reaches PostgreSQL as an error. */
const checkTimestamps = (data: unknown): Problem | undefined => {
  if (!data || typeof data !== 'object') return undefined
  for (const key of ['createdAt', 'updatedAt']) {
    const value = (data as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    if ((typeof value !== 'string' && typeof value !== 'number') || !Number.isFinite(new Date(value).getTime())) return problem(`Isian ${key} harus tanggal dan waktu yang sah (misalnya 2026-09-30T08:00:00Z), bukan ${shown(value)}`)
  }
  return undefined
}

/** Payload's own create and update routes: the document's fields are the body. */
const isDocumentWrite = (target: Target, method: string) =>
  (target.collection && ((method === 'post' && target.path === '/') || (method === 'patch' && /^\/[^/]+$|^\/$/.test(target.path) && !target.versions))) || (target.global && method === 'post' && target.path === '/')

// Payload's create and update read their fields from the body; without one they crash on `undefined` (a 500).
const checkDocumentWrite = async (target: Target, method: string, request: Request): Promise<Problem | undefined> => {
  if (!isDocumentWrite(target, method)) return undefined
  const empty = !request.body || (!/^multipart\//i.test(request.headers.get('content-type') ?? '') && (await request.clone().text()).trim() === '')
  return empty ? problem('Badan permintaan kosong: kirim isian dokumen sebagai objek JSON (Content-Type: application/json)') : undefined
}

/**
 * Payload 3.90 on SQLite fails (a 500) deleting an admin preference that does not exist: the delete's
 * query names a column of its relations table that is not there. A missing one answers 404 here.
 */
const checkPreferenceDelete = async (payload: Payload, request: Request, target: Target, method: string): Promise<Problem | undefined> => {
  const key = target.collection?.slug === 'payload-preferences' && method === 'delete' ? /^\/([^/]+)$/.exec(target.path)?.[1] : undefined
  if (key === undefined) return undefined
  const { user } = await executeAuthStrategies({ headers: request.headers, payload, canSetHeaders: false })
  if (!user) return undefined
  const where: Where = { and: [{ key: { equals: decodeURIComponent(key) } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] }
  const { totalDocs } = await payload.count({ collection: 'payload-preferences', where, overrideAccess: true })
  return totalDocs ? undefined : problem(`Preferensi "${decodeURIComponent(key).slice(0, 40)}" tidak ada`, 404)
}

/**
 * Payload answers a file that is not on disk with a 500 (rightly, for a document whose file is lost); a
 * name no document has is a 404 here.
 */
const checkFileName = async (payload: Payload, target: Target, method: string): Promise<Problem | undefined> => {
  const upload = target.collection?.upload
  const name = upload && method === 'get' ? /^\/file\/([^/]+)$/.exec(target.path)?.[1] : undefined
  if (!upload || name === undefined) return undefined
  const filename = decodeURIComponent(name)
  const where: Where = { or: [{ filename: { equals: filename } }, ...(upload.imageSizes ?? []).map(({ name: size }) => ({ [`sizes.${size}.filename`]: { equals: filename } }))] }
  const { totalDocs } = await payload.count({ collection: target.collection!.slug as never, where, overrideAccess: true })
  return totalDocs ? undefined : problem(`Berkas "${filename.slice(0, 60)}" tidak ada`, 404)
}

const QUERY_OPTIONS = { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true } as const

/**
 * Checks a REST request (`segments`: the path under /api, as the route receives it). Returns the
 * refusal, or undefined to hand the request to Payload.
 */
export const refuseMalformed = async (request: Request, segments: string[], payload: Payload): Promise<Response | undefined> => {
  const target = targetOf(payload, segments)
  if ('status' in target) return respond(target)
  let method = request.method.toLowerCase()
  let query = qs.parse(new URL(request.url).search, QUERY_OPTIONS) as Record<string, unknown>
  const body = method === 'get' || method === 'head' ? undefined : await jsonBody(request)
  if (body && 'status' in body) return respond(body)
  const multipart = method === 'get' || method === 'head' ? undefined : await checkMultipart(request, target, method)
  if (multipart) return respond(multipart)
  // Payload runs a POST with this header as a GET whose query is the body (cms/api is its only door).
  if (isMethodOverrideRead(request)) {
    method = 'get'
    if (/^application\/x-www-form-urlencoded/i.test(request.headers.get('content-type') ?? '')) query = qs.parse(await request.clone().text(), QUERY_OPTIONS) as Record<string, unknown>
    else if (body && body.value && typeof body.value === 'object' && !Array.isArray(body.value)) query = { ...query, ...(body.value as Record<string, unknown>) }
  } else if (body && (body.value === null || typeof body.value !== 'object' || Array.isArray(body.value))) {
    return respond(problem(`Badan permintaan harus objek JSON ({...}), bukan ${Array.isArray(body.value) ? 'daftar' : shown(body.value)}`))
  }
  const stamps = body && isDocumentWrite(target, method) ? checkTimestamps(body.value) : undefined
  if (stamps) return respond(stamps)
  const found = checkRoute(payload, target, method, segments) ?? checkQuery(payload, target, query) ?? (await checkDocumentWrite(target, method, request)) ?? (await checkPreferenceDelete(payload, request, target, method)) ?? (await checkFileName(payload, target, method))
  return found ? respond(found) : undefined
}
