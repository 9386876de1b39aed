import type { PayloadRequest } from 'payload'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { escapeHtml } from './page.ts'
import { FORMATS } from '../../schemas/index.ts'
import { clientAddress, limitKey } from './network.ts'
import { createGate, createLimiter } from './rateLimit.ts'
import { citizenRules } from './Settings.ts'

/** What the citizen channels share: reading a form post or JSON, checks, the OPD register, replays. */

export const MAX_BODY = 16_384
/** A field people do not see; what fills it is a robot. */
export const HONEYPOT = 'situs_web'

/** Per client, across the channels: 5 submissions per 10 minutes (COMPLAINT_RATE_LIMIT), 60 ticket lookups a minute. */
export const submissions = createLimiter({ max: Number(process.env.COMPLAINT_RATE_LIMIT ?? 5), windowMs: 10 * 60_000 })
export const lookups = createLimiter({ max: 60, windowMs: 60_000 })

/** Lengths of a form's fields against their rules, each problem named with the field's label. */
export const lengthProblems = (form: Record<string, string>, fields: Record<string, { label: string; min?: number; max: number }>): Problem[] =>
  Object.entries(fields).flatMap(([field, rule]) => {
    const text = (form[field] ?? '').trim()
    if (rule.min && text.length < rule.min) return [{ field, message: text ? `${rule.label} minimal ${rule.min} karakter` : `${rule.label} wajib diisi` }]
    if (text.length > rule.max) return [{ field, message: `${rule.label} paling panjang ${rule.max.toLocaleString('id-ID')} karakter (kini ${text.length.toLocaleString('id-ID')})` }]
    return []
  })

/** The optional contact fields `email` and `telepon`, when filled, in the formats the standard uses. */
export const contactProblems = (form: Record<string, string>): Problem[] => {
  const email = (form.email ?? '').trim()
  const phone = (form.telepon ?? '').trim()
  return [
    ...(email && !FORMATS.email.pattern.test(email) ? [{ field: 'email', message: FORMATS.email.message.id }] : []),
    ...(phone && !FORMATS.phone.pattern.test(phone) ? [{ field: 'telepon', message: 'Nomor telepon harus diawali 0 atau +62, misalnya 0812 3456 7890' }] : []),
  ]
}

export interface Problem {
  field: string
  message: string
}

/** Two submissions of any channel are written at a time; the OPD list and the rules are read at most every 10 s. */
export const store = createGate(2)
let register: { at: number; opds: { id: number | string; slug: string; name: string }[]; rules: Awaited<ReturnType<typeof citizenRules>> } | undefined
export const registerOf = async (req: PayloadRequest) => {
  if (register && Date.now() - register.at < 10_000) return register
  const { docs } = await req.payload.find({ collection: 'opds', where: ACTIVE_OPDS, limit: 0, depth: 0, sort: 'name', pagination: false, overrideAccess: true, select: { slug: true, name: true }, req })
  register = { at: Date.now(), opds: docs.map((o) => ({ id: o.id, slug: o.slug, name: o.name })), rules: await citizenRules(req.payload, req) }
  return register
}

/** The same submission sent again within ten minutes (a double click, a reload after POST) gets its first ticket. */
export const createReplayGuard = () => {
  const recent = new Map<string, { ticket: string; at: number }>()
  return {
    seen: (fingerprint: string): string | undefined => {
      const now = Date.now()
      for (const [key, entry] of recent) if (now - entry.at > 10 * 60_000) recent.delete(key)
      return recent.get(fingerprint)?.ticket
    },
    remember: (fingerprint: string, ticket: string) => void recent.set(fingerprint, { ticket, at: Date.now() }),
  }
}

export /** A NIK: 16 digits, a province code 11-94, a birth date (day + 40 for women) that exists. */
const validNik = (nik: string) => {
  if (!/^\d{16}$/.test(nik)) return false
  const province = Number(nik.slice(0, 2))
  const coded = Number(nik.slice(6, 8))
  const day = coded > 40 ? coded - 40 : coded
  const month = Number(nik.slice(8, 10))
  return province >= 11 && province <= 94 && day >= 1 && day <= 31 && month >= 1 && month <= 12
}

/** A form post (urlencoded) or a JSON object, as strings; refused past MAX_BODY or when it cannot be read. */
const readBody = async (req: PayloadRequest): Promise<Record<string, string> | 'too-large' | 'unreadable'> => {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY) return 'too-large'
  let text: string
  try {
    text = (await req.text?.()) ?? ''
  } catch {
    return 'unreadable'
  }
  if (text.length > MAX_BODY) return 'too-large'
  if ((req.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      const json = JSON.parse(text) as unknown
      if (!json || typeof json !== 'object' || Array.isArray(json)) return 'unreadable'
      return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, typeof v === 'string' ? v : typeof v === 'boolean' || typeof v === 'number' ? String(v) : '']))
    } catch {
      return 'unreadable'
    }
  }
  return Object.fromEntries(new URLSearchParams(text))
}

export const wantsJson = (req: PayloadRequest) => (req.headers.get('accept') ?? '').includes('application/json') || (req.headers.get('content-type') ?? '').includes('application/json')

/** A link back to the site the citizen came from, only to where the form was (the Referer's origin). */
export const backLink = (req: PayloadRequest, wanted: string | undefined) => {
  try {
    const target = new URL(wanted ?? '')
    const from = new URL(req.headers.get('referer') ?? '')
    return target.origin === from.origin && /^https?:$/.test(target.protocol) ? `<p><a href="${escapeHtml(target.href)}">Kembali ke situs</a></p>` : ''
  } catch {
    return ''
  }
}

/** Why a submission is refused before its fields are looked at, with its HTTP status (and the wait, when over the rate). */
export interface Refusal {
  status: number
  problem: Problem
  retryAfter?: number
}

/**
 * The first steps of every citizen submission: the client's rate, then the body (size, legibility) and the
 * honeypot. Gives the fields and the client, or the refusal the channel answers with (`what` names what
 * is being sent, e.g. "pengaduan").
 */
export const admit = async (req: PayloadRequest, what: string): Promise<{ form: Record<string, string>; client: string } | Refusal> => {
  const client = clientAddress(req.headers)
  const wait = submissions.hit(limitKey(client))
  if (wait > 0) return { status: 429, retryAfter: wait, problem: { field: '', message: `Terlalu banyak ${what} dari alamat Anda dalam waktu singkat; coba lagi dalam ${Math.ceil(wait / 60)} menit` } }
  const form = await readBody(req)
  if (form === 'too-large') return { status: 413, problem: { field: '', message: `Kiriman terlalu besar (paling besar ${MAX_BODY / 1024} KB); persingkat isi ${what}` } }
  if (form === 'unreadable') return { status: 400, problem: { field: '', message: `Kiriman tidak dapat dibaca; kirim dari formulir ${what} di situs` } }
  if ((form[HONEYPOT] ?? '') !== '') return { status: 400, problem: { field: '', message: 'Formulir tidak dapat diproses' } }
  return { form, client }
}

/** A refusal's response, with Retry-After when the client is over its rate. */
export const withRetryAfter = (response: Response, refusal: Refusal) => {
  if (refusal.retryAfter) response.headers.set('retry-after', String(refusal.retryAfter))
  return response
}
