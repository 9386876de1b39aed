import type { CollectionBeforeValidateHook } from 'payload'

/**
 * Gives a new complaint its public ticket number, ADU-<year>-<5 digits>, counting within the year. The
 * number is the system's: what a client sends is ignored, and an update keeps the number it had.
 */
export const assignTicket: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req, collection }) => {
  if (!data) return data
  if (operation === 'update') return { ...data, ticket: originalDoc?.ticket }
  if (operation !== 'create') return data
  const year = new Date().getFullYear()
  const prefix = `ADU-${year}-`
  const last = await req.payload.find({
    collection: collection.slug as 'complaints',
    where: { ticket: { like: prefix } },
    sort: '-ticket',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const lastNumber = Number((last.docs[0] as { ticket?: string } | undefined)?.ticket?.slice(prefix.length) ?? 0)
  return { ...data, ticket: `${prefix}${String(lastNumber + 1).padStart(5, '0')}` }
}
