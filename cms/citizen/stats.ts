import type { Endpoint, Payload, PayloadRequest } from 'payload'
import type { ComplaintStats } from '../../schemas/compliance/index.ts'
import { dayInJakarta, refId, workingDaysBetween } from '../../schemas/index.ts'
import { OPEN } from './InformationRequests.ts'
import { citizenRules } from './Settings.ts'

const day = (value: unknown) => String(value ?? '').slice(0, 10)

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** How a channel's records say they are answered and by when. */
interface Channel {
  collection: 'complaints' | 'information-requests'
  answered: (doc: Record<string, any>) => boolean
  answeredAt: (doc: Record<string, any>) => unknown
  /** The deadline that runs now: the answer's, or an objection's. */
  due: (doc: Record<string, any>) => unknown
}

const COMPLAINTS: Channel = {
  collection: 'complaints',
  answered: (doc) => doc.status === 'answered' || doc.status === 'closed',
  answeredAt: (doc) => doc.answeredAt,
  due: (doc) => doc.dueAt,
}

const REQUESTS: Channel = {
  collection: 'information-requests',
  answered: (doc) => !OPEN.includes(doc.status),
  answeredAt: (doc) => doc.decision?.decidedAt,
  due: (doc) => (doc.status === 'objected' ? doc.objection?.dueAt : doc.dueAt),
}

/**
 * Each OPD's handling of a channel, by slug: received and answered in `year` with the median working days
 * to answer, and, whatever the year, how many wait for an answer and how many of those are past their
 * deadline. Counts only: nothing about who wrote or what.
 */
const channelStats = async (payload: Payload, channel: Channel, { req, today = dayInJakarta(Date.now()) }: { req?: PayloadRequest; today?: string } = {}): Promise<{ year: number; opds: Record<string, ComplaintStats> }> => {
  const year = Number(today.slice(0, 4))
  const { holidays } = await citizenRules(payload, req)
  const [{ docs: records }, { docs: opds }] = await Promise.all([
    payload.find({ collection: channel.collection, limit: 0, depth: 0, pagination: false, overrideAccess: true, select: channel.collection === 'complaints' ? { opd: true, status: true, receivedAt: true, dueAt: true, answeredAt: true } : { opd: true, status: true, receivedAt: true, dueAt: true, decision: { decidedAt: true }, objection: { dueAt: true } }, ...(req ? { req } : {}) }),
    payload.find({ collection: 'opds', limit: 0, depth: 0, pagination: false, overrideAccess: true, select: { slug: true }, ...(req ? { req } : {}) }),
  ])
  const slugOf = new Map(opds.map((o) => [String(o.id), o.slug]))
  const stats: Record<string, ComplaintStats & { days: number[] }> = {}
  for (const record of records as Record<string, any>[]) {
    const slug = slugOf.get(String(refId(record.opd)))
    if (!slug) continue
    const s = (stats[slug] ??= { received: 0, answered: 0, open: 0, overdue: 0, days: [] })
    const answered = channel.answered(record)
    const received = day(record.receivedAt)
    if (Number(received.slice(0, 4)) === year) {
      s.received++
      const at = channel.answeredAt(record)
      if (answered || at) s.answered++
      if (at) s.days.push(workingDaysBetween(received, day(at), holidays))
    }
    if (answered) continue
    const due = day(channel.due(record))
    s.open++
    if (!s.nextDue || due < s.nextDue) s.nextDue = due
    if (due < today) {
      s.overdue++
      if (!s.oldestOverdue || due < s.oldestOverdue) s.oldestOverdue = due
    }
  }
  return {
    year,
    opds: Object.fromEntries(
      Object.entries(stats).map(([slug, { days, ...rest }]) => {
        const middle = median(days)
        return [slug, { ...rest, ...(middle === undefined ? {} : { medianDays: middle }) }]
      }),
    ),
  }
}

export const complaintStats = (payload: Payload, options: { req?: PayloadRequest; today?: string } = {}) => channelStats(payload, COMPLAINTS, options)
export const requestStats = (payload: Payload, options: { req?: PayloadRequest; today?: string } = {}) => channelStats(payload, REQUESTS, options)

