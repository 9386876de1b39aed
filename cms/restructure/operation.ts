import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { titleOf } from '../../schemas/compliance/index.ts'
import { FORMATS, RESERVED_OPD_SLUGS, refId } from '../../schemas/index.ts'
import { record } from '../audit/record.ts'
import { singularName } from '../collections/info.ts'
import { ALL_SITES, queueRebuild } from '../jobs/rebuildSite.ts'
import { applyTransition } from '../workflow/endpoint.ts'
import { newestVersion, workflowContext, type Versioned } from '../workflow/store.ts'
import { ACTIVE_OPDS } from './active.ts'
import type { RestructureKind } from './Redirects.ts'


/**
 * What Kominfo asks for, by OPD slug. `rename`: new name, acronym and/or slug. `merge`: every OPD of `from`
 * goes into `into` (an existing OPD; a new one is made in the register first). `split`: `from` is divided
 * among `into`; `assign` names, per collection and document id, which successor takes an item (the first
 * successor takes the rest and the old address), `users` which successors each account serves.
 */
export type Plan = { reason: string } & (
  | { kind: 'rename'; opd: string; name?: string; acronym?: string; slug?: string }
  | { kind: 'merge'; from: string[]; into: string }
  | { kind: 'split'; from: string; into: string[]; assign?: Record<string, Record<string, string>>; users?: Record<string, string[]> }
)

interface Opd {
  id: string | number
  slug: string
  name: string
}

/** One document changing hands. */
export interface Move {
  collection: string
  type: string
  id: string | number
  title: string
  from: string
  to: string
}

/** What a plan does, shown before it runs (dry run) and returned after. */
export interface Outcome {
  kind: RestructureKind
  moves: Move[]
  /** One-per-OPD records (the profile) that stay with the dissolved OPD, archived, because the successor has its own. */
  kept: Move[]
  users: { id: string | number; email: string; from: string[]; to: string[] }[]
  dissolved: string[]
  redirects: { from: string; to: string; also: string[] }[]
  renamed?: { from: { name: string; acronym: string; slug: string }; to: { name: string; acronym: string; slug: string } }
}

/** A plan that cannot run: every reason, in Bahasa Indonesia; nothing was changed. */
export class PlanError extends Error {
  override name = 'PlanError'
  constructor(readonly problems: string[]) {
    super(problems.join('; '))
  }
}

