import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import type { Field, FieldHook, Validate } from 'payload'

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

const sealOnWrite: FieldHook = ({ value }) => (typeof value === 'string' && value !== '' && !isSealed(value) ? seal(value) : value)
const openOnRead: FieldHook = ({ value }) => (isSealed(value) ? (unseal(value) ?? '[tidak dapat dibuka: kunci data pribadi berbeda]') : value)

/**
 * A text field whose value is stored encrypted and read back in clear by those whose field access lets
 * them read it. Its checks run on the clear text; a value already sealed was checked when it was sealed.
 */
export const sealed = (field: Field): Field => {
  const validate = (field as { validate?: Validate }).validate
  return {
    ...field,
    ...(validate ? { validate: ((value, options) => (isSealed(value) ? true : validate(value, options))) as Validate } : {}),
    hooks: { ...(field as { hooks?: object }).hooks, beforeChange: [sealOnWrite], afterRead: [openOnRead] },
  } as Field
}
