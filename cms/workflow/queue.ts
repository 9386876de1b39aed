import type { CollectionSlug, Endpoint, Payload, Where } from 'payload'
import { evaluate, RULES, titleOf, todayInJakarta } from '../../schemas/compliance/index.ts'
import { refId, t } from '../../schemas/index.ts'
import { hasRole } from '../access/roles.ts'
import { diff, type Change } from '../audit/record.ts'
import { reviewedCollections, singularName } from '../collections/info.ts'
import { loadComplianceContent } from '../compliance/content.ts'
import { WORKFLOW_FIELDS } from './gate.ts'
import { effectiveRulebook } from '../compliance/rulebook.ts'
import { langOf } from '../messages.ts'
import type { State } from './states.ts'
import type { Versioned } from './store.ts'

export interface Submission {
  collection: string
  typeName: string
  id: string | number
  title: string
  opd: { slug: string; name: string } | null
  state: State
  /** When the newest version was saved (the submission). */
  since: string
  /** Field changes against what is live now; every field when nothing is live yet. */
  changes: Change[]
  live: boolean
  /** Compliance failures of the OPD (or province) that publishing this would clear. */
  fixes: { rule: string; title: string }[]
}

const WAITING: State[] = ['submitted', 'approved']

/**
 * Everything waiting for Kominfo across OPDs, oldest first: each submission with its field changes against
 * the live version and the compliance failures publishing it would clear.
 */
export const reviewQueue = async (payload: Payload, filter: { opd?: string; type?: string } = {}): Promise<Submission[]> => {
  const collections = reviewedCollections(payload).filter((c) => !filter.type || c.slug === filter.type)
  const opds = (await payload.find({ collection: 'opds', limit: 0, depth: 0, pagination: false, overrideAccess: true })).docs
  const opdById = new Map(opds.map((o) => [String(o.id), { slug: String(o.slug), name: String(o.name) }]))
  const wanted = filter.opd ? opds.find((o) => o.slug === filter.opd) : undefined
  if (filter.opd && !wanted) return []

  const found: { collection: string; typeName: string; doc: Versioned }[] = []
  for (const config of collections) {
    const where: Where = { and: [{ workflowState: { in: WAITING } }, ...(wanted ? [{ opd: { equals: wanted.id } }] : [])] }
    const { docs } = await payload.find({ collection: config.slug as CollectionSlug, draft: true, where, depth: 0, limit: 0, pagination: false, overrideAccess: true })
    for (const doc of docs) found.push({ collection: config.slug, typeName: singularName(config, config.slug), doc: doc as unknown as Versioned })
  }
  if (found.length === 0) return []

  const content = await loadComplianceContent(payload)
  const rulebook = await effectiveRulebook(payload)
  const at = todayInJakarta()
  const failing = (report: ReturnType<typeof evaluate>, unit: string) => new Set((unit ? report.opds.find((o) => o.slug === unit)?.failures : report.province.failures)?.map((f) => f.rule) ?? [])
  const before = evaluate(rulebook.rules, rulebook.version, content, at)
  const titles = new Map(RULES.map((r) => [r.id, r.title.id]))

  const queue: Submission[] = []
  for (const { collection, typeName, doc } of found) {
    const live = (await payload.findByID({ collection: collection as CollectionSlug, id: doc.id!, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as Versioned | null
    const isLive = live?._status === 'published'
    const opd = opdById.get(String(refId(doc.opd))) ?? null
    const unit = opd?.slug ?? ''
    // The OPD's content as it would be with this submission published.
    const list = content.units[unit]?.[collection] ?? []
    const applied = { ...content, units: { ...content.units, [unit]: { ...content.units[unit], [collection]: [...list.filter((d) => String(d.id) !== String(doc.id)), { ...doc, _status: 'published' }] } } }
    const after = evaluate(rulebook.rules, rulebook.version, applied, at)
    const cleared = [...failing(before, unit)].filter((rule) => !failing(after, unit).has(rule))
    queue.push({
      collection,
      typeName,
      id: doc.id!,
      title: titleOf(doc),
      opd,
      state: doc.workflowState as State,
      since: String(doc.updatedAt),
      changes: diff(isLive ? (live as Record<string, unknown>) : undefined, doc).filter((c) => c.field !== '_status' && !(WORKFLOW_FIELDS as readonly string[]).includes(c.field.split('.')[0]!)),
      live: isLive,
      fixes: cleared.map((rule) => ({ rule, title: titles.get(rule) ?? rule })),
    })
  }
  return queue.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0))
}

/** `GET /api/review-queue[?opd=<slug>][&type=<collection>]`: the queue for Kominfo's reviewers, admins and auditors. */
export const reviewQueueEndpoint: Endpoint = {
  path: '/review-queue',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req, 'kominfo-reviewer', 'kominfo-admin', 'auditor')) {
      return Response.json({ errors: [{ message: t('Antrean telaah hanya untuk penelaah, admin Kominfo dan auditor', 'The review queue is for Kominfo reviewers, admins and auditors')[langOf(req)] }] }, { status: 403 })
    }
    const opd = typeof req.query?.opd === 'string' && req.query.opd ? req.query.opd : undefined
    const type = typeof req.query?.type === 'string' && req.query.type ? req.query.type : undefined
    const lang = langOf(req)
    if (type && !reviewedCollections(req.payload).some((c) => c.slug === type)) {
      return Response.json({ errors: [{ message: t(`Jenis konten tidak dikenal atau tidak ditelaah: "${type}"`, `Unknown or unreviewed content type: "${type}"`)[lang] }] }, { status: 400 })
    }
    if (opd && (await req.payload.count({ collection: 'opds', where: { slug: { equals: opd } }, overrideAccess: true })).totalDocs === 0) {
      return Response.json({ errors: [{ message: t(`OPD tidak dikenal: "${opd}"`, `Unknown OPD: "${opd}"`)[lang] }] }, { status: 400 })
    }
    return Response.json({ docs: await reviewQueue(req.payload, { opd, type }) })
  },
}
