import type { Endpoint, Payload, PayloadRequest } from 'payload'
import type { ComplaintStats } from '../../schemas/compliance/index.ts'
import { dayInJakarta, refId, workingDaysBetween } from '../../schemas/index.ts'
import { citizenRules } from './Settings.ts'

const day = (value: unknown) => String(value ?? '').slice(0, 10)

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Each OPD's complaint handling, by slug: received and answered in `year` with the median working days to
 * answer, and, whatever the year, how many wait for an answer and how many of those are past their
 * deadline. Counts only: nothing about who complained or what they wrote.
 */
export const complaintStats = async (payload: Payload, { req, today = dayInJakarta(Date.now()) }: { req?: PayloadRequest; today?: string } = {}): Promise<{ year: number; opds: Record<string, ComplaintStats> }> => {
  const year = Number(today.slice(0, 4))
  const { holidays } = await citizenRules(payload, req)
  const [{ docs: complaints }, { docs: opds }] = await Promise.all([
    payload.find({ collection: 'complaints', limit: 0, depth: 0, pagination: false, overrideAccess: true, select: { opd: true, status: true, receivedAt: true, dueAt: true, answeredAt: true }, ...(req ? { req } : {}) }),
    payload.find({ collection: 'opds', limit: 0, depth: 0, pagination: false, overrideAccess: true, select: { slug: true }, ...(req ? { req } : {}) }),
  ])
  const slugOf = new Map(opds.map((o) => [String(o.id), o.slug]))
  const stats: Record<string, ComplaintStats & { days: number[] }> = {}
  for (const complaint of complaints) {
    const slug = slugOf.get(String(refId(complaint.opd)))
    if (!slug) continue
    const s = (stats[slug] ??= { received: 0, answered: 0, open: 0, overdue: 0, days: [] })
    const answered = complaint.status === 'answered' || complaint.status === 'closed'
    const received = day(complaint.receivedAt)
    if (Number(received.slice(0, 4)) === year) {
      s.received++
      if (answered) {
        s.answered++
        if (complaint.answeredAt) s.days.push(workingDaysBetween(received, day(complaint.answeredAt), holidays))
      }
    }
    if (answered) continue
    const due = day(complaint.dueAt)
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

/** `GET /api/aduan/statistik`: the published counts of every OPD (the sites show them; the compliance rule reads them). */
export const complaintStatsEndpoint: Endpoint = {
  path: '/aduan/statistik',
  method: 'get',
  handler: async (req) => Response.json(await complaintStats(req.payload, { req }), { headers: { 'cache-control': 'no-cache' } }),
}
