import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { dropNulls, type ContentType } from '../../schemas/index.ts'
import { langOf } from '../messages.ts'

/** Rules that need several fields (period length, realisation above ceiling...), run once every field is valid. */
export const checkCrossRules =
  (type: ContentType): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const doc = dropNulls({ ...originalDoc, ...data }) as never
    const issues = type.check(doc)
    if (issues.length > 0) {
      const lang = langOf(req)
      throw new ValidationError({ collection: type.slug, errors: issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message[lang] })), req }, req.t)
    }
    return data
  }
