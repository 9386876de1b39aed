import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { ValidationError, validations, type Field, type FieldHook, type Validate } from 'payload'

const PREFIX = 'enc:v1:'

/**
 * The key for citizens' personal data at rest: `PERSONAL_DATA_KEY` (32 bytes, base64), or one derived
 * from PAYLOAD_SECRET. Changing either makes stored personal data unreadable: set it once, back it up.
 */
const key = (): Buffer => {
  const given = process.env.PERSONAL_DATA_KEY
  if (given) {
    const bytes = Buffer.from(given, 'base64')
    if (bytes.length !== 32) throw new Error('PERSONAL_DATA_KEY must be 32 bytes in base64 (openssl rand -base64 32)')
    return bytes
  }
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  return Buffer.from(hkdfSync('sha256', secret, 'portal-opd', 'personal data v1', 32))
}

const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX)

/** AES-256-GCM with a fresh nonce: the same text never gives the same stored value. */
export const seal = (text: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

/** The text of a sealed value; undefined when it cannot be opened (another key, tampered). */
const unseal = (value: string): string | undefined => {
  try {
    const bytes = Buffer.from(value.slice(PREFIX.length), 'base64')
    const decipher = createDecipheriv('aes-256-gcm', key(), bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}

const openOnRead: FieldHook = ({ value }) => (isSealed(value) ? (unseal(value) ?? '[tidak dapat dibuka: kunci data pribadi berbeda]') : value)

/**
 * A text field whose value is stored encrypted and read back in clear by those whose field access lets
 * them read it. Payload runs a field's beforeChange hooks before its validation, so the hook that seals
 * checks the clear text first (the field's own check, or its type's default) and refuses it the way a
 * failed validation does; the validation that follows passes a value sealed here or earlier.
 */
export const sealed = (field: Field): Field => {
  const own = (field as { validate?: Validate }).validate
  const byType = (validations as unknown as Record<string, Validate | undefined>)[field.type]
  const check: Validate = own ?? ((value, options) => byType?.(value, { ...field, ...options }) ?? true)
  const sealOnWrite: FieldHook = async ({ value, req, data, siblingData, operation, originalDoc, path, previousValue, collection, global }) => {
    if (typeof value !== 'string' || value === '' || isSealed(value)) return value
    const result = await check(value, { ...field, id: originalDoc?.id, data: data ?? {}, siblingData: siblingData ?? {}, operation, path, previousValue, req, event: 'submit', preferences: { fields: {} }, collectionSlug: collection?.slug } as never)
    if (typeof result === 'string') throw new ValidationError({ ...(collection ? { collection: collection.slug } : {}), ...(global ? { global: global.slug } : {}), errors: [{ message: result, path: path.join('.') }] }, req.t)
    return seal(value)
  }
  return {
    ...field,
    validate: ((value, options) => (isSealed(value) ? true : check(value, options))) as Validate,
    hooks: { ...(field as { hooks?: object }).hooks, beforeChange: [sealOnWrite], afterRead: [openOnRead] },
  } as Field
}
