import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client'
import pluralize from 'pluralize'
import { ANONYMOUS_QUEUE_PER_CLIENT, BUILDER_PAGE } from '../../schemas/api.ts'
import type { ContentType } from '../../schemas/index.ts'
import { listQueryName, pascal, selectionOf } from './selection.ts'

export interface CmsClientOptions {
  /** The CMS's public GraphQL endpoint, e.g. http://localhost:3000/api/graphql. */
  endpoint: string
  /** A fetch to use instead of the global one (tests pass the CMS's route handler). */
  fetch?: typeof fetch
  /** Documents per request: the CMS refuses anonymous readers, the builder included, more than ANONYMOUS_MAX_LIMIT a page, and costlier queries than GRAPHQL_MAX_COST. */
  pageSize?: number
}

/**
 * Requests in flight at once: the CMS queues an anonymous reader's requests up to ANONYMOUS_QUEUE_PER_CLIENT
 * and refuses the rest (503), so the builder stays well under that, as any well-behaved client would.
 */
const IN_FLIGHT = Math.max(1, Math.floor(ANONYMOUS_QUEUE_PER_CLIENT / 2))

/** How often a request answered 503 (the CMS busy) is sent again. */
const BUSY_RETRIES = 3

/** At most `size` calls of `task` running at once, the others waiting their turn. */
const limitConcurrency = (size: number) => {
  let running = 0
  const waiting: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    while (running >= size) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}

/** A document as the API returns it. */
export type Doc = Record<string, unknown> & { id: string | number }

/**
 * The site builder's only way into the CMS: its public GraphQL API, as any other consumer would use it.
 * Anonymous, so it can only ever see what is published and public.
 */
export const createCmsClient = ({ endpoint, fetch: fetchImpl, pageSize = BUILDER_PAGE }: CmsClientOptions) => {
  const inFlight = limitConcurrency(IN_FLIGHT)
  const baseFetch = fetchImpl ?? fetch
  // A 503 is the CMS's queue for anonymous readers being full: wait as it asks, a few times, before failing the build.
  const limitedFetch: typeof fetch = async (input, init) => {
    for (let attempt = 1; ; attempt++) {
      const response = await inFlight(() => baseFetch(input, init))
      if (response.status !== 503 || attempt > BUSY_RETRIES) return response
      await response.arrayBuffer()
      const wait = Math.min(Number(response.headers.get('retry-after')) || 1, 10)
      await new Promise((resolve) => setTimeout(resolve, wait * 1000))
    }
  }
  const client = new ApolloClient({ link: new HttpLink({ uri: endpoint, fetch: limitedFetch }), cache: new InMemoryCache() })

  /** Every published document of a type, page by page. */
  const fetchAll = async (type: ContentType): Promise<Doc[]> => {
    const name = listQueryName(type, pluralize.singular)
    const query = gql(`query List($page: Int!, $limit: Int!) {
      ${name}(page: $page, limit: $limit, sort: "id") { hasNextPage docs { id ${selectionOf(type.fields.shape)} } }
    }`)
    const docs: Doc[] = []
    for (let page = 1; ; page++) {
      const result = await client.query<Record<string, { hasNextPage: boolean; docs: Doc[] }>>({ query, variables: { page, limit: pageSize }, fetchPolicy: 'no-cache' })
      const list = result.data?.[name]
      if (!list) throw new Error(`${name}, halaman ${page}: ${result.error?.message ?? 'jawaban tanpa data'}`)
      docs.push(...list.docs)
      if (!list.hasNextPage) return docs
    }
  }

  /** A single document of the province (a Payload global), e.g. the province's identity and channels. */
  const fetchGlobal = async (type: ContentType): Promise<Doc> => {
    const name = pascal(type.slug)
    const result = await client.query<Record<string, Doc>>({ query: gql(`query { ${name} { ${selectionOf(type.fields.shape)} } }`), fetchPolicy: 'no-cache' })
    return { ...result.data![name]!, id: type.slug }
  }

  return { fetchAll, fetchGlobal }
}

export type CmsClient = ReturnType<typeof createCmsClient>
