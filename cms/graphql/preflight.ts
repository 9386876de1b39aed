import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens'
import { GraphQLObjectType, GraphQLSchema, GraphQLString, NoFragmentCyclesRule, validate, type DocumentNode } from 'graphql'
import { GRAPHQL_MAX_BODY, GRAPHQL_MAX_TOKENS } from '../../schemas/api.ts'
import { refuse } from '../api/refuse.ts'

/**
 * NoFragmentCyclesRule looks at fragment spreads only, never at types, so it runs on a stand-in schema;
 * the real one is Payload's, which builds it inside its handler.
 */
const anySchema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }) })

/** The query parsed under the token cap, or why it cannot be. */
const parseQuery = (query: string): DocumentNode | string => {
  try {
    return new MaxTokensParserWLexer(query, { n: GRAPHQL_MAX_TOKENS, exposeLimits: false, errorMessage: `kueri terlalu panjang; paling banyak ${GRAPHQL_MAX_TOKENS} token` }).parseDocument()
  } catch (error) {
    // Duck-typed: armor's parser throws the CommonJS build's GraphQLError, not this module's.
    const at = (error as { locations?: readonly { line: number; column: number }[] }).locations?.[0]
    const where = at ? ` (baris ${at.line}, kolom ${at.column})` : ''
    return `Kueri GraphQL tidak dapat dibaca${where}: ${error instanceof Error ? error.message.replace(/^Syntax Error: /, '') : String(error)}`
  }
}

/** The body as text, read no further than `max` bytes (a chunked body declares no length); undefined past that. */
const readUpTo = async (request: Request, max: number): Promise<string | undefined> => {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      // Not awaited: a clone's cancel settles only once the original body is cancelled too, and the
      // refused request's body is never read.
      reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * What Payload's GraphQL handler would answer with a 500 or parse without bounds, refused first with a 4xx:
 * a body that is too large or not a JSON object (a batch array included: one operation per request), a
 * query that is missing, longer than GRAPHQL_MAX_TOKENS or unreadable, and fragments that spread each
 * other in a cycle (Payload's own complexity rule would recurse on them forever). Returns the refusal, or
 * undefined for a request Payload may have.
 */
export const refuseMalformedGraphql = async (request: Request): Promise<Response | undefined> => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json') {
    return refuse(415, 'Permintaan GraphQL harus dikirim sebagai JSON (content-type: application/json) berisi {"query": "...", "variables": {...}}.')
  }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > GRAPHQL_MAX_BODY) return refuse(413, `Permintaan GraphQL terlalu besar; paling besar ${GRAPHQL_MAX_BODY / 1000} KB.`)
  const text = await readUpTo(request.clone(), GRAPHQL_MAX_BODY)
  if (text === undefined) return refuse(413, `Permintaan GraphQL terlalu besar; paling besar ${GRAPHQL_MAX_BODY / 1000} KB.`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, 'Isi permintaan GraphQL bukan JSON yang sah; kirim {"query": "...", "variables": {...}}.')
  }
  if (Array.isArray(body)) return refuse(400, 'Beberapa operasi GraphQL dalam satu permintaan (batch) tidak didukung; kirim satu operasi per permintaan.')
  if (!body || typeof body !== 'object') return refuse(400, 'Isi permintaan GraphQL harus objek JSON {"query": "...", "variables": {...}}.')
  const { query, variables } = body as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string' || !query.trim()) return refuse(400, 'Permintaan GraphQL tanpa "query"; kirim kueri sebagai teks di kolom "query".')
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return refuse(400, 'Kolom "variables" permintaan GraphQL harus objek JSON.')
  }
  const document = parseQuery(query)
  if (typeof document === 'string') return refuse(400, document)
  const cycles = validate(anySchema, document, [NoFragmentCyclesRule])
  if (cycles.length > 0) {
    const names = cycles.map((error) => /"([^"]+)"/.exec(error.message)?.[1] ?? '?')
    return refuse(400, `Fragmen GraphQL saling memuat tanpa akhir (siklus): ${names.join(', ')}. Hapus penyebaran fragmen yang kembali ke dirinya sendiri.`)
  }
  return undefined
}

/**
 * graphql-http answers a query refused before it runs (validation: unknown field, depth, cost...) with 200
 * to a client accepting plain `application/json`; it is the client's error, so it is answered 400 with the
 * same body. Answers with data (execution errors included) pass unchanged.
 */
export const withClientErrorStatus = async (response: Response): Promise<Response> => {
  if (response.status !== 200) return response
  const text = await response.text()
  let refusedUnrun = false
  if (text.startsWith('[') || text.startsWith('{"errors"')) {
    try {
      const body = JSON.parse(text) as unknown
      refusedUnrun = Array.isArray(body) || (typeof body === 'object' && body !== null && !('data' in body) && 'errors' in body)
    } catch {
      refusedUnrun = false
    }
  }
  return new Response(text, { status: refusedUnrun ? 400 : 200, headers: response.headers })
}
