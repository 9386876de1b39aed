/**
 * The API's published figures, part of the contract with other agencies: the CMS enforces them
 * (cms/api/guard.ts, cms/api/cost.ts, cms/graphql/), the site builder keeps within them and the portal's
 * API page states them (sites/lib/apiDocs.ts).
 */

/** Requests per minute a new API key gets unless the Kominfo admin sets another figure. */
export const DEFAULT_KEY_RATE_LIMIT = 120
// Each anonymous request may cost up to GRAPHQL_MAX_COST; 120 a minute keeps one address to two of them a second.
const DEFAULT_ANONYMOUS_LIMIT = 120

/** `API_RATE_LIMIT`: requests per minute one address may make to the API without a key or a staff session. */
export const anonymousLimit = (env: NodeJS.ProcessEnv = process.env) => {
  const value = Number(env.API_RATE_LIMIT ?? DEFAULT_ANONYMOUS_LIMIT)
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_ANONYMOUS_LIMIT
}

/** The header machine clients send their key in. */
export const API_KEY_HEADER = 'x-api-key'

/** Largest page (`limit`) a visitor or an API key may ask for, over REST and GraphQL; "everything" (`limit=0`, `pagination=false`) is refused too. */
export const ANONYMOUS_MAX_LIMIT = 100

/** Deepest REST `depth` (relations expanded) for visitors and API keys. */
export const ANONYMOUS_MAX_DEPTH = 3

/** Deepest GraphQL nesting allowed: enough for a site builder's paginated queries with expanded relations. */
export const GRAPHQL_MAX_DEPTH = 7

/**
 * Largest estimated cost of one GraphQL request: every field 1, a relation or upload 10, a paged list
 * counts its selection once per document it may return (`limit`, 10 when not given), an array or has-many
 * relation as 10 items. On SQLite one request's work holds the event loop until it ends (measured: 15
 * aliases of every budget realisation, 540 documents with their lines, 0.5-1.8 s, while an editor's GET
 * waited), so the bound is what keeps that wait short: the site builder's pages (BUILDER_PAGE documents
 * of its widest type, datasets: about 10,500) fit; 40 aliases of a full list do not.
 */
export const GRAPHQL_MAX_COST = 12_000

/** Documents per page the site builder asks for: half the visitors' page, so its widest type stays within GRAPHQL_MAX_COST. */
export const BUILDER_PAGE = ANONYMOUS_MAX_LIMIT / 2

/** Aliases, directives and lexical tokens one GraphQL document may hold. */
export const GRAPHQL_MAX_ALIASES = 15
export const GRAPHQL_MAX_DIRECTIVES = 20
export const GRAPHQL_MAX_TOKENS = 5_000

/** Bytes of a GraphQL request body. */
export const GRAPHQL_MAX_BODY = 100_000

/** Seconds a visitor's request may take, waiting included, before it is answered 503. */
export const REQUEST_TIME_LIMIT_S = 10

/**
 * Visitors' and keys' reads run at most ANONYMOUS_CONCURRENCY at a time, with at most ANONYMOUS_QUEUE
 * waiting (ANONYMOUS_QUEUE_PER_CLIENT of them from one address); beyond that they are refused with 503.
 * Staff requests do not queue.
 */
export const ANONYMOUS_CONCURRENCY = 2
export const ANONYMOUS_QUEUE = 32
export const ANONYMOUS_QUEUE_PER_CLIENT = 8
