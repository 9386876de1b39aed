import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { createLimiter } from '../citizen/rateLimit.ts'

/** A reset link works for one hour, once (Payload expires it when it is used). */
export const RESET_LINK_MS = 60 * 60_000

/** Reset emails per address in a quarter of an hour: enough for a lost email, too few to flood an inbox. */
const perAddress = createLimiter({ max: 3, windowMs: 15 * 60_000 })

/**
 * Before Payload handles `forgot-password`: at most a few requests per email address (counted whether or
 * not an account has it, so the limit tells nothing either), and no email for a deactivated account. The
 * answer stays Payload's: 200 for every address, known or not.
 */
export const screenResetRequest: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args.data as { email?: unknown } | undefined)?.email ?? '').toLowerCase().trim()
  if (!email) return args
  const wait = perAddress.hit(email)
  if (wait > 0) throw new APIError(`Terlalu banyak permintaan atur ulang kata sandi untuk alamat ini; coba lagi dalam ${Math.ceil(wait / 60)} menit.`, 429, undefined, true)
  const user = await req.payload.db.findOne<{ id: number | string; active?: boolean | null }>({ collection: collection.slug, where: { email: { equals: email } }, req })
  return user?.active === false ? { ...args, disableEmail: true } : args
}

/**
 * A reset whose token is unknown, used or expired is refused in Bahasa Indonesia, before the new password
 * is looked at (Payload's own refusal is in English).
 */
export const refuseStaleResetToken: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'resetPassword') return args
  const token = (args.data as { token?: unknown } | undefined)?.token
  const user = typeof token === 'string' && token ? await req.payload.db.findOne({ collection: collection.slug, where: { and: [{ resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] }, req }) : null
  if (!user) throw new APIError('Tautan atur ulang kata sandi tidak berlaku: sudah dipakai, kedaluwarsa (berlaku satu jam) atau tidak lengkap. Minta tautan baru di halaman masuk ("Lupa kata sandi").', 403, undefined, true)
  return args
}

/**
 * The admin's address in links sent by email: SERVER_URL (or CMS_PUBLIC_URL) in production. Never the
 * request's Host header, which whoever asks for a reset could set to their own server.
 */
const adminOrigin = (req: PayloadRequest) => (req.payload.config.serverURL || process.env.CMS_PUBLIC_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')

export const resetLink = (req: PayloadRequest, token: string) => `${adminOrigin(req)}${req.payload.config.routes.admin}${req.payload.config.admin.routes.reset}/${token}`

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const resetEmailSubject = () => 'Atur ulang kata sandi Portal OPD'

/** The reset email, in Bahasa Indonesia whatever the requester's language (it goes to the account's owner). */
export const resetEmailHtml = ({ req, token, user }: { req?: PayloadRequest; token?: string; user?: { name?: string | null } } = {}) => {
  const link = escape(resetLink(req!, token!))
  return [
    `<p>Yth. ${escape(user?.name ?? 'pengguna Portal OPD')},</p>`,
    '<p>Ada permintaan untuk mengatur ulang kata sandi akun Anda di Portal OPD. Buka tautan berikut untuk membuat kata sandi baru (minimal 12 karakter); tautan berlaku satu jam dan hanya sekali pakai:</p>',
    `<p><a href="${link}">${link}</a></p>`,
    '<p>Jika Anda tidak memintanya, abaikan surel ini: kata sandi Anda tidak berubah. Setelah kata sandi diganti, semua sesi yang masih terbuka berakhir.</p>',
  ].join('\n')
}
