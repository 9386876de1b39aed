import type { CollectionSlug, Endpoint } from 'payload'
import { t, type Text } from '../../schemas/index.ts'
import { activeUser } from '../access/roles.ts'
import { siteBuilder } from '../jobs/rebuildSite.ts'
import { langOf } from '../messages.ts'
import { STATE_LABELS, type State } from './labels.ts'

export const PREVIEW_PATH = 'draft-preview'

/** Never stored by a browser or proxy, never indexed, no script runs on the CMS's origin, no referrer leaves. */
const PRIVATE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex, nofollow',
  'content-security-policy': "script-src 'none'; object-src 'none'; frame-ancestors 'self'",
  'referrer-policy': 'no-referrer',
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A page saying why there is no preview, in the admin's language. */
const message = (status: number, title: string, lines: string[] = []) =>
  new Response(
    `<!doctype html><html lang="id"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(title)}</title>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>${escape(title)}</h1>` +
      (lines.length ? `<ul>${lines.map((line) => `<li>${escape(line)}</li>`).join('')}</ul>` : '') +
      '</body></html>',
    { status, headers: PRIVATE_HEADERS },
  )

/**
 * `GET /api/<collection>/<id>/draft-preview`: the newest version of a document (draft, submission or what
 * is published) rendered by the site builder with the real templates, for a signed-in user who may read
 * that document's versions (its own OPD's staff, Kominfo). The page is answered to that user only: it is
 * never written to the sites' output, and nothing may cache it. Links on it lead to the live sites.
 */
export const previewEndpoint: Endpoint = {
  path: `/:id/${PREVIEW_PATH}`,
  method: 'get',
  handler: async (req) => {
    const lang = langOf(req)
    const say = (text: Text) => text[lang]
    if (!activeUser(req)) return message(401, say(t('Masuk dulu ke admin untuk melihat pratinjau', 'Log in to the admin to see the preview')))
    const collection = req.routeParams?.collection as CollectionSlug
    const id = String(req.routeParams?.id ?? '')
    const notFound = () => message(404, say(t('Dokumen tidak ditemukan, atau bukan milik OPD Anda', 'Document not found, or not your OPD’s')))
    // Versions are readable by the owning OPD's staff and Kominfo only: the same gate as the version history.
    const { docs } = await req.payload
      .findVersions({ collection, where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] }, sort: '-updatedAt', limit: 1, depth: 1, overrideAccess: false, user: req.user, req })
      .catch(() => ({ docs: [] }))
    const version = docs[0]?.version as unknown as Record<string, unknown> | undefined
    if (!version) return notFound()

    const builder = siteBuilder()
    if (!builder) return message(503, say(t('Pratinjau tidak tersedia: layanan pembangun situs tidak dikonfigurasi (SITES_BUILDER_URL)', 'No preview: no site builder is configured (SITES_BUILDER_URL)')))
    const response = await fetch(new URL('/preview', builder.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${builder.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ collection, doc: { ...version, id } }),
      signal: AbortSignal.timeout(120_000),
    }).catch((error: Error) => error)
    if (response instanceof Error) return message(503, say(t(`Pratinjau tidak tersedia: pembangun situs tidak menjawab (${response.message})`, `No preview: the site builder did not answer (${response.message})`)))
    const result = (await response.json().catch(() => ({}))) as { html?: string; url?: string; error?: string; problems?: { path: string; message: string }[] }
    if (!response.ok || !result.html || !result.url) {
      const problems = (result.problems ?? []).map((p) => `${say(t('Kolom', 'Field'))} ${p.path}: ${p.message}`)
      return message(response.ok ? 502 : response.status, result.error ?? say(t('Pratinjau gagal dibuat', 'The preview could not be made')), problems)
    }

    const state = STATE_LABELS[(version.workflowState as State | undefined) ?? 'draft']
    const banner =
      `<div role="status" style="position:sticky;top:0;z-index:1000;background:#7a2e00;color:#fff;padding:.6rem 1rem;font:600 1rem/1.4 system-ui,sans-serif">` +
      `${escape(say(t('PRATINJAU', 'PREVIEW')))} · ${escape(state[lang])} · ${escape(say(t('Belum tentu terbit. Halaman ini hanya untuk Anda; alamatnya nanti:', 'Not necessarily published. This page is for you only; its address will be:')))} ${escape(result.url)}</div>`
    const html = result.html
      .replace(/<head>/i, `<head><base href="${escape(result.url)}"><meta name="robots" content="noindex, nofollow">`)
      .replace(/<body([^>]*)>/i, (tag) => `${tag}${banner}`)
    return new Response(html, { status: 200, headers: PRIVATE_HEADERS })
  },
}
