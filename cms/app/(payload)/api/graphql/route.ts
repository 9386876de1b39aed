import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { apiRoutes } from '../../../../api/routes.ts'

// Payload's GraphQL handler behind the API's keys and rate limits (cms/api/guard.ts).
export const POST = apiRoutes(config).GRAPHQL
export const OPTIONS = REST_OPTIONS(config)
