import { randomInt } from 'node:crypto'

/** Crockford's base 32: no I, L, O or U, so a ticket read aloud or copied by hand is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** What a ticket starts with: ADU for complaints, PPID for requests for information. */
export type TicketKind = 'ADU' | 'PPID'

/** A ticket no one can guess or count through: <kind>-<year>-XXXX-XXXX-XXXX, 60 random bits. */
export const newTicket = (year: number, kind: TicketKind = 'ADU'): string => {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(32)]).join('')
  return `${kind}-${year}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
}

/** A ticket as a citizen may type it (lower case, spaces, O for 0, I or L for 1), or undefined if it cannot be one. */
export const readTicket = (input: unknown, kind: TicketKind = 'ADU'): string | undefined => {
  if (typeof input !== 'string' || input.length > 60) return undefined
  const compact = input.toUpperCase().replace(/[\s-]+/g, '')
  if (!compact.startsWith(kind)) return undefined
  const rest = compact.slice(kind.length).replace(/O/g, '0').replace(/[IL]/g, '1')
  const match = /^(\d{4})([0-9A-HJKMNP-TV-Z]{12})$/.exec(rest)
  if (!match) return undefined
  const [, year, code] = match
  return `${kind}-${year}-${code!.slice(0, 4)}-${code!.slice(4, 8)}-${code!.slice(8)}`
}
