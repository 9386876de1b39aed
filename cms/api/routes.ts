import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'
import { admit } from './guard.ts'

type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Payload's REST and GraphQL route handlers behind the API's admission (keys, limits: cms/api/guard.ts).
 * The Next routes under cms/app/(payload)/api serve these, and the integration tests call the same.
 */
export const apiRoutes = (config: Promise<SanitizedConfig>) => {
  const guarded =
    (handler: RestHandler, graphql = false): RestHandler =>
    async (request, args) => {
      const admitted = await admit(request, await getPayload({ config, cron: true }), graphql)
      return admitted instanceof Response ? admitted : handler(admitted, args)
    }
  const graphql = GRAPHQL_POST(config)
  return {
    GET: guarded(REST_GET(config)),
    POST: guarded(REST_POST(config)),
    PATCH: guarded(REST_PATCH(config)),
    PUT: guarded(REST_PUT(config)),
    DELETE: guarded(REST_DELETE(config)),
    OPTIONS: REST_OPTIONS(config),
    GRAPHQL: guarded((request) => graphql(request), true) as (request: Request) => Promise<Response>,
  }
}
