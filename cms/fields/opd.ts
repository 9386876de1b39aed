import type { Field, FilterOptions, Validate } from 'payload'
import { activeUser, isOpdRole, ownsOpd } from '../access/roles.ts'
import { refId } from '../../schemas/index.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { MESSAGES, say } from '../messages.ts'

/**
 * Tenancy on the `opd` field of generated collections: OPD staff may only name their own OPD, and may
 * not leave it empty (that would make province content). Kominfo may set any.
 */
export const opdField =
  (required: boolean) =>
  (field: Field): Field => {
    const base = (field as { validate: Validate }).validate
    const validate: Validate = async (value, options) => {
      const user = activeUser(options.req)
      if (isOpdRole(user)) {
        if (value === null || value === undefined) return say(required ? MESSAGES.notOwnOpd : MESSAGES.provinceOnly, options.req)
        if (!ownsOpd(user, value)) return say(MESSAGES.notOwnOpd, options.req)
      }
      return base(value, options)
    }
    return {
      ...field,
      index: true,
      validate,
      defaultValue: ({ user }: { user?: { opds?: unknown[] } | null }) => refId(user?.opds?.[0]),
      filterOptions: (({ req }) => {
        const user = activeUser(req)
        return isOpdRole(user) ? { id: { in: user.opdIds } } : ACTIVE_OPDS
      }) satisfies FilterOptions,
      admin: { ...field.admin, position: 'sidebar' },
    } as Field
  }
