import config from '@payload-config'
import { apiRoutes } from '../../../../api/routes.ts'

// Payload's REST handlers behind the API's keys and rate limits (cms/api/guard.ts).
const api = apiRoutes(config)

export const GET = api.GET
export const POST = api.POST
export const DELETE = api.DELETE
export const PATCH = api.PATCH
export const PUT = api.PUT
export const OPTIONS = api.OPTIONS
