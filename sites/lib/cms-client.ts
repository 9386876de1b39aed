import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client'
import pluralize from 'pluralize'
import { BUILDER_PAGE } from '../../schemas/api.ts'
import type { ContentType } from '../../schemas/index.ts'
import { politeFetch } from './politeFetch.ts'
import { listQueryName, pascal, selectionOf } from './selection.ts'

export interface CmsClientOptions {
  /** The CMS's public GraphQL endpoint, e.g. http://localhost:3000/api/graphql. */
  endpoint: string
  /** A fetch to use instead of the global one (tests pass the CMS's route handler). */
  fetch?: typeof fetch
  /** Documents per request: the CMS refuses anonymous readers, the builder included, more than ANONYMOUS_MAX_LIMIT a page, and costlier queries than GRAPHQL_MAX_COST. */
  pageSize?: number
}

/** A document as the API returns it. */
export type Doc = Record<string, unknown> & { id: string | number }

/**
 * The site builder's only way into the CMS: its public GraphQL API, as any other consumer would use it.
 * Anonymous, so it can only ever see what is published and public.
 */
export const createCmsClient = ({ endpoint, fetch: fetchImpl, pageSize = BUILDER_PAGE }: CmsClientOptions) => {
  const client = new ApolloClient({ link: new HttpLink({ uri: endpoint, fetch: politeFetch(fetchImpl) }), cache: new InMemoryCache() })

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
