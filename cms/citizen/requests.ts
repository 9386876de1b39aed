import { createHash } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import { addWorkingDays, dayInJakarta } from '../../schemas/index.ts'
import { admit, backLink, contactProblems, createReplayGuard, lengthProblems, lookups, registerOf, store, validNik, wantsJson, withRetryAfter, type Problem } from './forms.ts'
import { DECIDED, EXEMPTIONS, OBJECTION_DAYS, OBJECTION_GROUNDS, OPEN, REQUEST_STATUS } from './InformationRequests.ts'
import { clientKey } from './network.ts'
import { escapeHtml, htmlPage } from './page.ts'
import { citizenRules } from './Settings.ts'
import { readTicket } from './tickets.ts'

const replays = createReplayGuard()

const FIELDS = {
  opd: { label: 'OPD yang dimintai informasi', max: 60 },
  informasi: { label: 'Rincian informasi yang dimohon', min: 10, max: 5000 },
  tujuan: { label: 'Tujuan penggunaan informasi', min: 5, max: 2000 },
  nama: { label: 'Nama', min: 2, max: 100 },
  nik: { label: 'NIK', min: 16, max: 16 },
  alamat: { label: 'Alamat', max: 300 },
  email: { label: 'Email', max: 254 },
  telepon: { label: 'Telepon', max: 20 },
} as const
const FORMATS_OF_INFORMATION = ['softcopy', 'hardcopy', 'melihat']

const refuse = (req: PayloadRequest, status: number, problems: Problem[], title = 'Permohonan belum terkirim', back?: string) =>
  wantsJson(req)
    ? Response.json({ errors: problems }, { status })
    : htmlPage(status, title, `<h1>${escapeHtml(title)}</h1><div class="error" role="alert"><p>Perbaiki isian berikut, lalu kirim lagi dari formulir:</p><ul>${problems.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul></div>${backLink(req, back)}`)

/** The shared first steps (forms.ts `admit`), refused in this channel's words. */
const admitted = async (req: PayloadRequest, what: string): Promise<{ form: Record<string, string>; client: string } | Response> => {
  const result = await admit(req, what)
  return 'problem' in result ? withRetryAfter(refuse(req, result.status, [result.problem]), result) : result
}

/**
 * `POST /api/ppid/permohonan`: a request for public information to an OPD (UU 14/2008 Ps. 22), from a form
 * post or JSON; answered with a redirect to its status page (or the ticket). The legal deadline, 10
 * working days, starts the day after. Name and NIK are required by the law's request form; they and the
 * contact are stored encrypted.
 */
export const requestEndpoint: Endpoint = {
  path: '/ppid/permohonan',
  method: 'post',
  handler: async (req) => {
    const submission = await admitted(req, 'permohonan')
    if (submission instanceof Response) return submission
    const { form, client } = submission
    const value = (field: string) => (form[field] ?? '').trim()
    const { opds } = await registerOf(req)
    const problems = [...lengthProblems(form, FIELDS), ...contactProblems(form)]
    if (value('opd') && !opds.some((o) => o.slug === value('opd'))) problems.push({ field: 'opd', message: `OPD "${value('opd').slice(0, 60)}" tidak dikenal; pilih dari daftar` })
    if (value('nik').length === 16 && !validNik(value('nik'))) problems.push({ field: 'nik', message: 'NIK harus 16 angka sesuai KTP (kode wilayah dan tanggal lahir yang sah)' })
    if (!value('email') && !value('telepon') && !value('alamat')) problems.push({ field: 'email', message: 'Isi email, telepon atau alamat: ke sanalah informasi dikirim' })
    const format = value('format') || 'softcopy'
    if (!FORMATS_OF_INFORMATION.includes(format)) problems.push({ field: 'format', message: 'Bentuk informasi: salinan elektronik, salinan tercetak atau melihat di tempat' })
    if (!['ya', 'on', 'true'].includes(value('setuju'))) problems.push({ field: 'setuju', message: 'Centang persetujuan pemrosesan data pribadi untuk mengirim' })
    if (problems.length) return refuse(req, 400, problems, undefined, form.kembali)

    const fingerprint = createHash('sha256').update(JSON.stringify(['ppid', client, ...Object.keys(FIELDS).map(value)])).digest('hex')
    let ticket = replays.seen(fingerprint)
    if (!ticket) {
      const created = await store(() =>
        req.payload.create({
          collection: 'information-requests',
          data: {
            opd: opds.find((o) => o.slug === value('opd'))!.id,
            information: value('informasi'),
            purpose: value('tujuan'),
            format,
            applicant: { name: value('nama'), nik: value('nik'), ...(value('alamat') ? { address: value('alamat') } : {}), ...(value('email') ? { email: value('email') } : {}), ...(value('telepon') ? { phone: value('telepon') } : {}) },
          } as never,
          overrideAccess: true,
          req,
        }),
      )
      ticket = created.ticket as string
      replays.remember(fingerprint, ticket)
    }
    const status = `/api/ppid/status?tiket=${encodeURIComponent(ticket)}&baru=1${form.kembali ? `&kembali=${encodeURIComponent(form.kembali)}` : ''}`
    if (wantsJson(req)) return Response.json({ ticket, status }, { status: 201 })
    return new Response(null, { status: 303, headers: { location: status, 'cache-control': 'no-store' } })
  },
}

