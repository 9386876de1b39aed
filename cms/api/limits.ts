/**
 * The API's published figures, in one dependency-free module: the CMS enforces them (cms/api/guard.ts) and
 * the portal's API page states them (sites/lib/apiDocs.ts).
 */

/** Requests per minute a new API key gets unless the Kominfo admin sets another figure. */
export const DEFAULT_KEY_RATE_LIMIT = 120
const DEFAULT_ANONYMOUS_LIMIT = 300

/** `API_RATE_LIMIT`: requests per minute one address may make to the API without a key or a staff session. */
export const anonymousLimit = (env: NodeJS.ProcessEnv = process.env) => {
  const value = Number(env.API_RATE_LIMIT ?? DEFAULT_ANONYMOUS_LIMIT)
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_ANONYMOUS_LIMIT
}

/** The header machine clients send their key in. */
export const API_KEY_HEADER = 'x-api-key'
