import { ValidationError, type Endpoint } from 'payload'
import { dayInJakarta } from '../../schemas/index.ts'
import { activeUser } from '../access/roles.ts'
import { problemsResponse, uploadedRows } from '../exchange/spreadsheet.ts'
import { SKM_ROWS, tallyResponses, TEMPLATE_CSV } from './skmImport.ts'

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
    const rows = await uploadedRows(req, 'Pilih berkas .csv atau .xlsx berisi jawaban responden', SKM_ROWS)
    if (rows instanceof Response) return rows
    const counted = tallyResponses(rows)
    if ('problems' in counted) return problemsResponse(counted.problems)
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