const findRequest = async (req: PayloadRequest, ticket: string) =>
  (
    await req.payload.find({
      collection: 'information-requests',
      where: { ticket: { equals: ticket } },
      limit: 1,
      depth: 1,
      overrideAccess: true,
      select: { ticket: true, opd: true, status: true, receivedAt: true, dueAt: true, extension: { reason: true, extendedAt: true }, decision: { response: true, exemption: true, exemptionReasoning: true, decidedAt: true }, objection: { ground: true, filedAt: true, dueAt: true, response: true, answeredAt: true } },
      req,
    })
  ).docs[0]

/** What the holder of a ticket may see: never who asked, never what they wrote in an objection. */
const publicView = (doc: NonNullable<Awaited<ReturnType<typeof findRequest>>>, today: string) => {
  const day = (value: unknown) => (value ? String(value).slice(0, 10) : undefined)
  const due = doc.status === 'objected' ? day(doc.objection?.dueAt) : day(doc.dueAt)
  return {
    ticket: doc.ticket,
    opd: doc.opd && typeof doc.opd === 'object' ? doc.opd.name : '',
    status: doc.status,
    statusLabel: REQUEST_STATUS[doc.status]?.id ?? doc.status,
    receivedAt: day(doc.receivedAt),
    dueAt: day(doc.dueAt),
    overdue: OPEN.includes(doc.status) && Boolean(due && due < today),
    ...(doc.extension?.extendedAt ? { extension: { extendedAt: day(doc.extension.extendedAt), reason: doc.extension.reason } } : {}),
    ...(doc.decision?.decidedAt ? { decision: { decidedAt: day(doc.decision.decidedAt), response: doc.decision.response, ...(doc.decision.exemption ? { exemption: EXEMPTIONS[doc.decision.exemption]?.id, reasoning: doc.decision.exemptionReasoning } : {}) } } : {}),
    ...(doc.objection?.filedAt ? { objection: { ground: OBJECTION_GROUNDS[doc.objection.ground ?? '']?.id, filedAt: day(doc.objection.filedAt), dueAt: day(doc.objection.dueAt), ...(doc.objection.answeredAt ? { response: doc.objection.response, answeredAt: day(doc.objection.answeredAt) } : {}) } } : {}),
  }
}

const objectionForm = (ticket: string) =>
  `<h2>Ajukan keberatan</h2><p>Bila permohonan ditolak, tidak ditanggapi atau tidak dipenuhi, Anda dapat mengajukan keberatan kepada atasan PPID paling lambat ${OBJECTION_DAYS} hari kerja (UU 14/2008 Ps. 35-36).</p>` +
  `<form method="post" action="/api/ppid/keberatan"><input type="hidden" name="tiket" value="${escapeHtml(ticket)}"><label for="f-alasan">Alasan keberatan</label><select id="f-alasan" name="alasan"><option value="">Pilih alasan</option>${Object.entries(OBJECTION_GROUNDS)
    .map(([value, label]) => `<option value="${value}">${escapeHtml(label.id)}</option>`)
    .join('')}</select><label for="f-uraian">Uraian</label><textarea id="f-uraian" name="uraian" rows="4"></textarea><button type="submit">Ajukan keberatan</button></form>`

