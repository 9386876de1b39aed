import { randomInt } from 'node:crypto'

/** Crockford's base 32: no I, L, O or U, so a ticket read aloud or copied by hand is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A ticket no one can guess or count through: ADU-<year>-XXXX-XXXX-XXXX, 60 random bits. */
export const newTicket = (year: number): string => {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(32)]).join('')
  return `ADU-${year}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
}

export const TICKET_PATTERN = /^ADU-\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/

/** A ticket as a citizen may type it (lower case, spaces, O for 0, I or L for 1), or undefined if it cannot be one. */
export const readTicket = (input: unknown): string | undefined => {
  if (typeof input !== 'string' || input.length > 60) return undefined
  const compact = input.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  const match = /^ADU(\d{4})([0-9A-HJKMNP-TV-Z]{12})$/.exec(compact)
  if (!match) return undefined
  const [, year, code] = match
  return `ADU-${year}-${code!.slice(0, 4)}-${code!.slice(4, 8)}-${code!.slice(8)}`
}
