import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'
import { clientKey } from '../citizen/network.ts'
import { refuseMalformedGraphql, withClientErrorStatus } from '../graphql/preflight.ts'
import { createVisitorGate, refuseCostlyRead } from './cost.ts'
import { admit } from './guard.ts'
import { isMethodOverrideRead } from './origin.ts'
import { refuse } from './refuse.ts'
import { refuseMalformed } from './validate.ts'
import { ANONYMOUS_CONCURRENCY, ANONYMOUS_QUEUE, ANONYMOUS_QUEUE_PER_CLIENT, REQUEST_TIME_LIMIT_S } from '../../schemas/api.ts'

type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * One gate for the whole process, kept on globalThis (as Payload keeps its instance): the REST and the
 * GraphQL route each build their own handlers, and Next may load this module once per route bundle.
 */
const shared = globalThis as { portalVisitorGate?: ReturnType<typeof createVisitorGate> }
const visitors = (shared.portalVisitorGate ??= createVisitorGate({ concurrency: ANONYMOUS_CONCURRENCY, queue: ANONYMOUS_QUEUE, perClient: ANONYMOUS_QUEUE_PER_CLIENT, timeLimitMs: REQUEST_TIME_LIMIT_S * 1000 }))

/** Reads are what visitors can make expensive; their writes (complaints, requests) have the citizen channels' own gate. */
const isRead = (request: Request, graphql: boolean) => graphql || request.method === 'GET' || request.method === 'HEAD' || isMethodOverrideRead(request)

/** The admin's long list reads; a visitor's query goes in the address, where its page size and depth are checked. */
const overrideForStaffOnly = () => refuse(400, 'Header X-HTTP-Method-Override hanya untuk staf yang login; tanpa login, baca dengan GET (parameter di alamat).')

/**
 * Payload's REST and GraphQL route handlers behind the API's admission (keys, limits: cms/api/guard.ts)
 * and its cost bounds (cms/api/cost.ts, cms/graphql/): malformed GraphQL is refused before Payload
 * parses it, a malformed REST request too (cms/api/validate.ts); a visitor's or key's read is held to the visitors' page size and depth and goes through the
 * visitors' gate; staff go straight on.
 * The Next routes under cms/app/(payload)/api serve these, and the integration tests call the same.
 */
export const apiRoutes = (config: Promise<SanitizedConfig>) => {
  const guarded =
    (handler: RestHandler, graphql = false): RestHandler =>
    async (request, args) => {
      const payload = await getPayload({ config, cron: true })
      const admission = await admit(request, payload, graphql)
      if (admission instanceof Response) return admission
      const { request: admitted, staff } = admission
      const malformed = graphql ? await refuseMalformedGraphql(admitted) : await refuseMalformed(admitted, (await args.params).slug, payload)
      if (malformed) return malformed
      if (!isRead(admitted, graphql) || staff) return handler(admitted, args)
      if (isMethodOverrideRead(admitted)) return overrideForStaffOnly()
      const costly = graphql ? undefined : refuseCostlyRead(new URL(admitted.url))
      if (costly) return costly
      return visitors.pass(clientKey(admitted.headers), () => handler(admitted, args))
    }
  const graphql = GRAPHQL_POST(config)
  return {
    GET: guarded(REST_GET(config)),
    POST: guarded(REST_POST(config)),
    PATCH: guarded(REST_PATCH(config)),
    PUT: guarded(REST_PUT(config)),
    DELETE: guarded(REST_DELETE(config)),
    OPTIONS: REST_OPTIONS(config),
    GRAPHQL: guarded(async (request) => withClientErrorStatus(await graphql(request)), true) as (request: Request) => Promise<Response>,
  }
}