/** `GET /api/ppid/status?tiket=PPID-...`: where a request is, by its ticket (HTML, or JSON with `format=json`). */
export const requestStatusEndpoint: Endpoint = {
  path: '/ppid/status',
  method: 'get',
  handler: async (req) => {
    const query = (name: string) => (typeof req.query?.[name] === 'string' ? (req.query[name] as string) : undefined)
    const json = wantsJson(req) || query('format') === 'json'
    const fail = (status: number, message: string) => (json ? Response.json({ errors: [{ message }] }, { status }) : htmlPage(status, 'Status permohonan informasi', `<h1>Status permohonan informasi</h1><div class="error" role="alert"><p>${escapeHtml(message)}</p></div>`))
    const wait = lookups.hit(clientKey(req.headers))
    if (wait > 0) return fail(429, `Terlalu banyak pencarian tiket; coba lagi dalam ${wait} detik`)
    const ticket = readTicket(query('tiket'), 'PPID')
    if (!ticket) return fail(400, 'Kode tiket tidak sesuai format, contoh: PPID-2026-7K3Q-X9MD-2PRT')
    const doc = await findRequest(req, ticket)
    if (!doc) return fail(404, `Tiket ${ticket} tidak ditemukan. Periksa lagi kode tiket Anda.`)
    const view = publicView(doc, dayInJakarta(Date.now()))
    if (json) return Response.json(view)
    const row = (label: string, value?: string) => (value ? `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>` : '')
    return htmlPage(
      200,
      `Status permohonan ${view.ticket}`,
      `<h1>Status permohonan informasi</h1>` +
        (query('baru') ? `<div class="notice" role="status"><p>Permohonan Anda diterima oleh ${escapeHtml(view.opd)}. <strong>Simpan kode tiket ini</strong>: hanya kode ini yang membuka halaman status.</p></div>` : '') +
        `<p class="tiket">${escapeHtml(view.ticket)}</p><dl>` +
        row('OPD', view.opd) +
        row('Diterima', view.receivedAt) +
        row('Batas jawaban', `${view.dueAt}${view.extension ? ' (diperpanjang)' : ''}${view.overdue ? ' (terlambat)' : ''}`) +
        row('Status', view.statusLabel) +
        row('Alasan perpanjangan', view.extension?.reason ?? undefined) +
        row('Jawaban', view.decision?.response ?? undefined) +
        row('Dasar pengecualian', view.decision?.exemption) +
        row('Uji konsekuensi', view.decision?.reasoning ?? undefined) +
        row('Keberatan', view.objection ? `${view.objection.ground}; diajukan ${view.objection.filedAt}, ditanggapi paling lambat ${view.objection.dueAt}` : undefined) +
        row('Tanggapan atas keberatan', view.objection?.response ?? undefined) +
        `</dl>` +
        ((DECIDED.includes(view.status ?? '') || view.overdue) && !view.objection ? objectionForm(String(view.ticket)) : '') +
        backLink(req, query('kembali')),
    )
  },
}

/**
 * `POST /api/ppid/keberatan {tiket, alasan, uraian}`: the requester's objection (UU 14/2008 Ps. 35-36), once,
 * after a decision or once the deadline has passed unanswered, within 30 working days of the decision.
 */
export const objectionEndpoint: Endpoint = {
  path: '/ppid/keberatan',
  method: 'post',
  handler: async (req) => {
    const submission = await admitted(req, 'keberatan')
    if (submission instanceof Response) return submission
    const { form } = submission
    const title = 'Keberatan belum terkirim'
    const ticket = readTicket(form.tiket, 'PPID')
    if (!ticket) return refuse(req, 400, [{ field: 'tiket', message: 'Kode tiket tidak sesuai format, contoh: PPID-2026-7K3Q-X9MD-2PRT' }], title)
    const doc = await findRequest(req, ticket)
    if (!doc) return refuse(req, 404, [{ field: 'tiket', message: `Tiket ${ticket} tidak ditemukan` }], title)
    const today = dayInJakarta(Date.now())
    const { holidays } = await citizenRules(req.payload, req)
    const problems: Problem[] = []
    const ground = (form.alasan ?? '').trim()
    if (!OBJECTION_GROUNDS[ground]) problems.push({ field: 'alasan', message: 'Pilih alasan keberatan (UU 14/2008 Ps. 35 ayat (1))' })
    if ((form.uraian ?? '').trim().length > 5000) problems.push({ field: 'uraian', message: 'Uraian paling panjang 5.000 karakter' })
    const unanswered = (doc.status === 'received' || doc.status === 'extended') && String(doc.dueAt).slice(0, 10) < today
    if (doc.objection?.filedAt) problems.push({ field: 'tiket', message: 'Keberatan atas permohonan ini sudah diajukan' })
    else if (!DECIDED.includes(doc.status) && !unanswered) problems.push({ field: 'tiket', message: 'Keberatan dapat diajukan setelah permohonan diputuskan, atau bila batas jawabannya lewat tanpa jawaban' })
    else if (doc.decision?.decidedAt && addWorkingDays(String(doc.decision.decidedAt).slice(0, 10), OBJECTION_DAYS, holidays) < today) problems.push({ field: 'tiket', message: `Batas pengajuan keberatan (${OBJECTION_DAYS} hari kerja sejak keputusan) sudah lewat` })
    if (problems.length) return refuse(req, 400, problems, title)
    await store(() => req.payload.update({ collection: 'information-requests', id: doc.id, data: { status: 'objected', objection: { ground, explanation: (form.uraian ?? '').trim() } } as never, overrideAccess: true, req }))
    const status = `/api/ppid/status?tiket=${encodeURIComponent(ticket)}`
    if (wantsJson(req)) return Response.json({ ticket, status }, { status: 201 })
    return new Response(null, { status: 303, headers: { location: status, 'cache-control': 'no-store' } })
  },
}
