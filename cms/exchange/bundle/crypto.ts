import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { BUNDLE_SEALED_PREFIX } from './format.ts'

/** What the manifest stores to test a key with before anything is decrypted. */
const CHECK_TEXT = 'portal-opd-bundle-key-check'
const MIN_KEY_LENGTH = 16

export class BundleKeyError extends Error {}

/**
 * The key citizens' personal data is encrypted with inside a bundle: derived with scrypt from the
 * operator's BUNDLE_KEY (a passphrase of at least 16 characters) and a random salt kept in the manifest.
 * The bundle key is independent of PERSONAL_DATA_KEY: the source and target deployments each keep their own.
 */
export const bundleKey = (passphrase: string | undefined, salt: string): Buffer => {
  if (!passphrase) throw new BundleKeyError('BUNDLE_KEY belum diisi: data pribadi warga hanya boleh masuk atau keluar dari bundel dalam keadaan terenkripsi. Isi BUNDLE_KEY (minimal 16 karakter) dan simpan di tempat aman.')
  if (passphrase.length < MIN_KEY_LENGTH) throw new BundleKeyError(`BUNDLE_KEY terlalu pendek: minimal ${MIN_KEY_LENGTH} karakter.`)
  return scryptSync(passphrase, Buffer.from(salt, 'base64'), 32)
}

export const newSalt = (): string => randomBytes(16).toString('base64')

/** AES-256-GCM with a fresh nonce. */
export const sealForBundle = (key: Buffer, text: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return BUNDLE_SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

/** The clear text, or undefined when the value was not sealed with this key (wrong key, tampered). */
export const openFromBundle = (key: Buffer, value: string): string | undefined => {
  if (!value.startsWith(BUNDLE_SEALED_PREFIX)) return undefined
  try {
    const bytes = Buffer.from(value.slice(BUNDLE_SEALED_PREFIX.length), 'base64')
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}

export const keyCheck = (key: Buffer): string => sealForBundle(key, CHECK_TEXT)
export const keyMatches = (key: Buffer, check: string): boolean => openFromBundle(key, check) === CHECK_TEXT
