import type { Endpoint, PayloadRequest } from 'payload'
import { activeUser, OPD_ROLES, ownsOpd } from '../access/roles.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { analyseSheet, commitImport, ImportRefused, kindNamed, SHEET_KINDS, templateRows, type Analysis, type ImportOpd, type SheetKind } from './sheetImport.ts'
import { describeProblem, problemsResponse, toExcelCsv, toXlsx, uploadedRows } from './spreadsheet.ts'

const MAX_LISTED = 500

const kindOf = (req: PayloadRequest): SheetKind | undefined => {
  const given = String(req.routeParams?.kind ?? '')
  return (SHEET_KINDS as readonly string[]).includes(given) ? (given as SheetKind) : kindNamed(given)
}

const unknownKind = () => Response.json({ errors: [{ message: `Jenis impor tidak dikenal; yang ada: ${SHEET_KINDS.join(', ')}` }] }, { status: 404 })

/** What the dry run shows: counts, each document with its action, and the rows accepted with a remark. */
export const summary = (analysis: Analysis) => ({
  kind: analysis.kind,
  layout: analysis.layout,
  opd: { slug: analysis.opd.slug, name: analysis.opd.name },
  skipped: analysis.skipped,
  counts: {
    create: analysis.documents.filter((d) => d.action === 'create').length,
    update: analysis.documents.filter((d) => d.action === 'update').length,
    unchanged: analysis.documents.filter((d) => d.action === 'unchanged').length,
  },
  documents: analysis.documents.slice(0, MAX_LISTED).map(({ action, id, key, title, rows, changed }) => ({ action, id, key, title, rows, changed })),
  flags: analysis.documents.flatMap((d) => d.flags).map((p) => ({ ...p, message: describeProblem(p) })),
})

/**
 * `POST /api/import/<kind>?opd=<slug>[&dryRun=1][&progress=1]` (multipart `file`, .csv or .xlsx; `_payload`
 * may carry `ownerUnit`): budget realisation (`budget-realisations` or `realisasi`), programmes (`programmes`,
 * `program`) or services (`services`, `layanan`) of one OPD from a spreadsheet (cms/exchange/sheetImport.ts).
 * The dry run answers what would change; otherwise every document is saved as a draft, all or nothing. Bad
 * input answers 400 with every problem by row and column, and nothing is written. With `progress=1` the
 * commit answers NDJSON: `{"progress":{"done","total"}}` lines, then `{"result":...}` or `{"errors":[...]}`.
 * OPD editors and heads import for their own OPD, Kominfo admins for any.
 */
export const sheetImportEndpoint: Endpoint = {
  path: '/import/:kind',
  method: 'post',
  handler: async (req) => {
    const kind = kindOf(req)
    if (!kind) return unknownKind()
    const user = activeUser(req)
    if (!user) return Response.json({ errors: [{ message: 'Masuk dulu untuk mengimpor data' }] }, { status: 401 })
    if (!OPD_ROLES.includes(user.role) && user.role !== 'kominfo-admin') return Response.json({ errors: [{ message: 'Impor data hanya untuk editor dan kepala OPD (untuk OPD-nya) serta admin Kominfo' }] }, { status: 403 })
    const query = (req.query ?? {}) as Record<string, unknown>
    const slug = typeof query.opd === 'string' && query.opd ? query.opd : undefined
    if (!slug && !OPD_ROLES.includes(user.role)) return Response.json({ errors: [{ message: 'Pilih OPD tujuan impor (?opd=<slug>)' }] }, { status: 400 })
    const { docs } = await req.payload.find({ collection: 'opds', where: slug ? { and: [ACTIVE_OPDS, { slug: { equals: slug } }] } : { and: [ACTIVE_OPDS, { id: { in: user.opdIds } }] }, depth: 0, limit: 1, overrideAccess: true, req })
    const opd = docs[0]
    if (!opd) return Response.json({ errors: [{ message: slug ? `OPD "${slug}" tidak ada di daftar OPD aktif` : 'Pilih OPD tujuan impor (?opd=<slug>)' }] }, { status: 400 })
    if (user.role !== 'kominfo-admin' && !ownsOpd(user, opd.id)) return Response.json({ errors: [{ message: `Anda hanya dapat mengimpor data OPD Anda sendiri, bukan ${opd.name}` }] }, { status: 403 })
    const rows = await uploadedRows(req, 'Pilih berkas .csv atau .xlsx (unduh templat dari halaman impor)')
    if (rows instanceof Response) return rows
    const data = (req.data ?? {}) as Record<string, unknown>
    const target: ImportOpd = { id: opd.id, slug: opd.slug, name: opd.name }
    const analysis = await analyseSheet(req, kind, rows, target, { ownerUnit: typeof data.ownerUnit === 'string' ? data.ownerUnit : undefined })
    if (analysis.problems.length) return problemsResponse(analysis.problems)
    const flag = (value: unknown) => value === '1' || value === 'true' || value === true
    if (flag(query.dryRun) || flag(data.dryRun)) return Response.json({ dryRun: true, ...summary(analysis) })
    const commit = async (onProgress?: (done: number, total: number) => void) => {
      const outcome = await commitImport(req, analysis, onProgress)
      return { dryRun: false, ...summary(analysis), written: outcome.written }
    }
    if (!flag(query.progress)) {
      try {
        return Response.json(await commit(), { status: 201 })
      } catch (error) {
        if (error instanceof ImportRefused) return problemsResponse(error.problems)
        throw error
      }
    }
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`))
        try {
          line({ result: await commit((done, total) => line({ progress: { done, total } })) })
        } catch (error) {
          if (error instanceof ImportRefused) line({ errors: error.problems.map((p) => ({ ...p, message: describeProblem(p) })) })
          else {
            req.payload.logger.error(error)
            line({ errors: [{ row: 0, message: 'Impor gagal karena kesalahan server; tidak ada yang disimpan' }] })
          }
        }
        controller.close()
      },
    })
    return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } })
  },
}

/** `GET /api/import/<kind>/template?format=csv|xlsx`: the header row in Bahasa Indonesia and one example row. */
export const sheetTemplateEndpoint: Endpoint = {
  path: '/import/:kind/template',
  method: 'get',
  handler: async (req) => {
    const kind = kindOf(req)
    if (!kind) return unknownKind()
    const format = (req.query as Record<string, unknown> | undefined)?.format === 'xlsx' ? 'xlsx' : 'csv'
    const rows = templateRows(kind)
    const name = `templat-impor-${kind}.${format}`
    const disposition = `attachment; filename="${name}"`
    if (format === 'csv') return new Response(toExcelCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition } })
    const bytes = await toXlsx('Templat', rows)
    return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': disposition } })
  },
}
