import { addDataAndFileToRequest, ValidationError, type Endpoint } from 'payload'
import { dayInJakarta } from '../../schemas/index.ts'
import { activeUser } from '../access/roles.ts'
import { readRows, tallyResponses, TEMPLATE_CSV } from './skmImport.ts'

/**
 * `POST /api/skm-results/import` (multipart: `file` .csv or .xlsx, one row per respondent with U1-U9, and the
 * result's fields: opd, service, year, period, surveyEnd, ownerUnit; `dryRun=true` only counts): the IKM and
 * grade computed from the raw answers, saved as a draft of the OPD's own for review. A bad file or cell is
 * refused with every problem by row and column, and nothing is saved.
 */
export const skmImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const user = activeUser(req)
    if (!user) return Response.json({ errors: [{ message: 'Masuk dulu untuk mengimpor hasil SKM' }] }, { status: 401 })
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return Response.json({ errors: [{ message: 'Kiriman tidak dapat dibaca; unggah berkas lewat formulir impor' }] }, { status: 400 })
    }
    const file = req.file
    if (!file?.data) return Response.json({ errors: [{ message: 'Pilih berkas .csv atau .xlsx berisi jawaban responden' }] }, { status: 400 })
    const read = await readRows(file.name, file.data)
    const counted = 'rows' in read ? tallyResponses(read.rows) : read
    if ('problems' in counted) {
      return Response.json({ errors: counted.problems.slice(0, 100).map((p) => ({ ...p, message: p.row ? `Baris ${p.row}${p.column ? `, kolom ${p.column}` : ''}: ${p.message}` : p.message })), more: Math.max(0, counted.problems.length - 100) }, { status: 400 })
    }
    const { tally } = counted
    const data = (req.data ?? {}) as Record<string, unknown>
    if (data.dryRun === true || data.dryRun === 'true') return Response.json({ dryRun: true, tally })
    const number = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : Number(value))
    try {
      const created = await req.payload.create({
        collection: 'skm-results',
        draft: true,
        data: {
          opd: number(data.opd) ?? user.opdIds[0],
          ...(data.service ? { service: number(data.service) } : {}),
          year: number(data.year),
          period: data.period,
          surveyEnd: data.surveyEnd,
          respondents: tally.respondents,
          scoreSums: tally.scoreSums,
          ownerUnit: data.ownerUnit,
          lastReviewedAt: dayInJakarta(Date.now()),
        } as never,
        user: req.user,
        overrideAccess: false,
        req,
      })
      return Response.json({ id: created.id, tally }, { status: 201 })
    } catch (error) {
      if (error instanceof ValidationError) return Response.json({ errors: error.data.errors.map((e) => ({ field: e.path, message: `${e.label ? `${typeof e.label === 'string' ? e.label : e.path}: ` : ''}${e.message}` })) }, { status: 400 })
      if ((error as { status?: number }).status === 403) return Response.json({ errors: [{ message: 'Anda hanya dapat mengimpor hasil SKM untuk OPD Anda sendiri' }] }, { status: 403 })
      throw error
    }
  },
}

/** `GET /api/skm-results/import-template`: the CSV to fill, one row per respondent. */
export const skmTemplateEndpoint: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: () => new Response(TEMPLATE_CSV, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="templat-skm.csv"' } }),
}