/** Collections whose documents belong to an OPD (the audit log keeps its history as it was). */
export const ownedCollections = (req: PayloadRequest) =>
  Object.values(req.payload.collections)
    .map((c) => c.config)
    .filter((c) => c.slug !== 'audit-log' && c.fields.some((f) => 'name' in f && f.name === 'opd' && f.type === 'relationship'))

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Checks a plan against the register; throws PlanError with every problem found. */
const resolve = async (req: PayloadRequest, body: Record<string, unknown>) => {
  const problems: string[] = []
  const { docs } = await req.payload.find({ collection: 'opds', where: ACTIVE_OPDS, limit: 0, depth: 0, pagination: false, overrideAccess: true, req })
  const active = new Map(docs.map((o) => [o.slug, { id: o.id, slug: o.slug, name: o.name, acronym: o.acronym } as Opd & { acronym: string }]))
  const opd = (slug: unknown, role: string) => {
    const found = typeof slug === 'string' ? active.get(slug) : undefined
    if (!found) problems.push(`${role}: OPD "${String(slug ?? '')}" tidak ada di daftar OPD aktif`)
    return found
  }
  const reason = text(body.reason)
  if (reason.length < 10) problems.push('Alasan wajib diisi (minimal 10 karakter), misalnya nomor Pergub SOTK yang menjadi dasarnya')
  if (reason.length > 2000) problems.push('Alasan paling panjang 2.000 karakter')
  const kind = body.kind
  if (kind === 'rename') {
    const target = opd(body.opd, 'OPD yang diganti namanya')
    const name = text(body.name)
    const acronym = text(body.acronym)
    const slug = text(body.slug)
    if (!name && !acronym && !slug) problems.push('Isi nama, singkatan atau slug baru')
    if (name && name.length < 3) problems.push('Nama baru minimal 3 karakter')
    if (acronym && (acronym.length < 2 || acronym.length > 20)) problems.push('Singkatan baru 2 sampai 20 karakter')
    if (slug) {
      if (!FORMATS.slug.pattern.test(slug)) problems.push(`Slug "${slug}": ${FORMATS.slug.message.id}`)
      else if (RESERVED_OPD_SLUGS.includes(slug)) problems.push(`Slug "${slug}" dipakai bagian portal; pilih yang lain`)
      else if ((await req.payload.count({ collection: 'opds', where: { slug: { equals: slug } }, overrideAccess: true, req })).totalDocs > 0 && slug !== target?.slug) problems.push(`Slug "${slug}" sudah dipakai OPD lain (juga OPD yang sudah dibubarkan)`)
    }
    if (problems.length) throw new PlanError(problems)
    return { kind, reason, target: target!, name, acronym, slug } as const
  }
  if (kind === 'merge') {
    const from = Array.isArray(body.from) ? body.from : []
    if (from.length === 0) problems.push('Pilih minimal satu OPD yang digabungkan')
    const into = opd(body.into, 'OPD tujuan penggabungan')
    const sources = from.map((slug) => opd(slug, 'OPD yang digabungkan')).filter((o) => o !== undefined)
    if (into && sources.some((o) => o.slug === into.slug)) problems.push(`OPD tujuan "${into.slug}" tidak dapat sekaligus digabungkan ke dirinya sendiri`)
    if (new Set(from).size !== from.length) problems.push('Ada OPD yang disebut dua kali')
    if (problems.length) throw new PlanError(problems)
    return { kind, reason, sources, successors: [into!], assign: new Map<string, Opd>(), users: new Map<string, Opd[]>() } as const
  }
  if (kind === 'split') {
    const source = opd(body.from, 'OPD yang dipecah')
    const into = Array.isArray(body.into) ? body.into : []
    if (into.length < 2) problems.push('Pemecahan memerlukan minimal dua OPD penerus')
    if (new Set(into).size !== into.length) problems.push('Ada OPD penerus yang disebut dua kali')
    const successors = into.map((slug) => opd(slug, 'OPD penerus')).filter((o) => o !== undefined)
    if (source && successors.some((o) => o.slug === source.slug)) problems.push('OPD yang dipecah tidak dapat menjadi penerusnya sendiri')
    const bySlug = new Map(successors.map((o) => [o.slug, o]))
    // Items: collection -> id -> successor; each must be the source's and go to a named successor.
    const assign = new Map<string, Opd>()
    const collections = new Set<string>(ownedCollections(req).map((c) => c.slug))
    for (const [collection, items] of Object.entries((body.assign ?? {}) as Record<string, unknown>)) {
      if (!collections.has(collection)) {
        problems.push(`Jenis data "${collection}" tidak dimiliki OPD`)
        continue
      }
      for (const [id, slug] of Object.entries((items ?? {}) as Record<string, unknown>)) {
        const to = bySlug.get(String(slug))
        if (!to) problems.push(`${collection} ${id}: "${String(slug)}" bukan salah satu OPD penerus`)
        else assign.set(`${collection}:${id}`, to)
      }
    }
    const users = new Map<string, Opd[]>()
    for (const [id, slugs] of Object.entries((body.users ?? {}) as Record<string, unknown>)) {
      const list = Array.isArray(slugs) ? slugs.map((s) => bySlug.get(String(s))) : []
      if (list.length === 0 || list.some((o) => !o)) problems.push(`Pengguna ${id}: pilih satu atau lebih OPD penerus`)
      else users.set(id, list as Opd[])
    }
    if (problems.length) throw new PlanError(problems)
    return { kind, reason, sources: [source!], successors, assign, users } as const
  }
  throw new PlanError([`Jenis perubahan tidak dikenal: "${String(kind)}". Yang ada: rename (ganti nama), merge (gabung), split (pecah)`])
}

