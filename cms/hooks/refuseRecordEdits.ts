import { ValidationError, type CollectionBeforeValidateHook, type Field, type PayloadRequest } from 'payload'
import { t, type Text } from '../../schemas/index.ts'
import { say } from '../messages.ts'

/** Why a field of a citizen's record never changes, as the refusal says it. */
const WHY = {
  system: t('dicatat sistem saat diterima dan tidak dapat diubah siapa pun', 'set by the system on receipt and cannot be changed by anyone'),
  citizen: t('kata-kata dan identitas warga disimpan sebagaimana dikirim', "the citizen's own words and identity are kept as sent"),
} satisfies Record<string, Text>

export interface KeptField {
  /** A field, or a group whose every field is kept. */
  path: string
  kept: keyof typeof WHY
  /** Kept only once this holds of the stored record (an objection's words, once it is filed). */
  since?: (doc: Record<string, any>) => boolean
}

/** The system's own writes (the intake endpoints, the retention job's erasure) run without a user. */
const bySystem = (req: PayloadRequest) => !req.user

const at = (value: unknown, path: string[]): unknown => path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value)
const same = (a: unknown, b: unknown) => JSON.stringify(a === '' || a === undefined ? null : a) === JSON.stringify(b === '' || b === undefined ? null : b)

/** The field at a dotted path, with the labels of it and its groups. */
const fieldAt = (fields: Field[], path: string[], labels: Text[] = []): { field: Field; labels: Text[] } | undefined => {
  const [name, ...rest] = path
  const field = fields.find((f) => 'name' in f && f.name === name)
  if (!field) return undefined
  const label = (field as { label?: unknown }).label
  const here = [...labels, label && typeof label === 'object' ? (label as Text) : t(typeof label === 'string' ? label : name!, typeof label === 'string' ? label : name!)]
  if (rest.length === 0) return { field, labels: here }
  return 'fields' in field && Array.isArray(field.fields) ? fieldAt(field.fields, rest, here) : undefined
}

/** A kept group stands for each of its named fields. */
const leaves = (fields: Field[], path: string): string[] => {
  const found = fieldAt(fields, path.split('.'))
  if (found && found.field.type === 'group' && 'fields' in found.field) return found.field.fields.flatMap((f) => ('name' in f && f.name ? leaves(fields, `${path}.${f.name}`) : []))
  return [path]
}

/**
 * Refuses an edit, by anyone signed in (any role, any door: REST, GraphQL, the Local API with a user,
 * access overridden or not), that would change a kept field of a citizen's record: its dates and ticket
 * are the system's, its words and identity the citizen's. Each such field is named; nothing is stored.
 * A value sent unchanged passes, so the admin form saves the rest of the record as before. Runs before
 * every other hook, on the data as the client sent it (with the stored values for what it left out).
 */
export const refuseRecordEdits =
  (kept: KeptField[]): CollectionBeforeValidateHook =>
  ({ data, originalDoc, operation, req, collection }) => {
    if (operation !== 'update' || !data || !originalDoc || bySystem(req)) return data
    const errors = kept
      .filter(({ since }) => !since || since(originalDoc))
      .flatMap(({ path, kept }) => leaves(collection.fields, path).map((leaf) => ({ leaf, kept })))
      .filter(({ leaf }) => !same(at(data, leaf.split('.')), at(originalDoc, leaf.split('.'))))
      .map(({ leaf, kept }) => {
        const label = (fieldAt(collection.fields, leaf.split('.'))?.labels ?? [t(leaf, leaf)]).map((text) => say(text, req)).join(' › ')
        return { path: leaf, label, message: say(t(`${label} tidak dapat diubah: ${WHY[kept].id}`, `${label} cannot be changed: ${WHY[kept].en}`), req) }
      })
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
    return data
  }
