import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql'

/** Deepest GraphQL nesting allowed: enough for a site builder's paginated queries with expanded relations. */
export const GRAPHQL_MAX_DEPTH = 7

/**
 * Refuses queries nested deeper than `maxDepth` fields, so one request cannot make the server walk
 * the whole relation graph. Fragments count at the depth where they are spread.
 */
export const depthLimit =
  (maxDepth: number): ValidationRule =>
  (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD: {
          if (node.name.value.startsWith('__')) return depth
          if (!node.selectionSet) return depth
          return Math.max(...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)))
        }
        case Kind.INLINE_FRAGMENT:
        case Kind.OPERATION_DEFINITION:
          return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)))
        case Kind.FRAGMENT_SPREAD: {
          const name = node.name.value
          const fragment = fragments.get(name)
          if (!fragment || seen.has(name)) return depth
          return Math.max(depth, ...fragment.selectionSet.selections.map((s) => depthOf(s, depth, new Set([...seen, name]))))
        }
        default:
          return depth
      }
    }
    for (const definition of context.getDocument().definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const depth = depthOf(definition, 0, new Set())
      if (depth > maxDepth) {
        context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}. / Kueri bersarang ${depth} tingkat; batasnya ${maxDepth}.`, { nodes: [definition] }))
      }
    }
    return {}
  }
