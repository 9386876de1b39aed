import type { CollectionBeforeOperationHook, Field } from 'payload'

/** Each named field of a group, empty (nested groups likewise). */
const emptied = (fields: Field[]): Record<string, unknown> =>
  Object.fromEntries(fields.flatMap((field) => ('name' in field && field.name ? [[field.name, field.type === 'group' && 'fields' in field ? emptied(field.fields) : null]] : [])))

const replaceNullGroups = (fields: Field[], data: Record<string, unknown>) => {
  for (const field of fields) {
    if (field.type !== 'group' || !('name' in field) || !field.name) continue
    const value = data[field.name]
    if (value === null) data[field.name] = emptied(field.fields)
    else if (value && typeof value === 'object' && !Array.isArray(value)) replaceNullGroups(field.fields, value as Record<string, unknown>)
  }
}

/**
 * A group sent as `null` means each of its fields emptied. Payload's field traversal takes `null` for a
 * group's object and fails on it (a 500); given as empty fields, the write is checked like any other.
 */
export const emptyNullGroups: CollectionBeforeOperationHook = ({ args, operation, collection }) => {
  if ((operation === 'create' || operation === 'update') && args.data && typeof args.data === 'object') replaceNullGroups(collection.fields, args.data as Record<string, unknown>)
  return args
}
