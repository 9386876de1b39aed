import { createHash } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import { addWorkingDays, COMPLAINT_STATUS, dayInJakarta } from '../../schemas/index.ts'
import { admit, backLink, contactProblems, createReplayGuard, HONEYPOT, lengthProblems, lookups, registerOf, store, validNik, wantsJson, withRetryAfter, type Problem } from './forms.ts'
import { clientKey } from './network.ts'
import { escapeHtml, htmlPage } from './page.ts'
import { readTicket } from './tickets.ts'

/** What the form sends (names are the form's, in Bahasa Indonesia; templates/pages/ComplaintForm.astro uses the same) and how long each may be. */
const FORM_FIELDS = {
  opd: { label: 'OPD tujuan', max: 60 },
  perihal: { label: 'Perihal', min: 5, max: 150 },
  isi: { label: 'Isi pengaduan atau aspirasi', min: 10, max: 5000 },
  nama: { label: 'Nama', min: 2, max: 100 },
  email: { label: 'Email', max: 254 },
  telepon: { label: 'Telepon', max: 20 },
  nik: { label: 'NIK', max: 16 },
} as const
type FormField = keyof typeof FORM_FIELDS
const replays = createReplayGuard()

/** Checks a submission; every problem, with the field it is about, in Bahasa Indonesia. */
const checkSubmission = (form: Record<string, string>, opds: Set<string>): Problem[] => {
  const problems = lengthProblems(form, FORM_FIELDS)
  const value = (field: FormField) => (form[field] ?? '').trim()
  if (!value('opd')) problems.push({ field: 'opd', message: 'Pilih OPD tujuan' })
  else if (!opds.has(value('opd'))) problems.push({ field: 'opd', message: `OPD "${value('opd').slice(0, 60)}" tidak dikenal; pilih dari daftar` })
  problems.push(...contactProblems(form))
  if (value('nik') && !validNik(value('nik'))) problems.push({ field: 'nik', message: 'NIK harus 16 angka sesuai KTP (kode wilayah dan tanggal lahir yang sah); boleh dikosongkan' })
  if (!['ya', 'on', 'true'].includes((form.setuju ?? '').trim())) problems.push({ field: 'setuju', message: 'Centang persetujuan pemrosesan data pribadi untuk mengirim' })
  return problems
}

/** The form again, filled with what was sent (never the honeypot), for a citizen without JavaScript. */
const formAgain = (form: Record<string, string>, opds: { slug: string; name: string }[], problems: Problem[]) => {
  const value = (field: string) => escapeHtml(form[field] ?? '')
  const invalid = (field: string) => (problems.some((p) => p.field === field) ? ' aria-invalid="true"' : '')
  const input = (field: FormField, type = 'text') => `<label for="f-${field}">${FORM_FIELDS[field].label}</label><input id="f-${field}" name="${field}" type="${type}" value="${value(field)}"${invalid(field)}>`
  return (
    `<form method="post" action="/api/aduan">` +
    `<label for="f-opd">${FORM_FIELDS.opd.label}</label><select id="f-opd" name="opd"${invalid('opd')}><option value="">Pilih OPD</option>${opds.map((o) => `<option value="${escapeHtml(o.slug)}"${o.slug === form.opd ? ' selected' : ''}>${escapeHtml(o.name)}</option>`).join('')}</select>` +
    input('perihal') +
    `<label for="f-isi">${FORM_FIELDS.isi.label}</label><textarea id="f-isi" name="isi" rows="6"${invalid('isi')}>${value('isi')}</textarea>` +
    input('nama') +
    input('email', 'email') +
    input('telepon', 'tel') +
    input('nik') +
    `<div class="hp" aria-hidden="true"><label for="f-hp">Jangan diisi</label><input id="f-hp" name="${HONEYPOT}" tabindex="-1" autocomplete="off"></div>` +
    `<label><input type="checkbox" name="setuju" value="ya"${form.setuju ? ' checked' : ''}${invalid('setuju')}> Saya setuju data pribadi saya diproses untuk menangani pengaduan ini</label>` +
    `<input type="hidden" name="kembali" value="${value('kembali')}"><button type="submit">Kirim</button></form>`
  )
}

const refuse = (req: PayloadRequest, status: number, problems: Problem[], form: Record<string, string> = {}, opds: { slug: string; name: string }[] = []) =>
  wantsJson(req)
    ? Response.json({ errors: problems }, { status })
    : htmlPage(
        status,
        'Pengaduan belum terkirim',
        `<h1>Pengaduan belum terkirim</h1><div class="error" role="alert"><p>Perbaiki isian berikut, lalu kirim lagi:</p><ul>${problems.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul></div>` +
          (opds.length ? formAgain(form, opds, problems) : backLink(req, form.kembali)),
      )

/**
 * `POST /api/aduan`: a citizen's complaint or aspiration, from the form on every site (a plain form post,
 * answered with a redirect to its status page) or as JSON (answered with the ticket). Routed to the chosen
 * OPD with its answer deadline in working days; the citizen's name, contact, NIK and message are stored
 * encrypted. Refused, with every problem named and nothing stored: a malformed, oversized or incomplete
 * submission, an unknown OPD, a filled honeypot, or a client over its rate.
 */
