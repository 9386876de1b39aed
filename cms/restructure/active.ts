import type { Where } from 'payload'

/** OPDs still in the register; a merged or split OPD stays as a record (its history points at it) but is dissolved. */
export const ACTIVE_OPDS: Where = { dissolvedAt: { exists: false } }
