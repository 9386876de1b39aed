import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import * as id from '@zxcvbn-ts/language-id'
import { t, type Text } from '../../schemas/index.ts'

/** OWASP ASVS 2.1.1: at least 12 characters; 2.1.2: long passphrases are allowed. */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

/** zxcvbn's 0-4 scale; 3 is "safely unguessable" (about 10^10 guesses), the usual floor for online accounts. */
export const MIN_PASSWORD_SCORE = 3

export type PasswordProblem = 'tooShort' | 'tooLong' | 'personal' | 'common'

/** Whose password it is: their email and name must not be (in) it. */
export interface PasswordOwner {
  email?: string | null
  name?: string | null
}

/** Built on first use (about 0.1 s: the dictionaries are ranked then), so commands that never check a password do not pay for it. */
let estimator: ZxcvbnFactory | undefined
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary },
    graphs: common.adjacencyGraphs,
    translations: id.translations,
  }))

const normalised = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/** The owner's words zxcvbn should treat as guessable: the whole email, its local part and the words of both, and the name. */
const ownerWords = ({ email, name }: PasswordOwner): string[] => {
  const local = (email ?? '').split('@')[0] ?? ''
  return [email ?? '', local, ...local.split(/[^\p{L}\p{N}]+/u), name ?? '', ...(name ?? '').split(/\s+/)].filter((word) => word.length >= 3)
}

/** The password spells out the whole email address, its local part or the whole name (ignoring case, spaces and punctuation). */
const spellsOutOwner = (password: string, { email, name }: PasswordOwner) => {
  const plain = normalised(password)
  return [email ?? '', (email ?? '').split('@')[0] ?? '', name ?? ''].map(normalised).some((part) => part.length >= 4 && plain.includes(part))
}

/** Why a password may not be set, or null when it may: length first, then the owner's own data, then guessability. */
export const passwordProblem = (password: string, owner: PasswordOwner = {}): PasswordProblem | null => {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if ([...password].length > MAX_PASSWORD_LENGTH) return 'tooLong'
  if (spellsOutOwner(password, owner)) return 'personal'
  const { score, sequence } = strength().check(password, ownerWords(owner))
  if (score >= MIN_PASSWORD_SCORE) return null
  return sequence.some((match) => 'dictionaryName' in match && match.dictionaryName === 'userInputs') ? 'personal' : 'common'
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, Text> = {
  tooShort: t(`Kata sandi terlalu pendek: minimal ${MIN_PASSWORD_LENGTH} karakter. Rangkaian beberapa kata lebih mudah diingat dan sulit ditebak.`, `The password is too short: at least ${MIN_PASSWORD_LENGTH} characters. A few words strung together are easy to remember and hard to guess.`),
  tooLong: t(`Kata sandi terlalu panjang: paling banyak ${MAX_PASSWORD_LENGTH} karakter.`, `The password is too long: at most ${MAX_PASSWORD_LENGTH} characters.`),
  personal: t('Kata sandi tidak boleh memuat alamat surel atau nama pemilik akun; pilih kata-kata lain.', "The password must not contain the account's email address or name; choose other words."),
  common: t('Kata sandi terlalu umum atau mudah ditebak (kata sandi populer, satu kata, pola keyboard, urutan, tahun atau tanggal); gunakan beberapa kata yang tidak umum.', 'The password is too common or easy to guess (a popular password, a single word, a keyboard pattern, a sequence, a year or a date); use several uncommon words.'),
}