/**
 * Renames, merges or splits OPDs in one transaction: every document of every collection an OPD owns, with
 * its drafts and versions, moves to its successor; accounts serve the successors; merged or split OPDs are
 * dissolved (kept, with their successor, for the record) and their old addresses redirect. Each change is
 * in the audit log with the reason. With `dryRun` it only says what would happen. Throws PlanError, and
 * changes nothing, on a plan that cannot run.
 */
export const restructure = async (req: PayloadRequest, body: Record<string, unknown>, { dryRun = false } = {}): Promise<Outcome> => {
  const plan = await resolve(req, body)
  const { payload } = req
  // The audit entries of what follows carry the step and its reason (cms/audit/record.ts).
  const asRestructure = () => (req.context = { ...req.context, workflow: { action: 'restructure', reason: plan.reason } })
  asRestructure()

  if (plan.kind === 'rename') {
    const current = await payload.findByID({ collection: 'opds', id: plan.target.id, depth: 0, overrideAccess: true, req })
    const to = { name: plan.name || current.name, acronym: plan.acronym || current.acronym, slug: plan.slug || current.slug }
    const outcome: Outcome = {
      kind: 'rename',
      moves: [],
      kept: [],
      users: [],
      dissolved: [],
      redirects: to.slug === current.slug ? [] : [{ from: current.slug, to: to.slug, also: [] }],
      renamed: { from: { name: current.name, acronym: current.acronym, slug: current.slug }, to },
    }
    // The slug's redirect is made by the register's own hook (any slug change makes one).
    if (!dryRun) await payload.update({ collection: 'opds', id: current.id, data: to, overrideAccess: true, req })
    return outcome
  }

  const sourceIds = new Map(plan.sources.map((o) => [String(o.id), o]))
  const primary = plan.successors[0]!
  const outcome: Outcome = {
    kind: plan.kind,
    moves: [],
    kept: [],
    users: [],
    dissolved: plan.sources.map((o) => o.slug),
    redirects: plan.sources.map((o) => ({ from: o.slug, to: primary.slug, also: plan.successors.slice(1).map((s) => s.slug) })),
  }

  const targets = new Map<string, Opd>()
  for (const config of ownedCollections(req)) {
    const slug = config.slug as CollectionSlug
    // A collection holding one record per OPD (the profile) moves it only to a successor without one.
    const onePerOpd = config.fields.some((f) => 'name' in f && f.name === 'opd' && 'unique' in f && f.unique)
    const taken = new Set<string>()
    if (onePerOpd) {
      const { docs: held } = await payload.find({ collection: slug, where: { opd: { in: plan.successors.map((o) => o.id) } }, limit: 0, depth: 0, pagination: false, overrideAccess: true, req })
      for (const doc of held as unknown as Record<string, unknown>[]) taken.add(String(refId(doc.opd)))
    }
    const { docs } = await payload.find({ collection: slug, where: { opd: { in: [...sourceIds.keys()] } }, limit: 0, depth: 0, pagination: false, overrideAccess: true, req })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const id = doc.id as string | number
      const to = plan.assign.get(`${slug}:${id}`) ?? primary
      const move = { collection: slug, type: singularName(config, slug), id, title: titleOf(doc), from: sourceIds.get(String(refId(doc.opd)))!.slug, to: to.slug }
      if (onePerOpd && taken.has(String(to.id))) {
        outcome.kept.push(move)
        continue
      }
      taken.add(String(to.id))
      targets.set(`${slug}:${id}`, to)
      outcome.moves.push(move)
    }
  }
  const unknown = [...plan.assign.keys()].filter((key) => !targets.has(key) && !outcome.kept.some((k) => `${k.collection}:${k.id}` === key))
  if (unknown.length) throw new PlanError(unknown.map((key) => `${key.replace(':', ' ')}: bukan milik OPD yang dipecah`))

  const { docs: accounts } = await payload.find({ collection: 'users', where: { opds: { in: [...sourceIds.keys()] } }, limit: 0, depth: 0, pagination: false, overrideAccess: true, req })
  const unknownUsers = [...plan.users.keys()].filter((id) => !accounts.some((u) => String(u.id) === id))
  if (unknownUsers.length) throw new PlanError(unknownUsers.map((id) => `Pengguna ${id}: bukan pengguna OPD yang dipecah`))
  const userMoves = accounts.map((user) => {
    const before = (user.opds ?? []).map((o) => String(refId(o)))
    const given = plan.users.get(String(user.id)) ?? [primary]
    const after = [...new Set([...before.filter((id) => !sourceIds.has(id)), ...given.map((o) => String(o.id))])]
    outcome.users.push({ id: user.id, email: user.email, from: before, to: after })
    return { id: user.id, opds: after }
  })
  if (dryRun) return outcome

  // What stays with the dissolved OPD leaves the sites with it, archived (its history stays in the admin);
  // first, while what it refers to (its images) is still its OPD's.
  for (const kept of outcome.kept) {
    const live = await payload.db.findOne<Versioned & { id: string | number }>({ collection: kept.collection as CollectionSlug, where: { id: { equals: kept.id } }, req })
    const newest = await newestVersion(req, kept.collection, kept.id)
    if (live?._status === 'published' && newest) await applyTransition(req, kept.collection, newest, 'archive', { reason: plan.reason })
  }
  asRestructure()
  for (const config of ownedCollections(req)) {
    const slug = config.slug as CollectionSlug
    const moved = outcome.moves.filter((m) => m.collection === slug)
    if (moved.length === 0) continue
    for (const move of moved) {
      const to = targets.get(`${slug}:${move.id}`)!
      // The record itself (published or not) and, below, every version: a pending draft must not carry the old OPD back.
      await payload.db.updateOne({ collection: slug, id: move.id, data: { opd: to.id }, req })
      await record(req, { action: 'restructure', collection: slug, doc: { id: move.id, title: move.title, opd: to.id }, changes: [{ field: 'opd', before: plan.sources.find((s) => s.slug === move.from)!.id, after: to.id }], reason: plan.reason })
    }
    if (config.versions) {
      const { docs: versions } = await payload.db.findVersions<Record<string, unknown>>({ collection: slug, where: { parent: { in: moved.map((m) => m.id) } }, limit: 0, pagination: false, req })
      for (const { id, ...version } of versions) {
        const to = targets.get(`${slug}:${refId(version.parent)}`)!
        await payload.db.updateVersion({ collection: slug, id, versionData: { ...version, version: { ...(version.version as object), opd: to.id } } as never, req })
      }
    }
  }
  for (const user of userMoves) await payload.update({ collection: 'users', id: user.id, data: { opds: user.opds as never }, overrideAccess: true, req })

  const at = new Date().toISOString()
  for (const source of plan.sources) {
    await payload.update({ collection: 'opds', id: source.id, data: { dissolvedAt: at, successor: primary.id } as never, overrideAccess: true, req })
    // Earlier redirects to a dissolved OPD now lead to its successor, so no old address ends on a dead one.
    const { docs: earlier } = await payload.find({ collection: 'opd-redirects', where: { to: { equals: source.id } }, limit: 0, depth: 0, pagination: false, overrideAccess: true, req })
    for (const redirect of earlier) await payload.update({ collection: 'opd-redirects', id: redirect.id, data: { to: primary.id as never }, overrideAccess: true, req })
    await payload.create({
      collection: 'opd-redirects',
      data: { from: source.slug, to: primary.id as never, also: plan.successors.slice(1).map((s) => s.id) as never, kind: plan.kind, reason: plan.reason, at },
      overrideAccess: true,
      req,
    })
  }
  await queueRebuild(payload, ALL_SITES, req)
  return outcome
}

/**
 * On the register: an OPD whose slug changes leaves a redirect from the old one; a slug taken (back) by a
 * live OPD is no longer redirected.
 */
export const redirectOldSlug: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const slug = String(doc.slug)
  const before = operation === 'update' ? (previousDoc as { slug?: string } | undefined)?.slug : undefined
  if (!before || before === slug) return doc
  await req.payload.delete({ collection: 'opd-redirects', where: { from: { in: [slug, before] } }, overrideAccess: true, req })
  await req.payload.create({
    collection: 'opd-redirects',
    data: { from: before, to: doc.id as never, kind: 'rename', reason: workflowContext(req)?.reason ?? null, at: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
  return doc
}