export const complaintEndpoint: Endpoint = {
  path: '/aduan',
  method: 'post',
  handler: async (req) => {
    const admitted = await admit(req, 'pengaduan')
    if ('problem' in admitted) return withRetryAfter(refuse(req, admitted.status, [admitted.problem]), admitted)
    const { form, client } = admitted

    const { opds, rules } = await registerOf(req)
    const problems = checkSubmission(form, new Set(opds.map((o) => o.slug)))
    if (problems.length) return refuse(req, 400, problems, form, opds)

    const value = (field: FormField) => (form[field] ?? '').trim()
    const fingerprint = createHash('sha256').update(JSON.stringify([client, ...Object.keys(FORM_FIELDS).map((f) => value(f as FormField))])).digest('hex')
    let ticket = replays.seen(fingerprint)
    if (!ticket) {
      const today = dayInJakarta(Date.now())
      const created = await store(() => req.payload.create({
        collection: 'complaints',
        data: {
          opd: opds.find((o) => o.slug === value('opd'))!.id,
          subject: value('perihal'),
          status: 'received',
          receivedAt: today,
          dueAt: addWorkingDays(today, rules.complaintDays, rules.holidays),
          message: value('isi'),
          reporter: { name: value('nama'), ...(value('email') ? { email: value('email') } : {}), ...(value('telepon') ? { phone: value('telepon') } : {}), ...(value('nik') ? { nik: value('nik') } : {}) },
        } as never,
        overrideAccess: true,
        req,
      }))
      ticket = created.ticket
      replays.remember(fingerprint, ticket)
    }
    const status = `/api/aduan/status?tiket=${encodeURIComponent(ticket)}&baru=1${form.kembali ? `&kembali=${encodeURIComponent(form.kembali)}` : ''}`
    if (wantsJson(req)) return Response.json({ ticket, status }, { status: 201 })
    return new Response(null, { status: 303, headers: { location: status, 'cache-control': 'no-store' } })
  },
}

/** `GET /api/aduan/status?tiket=...`: where a complaint is, by its ticket; nothing about who sent it. */
export const complaintStatusEndpoint: Endpoint = {
  path: '/aduan/status',
  method: 'get',
  handler: async (req) => {
    const query = (name: string) => (typeof req.query?.[name] === 'string' ? (req.query[name] as string) : undefined)
    const json = wantsJson(req) || query('format') === 'json'
    const fail = (status: number, message: string) =>
      json ? Response.json({ errors: [{ message }] }, { status }) : htmlPage(status, 'Status pengaduan', `<h1>Status pengaduan</h1><div class="error" role="alert"><p>${escapeHtml(message)}</p></div>${lookupForm(query('tiket'))}`)
    const wait = lookups.hit(clientKey(req.headers))
    if (wait > 0) return fail(429, `Terlalu banyak pencarian tiket; coba lagi dalam ${wait} detik`)
    const ticket = readTicket(query('tiket'))
    if (!ticket) return fail(400, 'Kode tiket tidak sesuai format, contoh: ADU-2026-7K3Q-X9MD-2PRT')
    const { docs } = await req.payload.find({
      collection: 'complaints',
      where: { ticket: { equals: ticket } },
      limit: 1,
      depth: 1,
      overrideAccess: true,
      select: { ticket: true, subject: true, status: true, receivedAt: true, dueAt: true, answer: true, answeredAt: true, opd: true },
      req,
    })
    const doc = docs[0]
    if (!doc) return fail(404, `Tiket ${ticket} tidak ditemukan. Periksa lagi kode tiket Anda.`)
    const opd = doc.opd && typeof doc.opd === 'object' ? doc.opd.name : ''
    const answered = doc.status === 'answered' || doc.status === 'closed'
    const day = (value: unknown) => String(value ?? '').slice(0, 10)
    const overdue = !answered && day(doc.dueAt) < dayInJakarta(Date.now())
    const summary = { ticket: doc.ticket, opd, subject: doc.subject, status: doc.status, statusLabel: COMPLAINT_STATUS.labels[doc.status].id, receivedAt: day(doc.receivedAt), dueAt: day(doc.dueAt), overdue, ...(answered ? { answer: doc.answer, answeredAt: day(doc.answeredAt) } : {}) }
    if (json) return Response.json(summary)
    const province = await req.payload.findGlobal({ slug: 'province', depth: 0, overrideAccess: true, req })
    return htmlPage(
      200,
      `Status pengaduan ${doc.ticket}`,
      `<h1>Status pengaduan</h1>` +
        (query('baru') ? `<div class="notice" role="status"><p>Pengaduan Anda sudah kami terima dan diteruskan ke ${escapeHtml(opd)}. <strong>Simpan kode tiket ini</strong>: hanya kode ini yang membuka halaman status, dan kami tidak mengirimkannya ke mana pun.</p></div>` : '') +
        `<p class="tiket">${escapeHtml(doc.ticket)}</p><dl>` +
        `<dt>OPD</dt><dd>${escapeHtml(opd)}</dd><dt>Perihal</dt><dd>${escapeHtml(doc.subject)}</dd>` +
        `<dt>Diterima</dt><dd>${summary.receivedAt}</dd><dt>Batas jawaban</dt><dd>${summary.dueAt}${overdue ? ' (terlambat)' : ''}</dd>` +
        `<dt>Status</dt><dd>${escapeHtml(summary.statusLabel)}</dd></dl>` +
        (answered ? `<h2>Jawaban ${escapeHtml(opd)}</h2><p>${escapeHtml(doc.answer).replace(/\n/g, '<br>')}</p><p>Dijawab ${escapeHtml(summary.answeredAt)}</p>` : '<p>Belum ada jawaban. Halaman ini menampilkan jawaban begitu OPD menjawab.</p>') +
        `<p>Tidak puas dengan penanganannya? Laporkan juga melalui kanal nasional <a href="${escapeHtml(province.laporUrl)}">SP4N-LAPOR!</a></p>` +
        backLink(req, query('kembali')),
    )
  },
}

const lookupForm = (ticket?: string) =>
  `<form method="get" action="/api/aduan/status"><label for="f-tiket">Kode tiket</label><input id="f-tiket" name="tiket" value="${escapeHtml(ticket ?? '')}" autocomplete="off"><button type="submit">Lihat status</button></form>`
