import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import type { State } from './states.ts'

export type Versioned = Record<string, unknown> & { id?: string | number; opd?: unknown; workflowState?: State | null; _status?: string }

/**
 * The newest version of a document (a draft on top of the published record, or the record itself), read
 * from the adapter inside the running request's transaction.
 */
export const newestVersion = async (req: PayloadRequest, collection: string, id: string | number): Promise<Versioned | undefined> => {
  // Payload marks its newest version `latest` (what it reads for `draft: true`); updatedAt alone can tie or
  // be overtaken by an older row Payload touched, which once made a fresh draft look published.
  const find = (where: Where) => req.payload.db.findVersions<Versioned>({ collection: collection as CollectionSlug, where, sort: '-updatedAt', limit: 1, pagination: false, req })
  const { docs } = await find({ and: [{ parent: { equals: id } }, { latest: { equals: true } }] })
  const version = (docs[0] ?? (await find({ parent: { equals: id } })).docs[0])?.version as Versioned | undefined
  if (version) return { ...version, id }
  return (await req.payload.db.findOne<Versioned & { id: string | number }>({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })) ?? undefined
}

/** What `req.context.workflow` carries when the workflow itself writes: the action, its reason, who asked. */
export interface WorkflowContext {
  action: string
  reason?: string
  /** The version a restore brings back (its id), recorded in the audit entry. */
  version?: string
}

export const workflowContext = (req: Pick<PayloadRequest, 'context'>): WorkflowContext | undefined => req.context?.workflow as WorkflowContext | undefined
