import type { CollectionBeforeValidateHook } from 'payload'
import { newTicket } from '../citizen/tickets.ts'

/**
 * Gives a new complaint its public ticket (cms/citizen/tickets.ts): random, so holding one ticket tells
 * nothing about any other. The ticket is the system's: what a client sends is ignored, and an update keeps
 * the ticket it had.
 */
export const assignTicket: CollectionBeforeValidateHook = ({ data, operation, originalDoc }) => {
  if (!data) return data
  if (operation === 'update') return { ...data, ticket: originalDoc?.ticket }
  if (operation !== 'create') return data
  return { ...data, ticket: newTicket(new Date().getFullYear()) }
}
