import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import { GraphQLError, type ExecutionArgs, type ValidationContext, type ValidationRule } from 'graphql'
import { getArgumentValues } from 'graphql/execution/values.js'
import { createComplexityRule, fieldExtensionsEstimator, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity'
import type { PayloadRequest } from 'payload'
import { ANONYMOUS_MAX_LIMIT, GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_COST, GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_DIRECTIVES } from '../../schemas/api.ts'

/** Payload's page size when a list query names none. */
const DEFAULT_PAGE = 10
/** What "everything" (`limit: 0`, `pagination: false`) costs: as if it were this many documents. */
const ALL_DOCUMENTS = 10_000

/** How many documents a list field may return, from its paging arguments; undefined for a field that is not paged. */
const pageSize = (field: { args: readonly { name: string }[] }, args: Record<string, unknown>): number | undefined => {
  if (!field.args.some((arg) => arg.name === 'limit')) return undefined
  if (args.pagination === false) return ALL_DOCUMENTS
  const limit = typeof args.limit === 'number' ? args.limit : DEFAULT_PAGE
  return limit <= 0 ? ALL_DOCUMENTS : limit
}

/** A paged list (Payload's list queries, joins, versions) costs its selection once per document it may return. */
const pagedListEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const size = pageSize(field, args)
  return size === undefined ? undefined : 1 + size * childComplexity
}

/**
 * graphql-armor's options for a limit `n`: its rules throw their refusal by default (fit for Envelop, a 500
 * under graphql-http, which Payload uses), so the refusal is reported to the validation instead.
 */
const armor = (n: number, message: string) => ({
  n,
  exposeLimits: false,
  errorMessage: message,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(new GraphQLError(message, { extensions: { code: 'QUERY_LIMIT', limit: n } }))],
})

/** `__typename` costs nothing to answer (Apollo clients, the site builder's among them, add it to every selection). */
const typenameEstimator: ComplexityEstimator = ({ field }) => (field.name === '__typename' ? 0 : undefined)

/** Items an unpaged list (an array field, a has-many relation) is taken to hold: the schema sets them no bound. */
const LIST_ITEMS = 10

/** Whether a GraphQL output type is a list (by its printed form: Payload's schema and this module may hold different copies of graphql's classes). */
const isList = (type: unknown) => String(type).replace(/!$/, '').startsWith('[')

/** An unpaged list of objects costs its items' selection (and a relation's own cost) LIST_ITEMS times; a paginated type's `docs` is counted by its query. */
const unpagedListEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  if (childComplexity === 0 || !isList(field.type)) return undefined
  if (field.name === 'docs' && 'getFields' in type && 'totalDocs' in type.getFields()) return undefined
  const own = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 1
  return LIST_ITEMS * (own + childComplexity)
}

const tooCostly = (max: number, actual: number) =>
  new GraphQLError(`Kueri terlalu berat: perkiraan biayanya ${actual}, paling besar ${max}. Kurangi alias, relasi yang dibuka atau limit per halaman, lalu ambil halaman berikutnya.`, {
    extensions: { code: 'QUERY_TOO_COSTLY', cost: actual, maxCost: max },
  })

/**
 * Visitors and API keys page through lists ANONYMOUS_MAX_LIMIT documents at a time at most, as over REST
 * (cms/api/cost.ts). The arguments are read as graphql-js reads them for execution, variables included.
 */
const anonymousPageRule =
  (variables: Record<string, unknown> | null | undefined): ValidationRule =>
  (context: ValidationContext) => ({
    Field(node) {
      const field = context.getFieldDef()
      if (!field) return
      let args: Record<string, unknown>
      try {
        args = getArgumentValues(field, node, variables ?? {})
      } catch {
        return // invalid arguments are another rule's to report
      }
      const size = pageSize(field, args)
      if (size === undefined || size <= ANONYMOUS_MAX_LIMIT) return
      context.reportError(
        new GraphQLError(`${node.alias?.value ?? node.name.value}: paling banyak ${ANONYMOUS_MAX_LIMIT} dokumen per halaman tanpa login (limit 0 atau pagination: false berarti semuanya dan tidak diizinkan); ambil halaman berikutnya dengan page.`, {
          nodes: [node],
          extensions: { code: 'PAGE_TOO_LARGE', maxLimit: ANONYMOUS_MAX_LIMIT },
        }),
      )
    },
  })

/**
 * The rules every GraphQL request is validated against before it runs (Payload calls this with the
 * request's execution arguments: its variables and its context, whose `req.user` Payload has already
 * authenticated). Depth, aliases and directives are graphql-armor's rules, the cost graphql-query-complexity's;
 * tokens, body size, batches and fragment cycles are checked before Payload (cms/graphql/preflight.ts).
 */
export const graphqlValidationRules = (args: ExecutionArgs): ValidationRule[] => {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  return [
    maxDepthRule(armor(GRAPHQL_MAX_DEPTH, `Kueri terlalu dalam bersarang; paling dalam ${GRAPHQL_MAX_DEPTH} tingkat.`)),
    maxAliasesRule(armor(GRAPHQL_MAX_ALIASES, `Terlalu banyak alias dalam satu kueri; paling banyak ${GRAPHQL_MAX_ALIASES}.`)),
    maxDirectivesRule(armor(GRAPHQL_MAX_DIRECTIVES, `Terlalu banyak direktif dalam satu kueri; paling banyak ${GRAPHQL_MAX_DIRECTIVES}.`)),
    createComplexityRule({
      maximumComplexity: GRAPHQL_MAX_COST,
      variables: args.variableValues ?? {},
      estimators: [typenameEstimator, pagedListEstimator, unpagedListEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      createError: tooCostly,
    }),
    ...(req?.user ? [] : [anonymousPageRule(args.variableValues)]),
  ]
}