/** `GET /api/aduan/statistik`: the published counts of every OPD (the sites show them; the compliance rule reads them). */
export const complaintStatsEndpoint: Endpoint = {
  path: '/aduan/statistik',
  method: 'get',
  handler: async (req) => Response.json(await complaintStats(req.payload, { req }), { headers: { 'cache-control': 'no-cache' } }),
}

/** `GET /api/ppid/statistik`: the same for requests for information (answered = decided; an objection's deadline counts while it runs). */
export const requestStatsEndpoint: Endpoint = {
  path: '/ppid/statistik',
  method: 'get',
  handler: async (req) => Response.json(await requestStats(req.payload, { req }), { headers: { 'cache-control': 'no-cache' } }),
}

/** One OPD's year of requests for information, as its annual information-service report counts them (UU 14/2008 Ps. 12). */
export interface RequestReport {
  received: number
  granted: number
  partly: number
  refused: number
  /** Refusals (whole or partial) by the Ps. 17 ground cited. */
  refusedBy: Record<string, number>
  objections: number
  medianDays?: number
}

/** Every OPD's report for `year` (requests received that year), by slug. */
const requestReport = async (payload: Payload, year: number, req?: PayloadRequest): Promise<Record<string, RequestReport>> => {
  const { holidays } = await citizenRules(payload, req)
  const [{ docs: records }, { docs: opds }] = await Promise.all([
    payload.find({ collection: 'information-requests', where: { and: [{ receivedAt: { greater_than_equal: `${year}-01-01` } }, { receivedAt: { less_than: `${year + 1}-01-01` } }] }, limit: 0, depth: 0, pagination: false, overrideAccess: true, select: { opd: true, receivedAt: true, decision: { outcome: true, exemption: true, decidedAt: true }, objection: { filedAt: true } }, ...(req ? { req } : {}) }),
    payload.find({ collection: 'opds', limit: 0, depth: 0, pagination: false, overrideAccess: true, select: { slug: true }, ...(req ? { req } : {}) }),
  ])
  const slugOf = new Map(opds.map((o) => [String(o.id), o.slug]))
  const reports: Record<string, RequestReport & { days: number[] }> = {}
  for (const record of records) {
    const slug = slugOf.get(String(refId(record.opd)))
    if (!slug) continue
    const r = (reports[slug] ??= { received: 0, granted: 0, partly: 0, refused: 0, refusedBy: {}, objections: 0, days: [] })
    r.received++
    const outcome = record.decision?.outcome
    if (outcome === 'granted' || outcome === 'partly' || outcome === 'refused') r[outcome]++
    if ((outcome === 'partly' || outcome === 'refused') && record.decision?.exemption) r.refusedBy[record.decision.exemption] = (r.refusedBy[record.decision.exemption] ?? 0) + 1
    if (record.decision?.decidedAt) r.days.push(workingDaysBetween(day(record.receivedAt), day(record.decision.decidedAt), holidays))
    if (record.objection?.filedAt) r.objections++
  }
  return Object.fromEntries(
    Object.entries(reports).map(([slug, { days, ...rest }]) => {
      const middle = median(days)
      return [slug, { ...rest, ...(middle === undefined ? {} : { medianDays: middle }) }]
    }),
  )
}

/** `GET /api/ppid/laporan?tahun=YYYY`: every OPD's information-service figures of a year (default: this year so far). */
export const requestReportEndpoint: Endpoint = {
  path: '/ppid/laporan',
  method: 'get',
  handler: async (req) => {
    const asked = req.query?.tahun
    const year = asked === undefined ? Number(dayInJakarta(Date.now()).slice(0, 4)) : Number(asked)
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return Response.json({ errors: [{ message: `Parameter tahun harus tahun empat angka, bukan "${String(asked)}"` }] }, { status: 400 })
    return Response.json({ year, opds: await requestReport(req.payload, year, req) }, { headers: { 'cache-control': 'no-cache' } })
  },
}
