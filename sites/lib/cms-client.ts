import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client'
import pluralize from 'pluralize'
import { explain, type ContentType } from '../../schemas/index.ts'
import { listQueryName, pascal, selectionOf } from './selection.ts'

/** A published document that breaks the contract: which OPD, which item, which field, and why. */
export class ContractError extends Error {
  constructor(
    readonly opd: string,
    readonly problems: { type: string; item: string; path: string; message: string }[],
  ) {
    super(`OPD ${opd}: ${problems.length} published item(s) break the content standard:\n${problems.map((p) => `  ${p.type} "${p.item}": field ${p.path}: ${p.message}`).join('\n')}`)
    this.name = 'ContractError'
  }
}

export interface CmsClientOptions {
  /** The CMS's public GraphQL endpoint, e.g. http://localhost:3000/api/graphql. */
  endpoint: string
  /** A fetch to use instead of the global one (tests pass the CMS's route handler). */
  fetch?: typeof fetch
  pageSize?: number
}

type Doc = Record<string, unknown> & { id: string | number }

/**
 * The site builder's only way into the CMS: its public GraphQL API, as any other consumer would use it.
 * Anonymous, so it can only ever see what is published and public.
 */
export const createCmsClient = ({ endpoint, fetch: fetchImpl, pageSize = 500 }: CmsClientOptions) => {
  const client = new ApolloClient({ link: new HttpLink({ uri: endpoint, fetch: fetchImpl }), cache: new InMemoryCache() })

  /** Every published document of a type (of one OPD when `opdId` is given), page by page. */
  const fetchAll = async (type: ContentType, opdId?: string | number): Promise<Doc[]> => {
    const name = listQueryName(type, pluralize.singular)
    const query = gql(`query List($page: Int!, $limit: Int!, $where: ${whereTypeName(name)}) {
      ${name}(page: $page, limit: $limit, where: $where, sort: "id") { hasNextPage docs { id ${selectionOf(type.fields.shape)} } }
    }`)
    const where = opdId === undefined ? undefined : { opd: { equals: opdId } }
    const docs: Doc[] = []
    for (let page = 1; ; page++) {
      const result = await client.query<Record<string, { hasNextPage: boolean; docs: Doc[] }>>({ query, variables: { page, limit: pageSize, where }, fetchPolicy: 'no-cache' })
      const list = result.data![name]!
      docs.push(...list.docs)
      if (!list.hasNextPage) return docs
    }
  }

  /** Published documents of a type for one OPD, checked against the contract; any violation stops that OPD. */
  const fetchChecked = async (type: ContentType, opd: { id: string | number; slug: string }): Promise<Doc[]> => {
    const docs = await fetchAll(type, 'opd' in type.fields.shape ? opd.id : undefined)
    const problems = docs.flatMap((doc) =>
      explain(type.contract, doc).map((error) => ({ type: type.slug, item: String(doc[type.titleField] ?? doc.id), path: error.path, message: error.message })),
    )
    if (problems.length > 0) throw new ContractError(opd.slug, problems)
    return docs
  }

  /** A single document of the province (a Payload global), e.g. the province's identity and channels. */
  const fetchGlobal = async (type: ContentType): Promise<Doc> => {
    const name = pascal(type.slug)
    const result = await client.query<Record<string, Doc>>({ query: gql(`query { ${name} { ${selectionOf(type.fields.shape)} } }`), fetchPolicy: 'no-cache' })
    return { ...result.data![name]!, id: type.slug }
  }

  return { fetchAll, fetchChecked, fetchGlobal }
}

export type CmsClient = ReturnType<typeof createCmsClient>

/** Payload names a list's `where` input after the collection's singular type, e.g. `Programme_where`. */
const whereTypeName = (listName: string) => `${pluralize.singular(listName.replace(/^all/, ''))}_where`
