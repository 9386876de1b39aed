import type { Payload, PayloadRequest, TaskConfig } from 'payload'

/** Queue of site rebuilds, run every second while a site builder is configured. */
export const SITES_QUEUE = 'sites'
export const REBUILD_TASK = 'rebuild-site'
/** The input that asks for every site (province content, the OPD register). */
export const ALL_SITES = '*'

/** Where the site builder listens and the token it expects; none when this deployment builds no sites. */
export const siteBuilder = () => {
  const url = process.env.SITES_BUILDER_URL
  const token = process.env.SITES_BUILDER_TOKEN
  return url && token ? { url, token } : undefined
}

/**
 * Asks the site builder to rebuild one OPD's site and the portal, and waits until it is live. The builder
 * is a separate service reached over HTTP (it may run on another machine); a failed build fails the job,
 * which Payload retries.
 */
export const rebuildSite: TaskConfig<{ input: { opd: string }; output: { output: string } }> = {
  slug: REBUILD_TASK,
  label: 'Bangun ulang situs',
  inputSchema: [{ name: 'opd', type: 'text', required: true }],
  outputSchema: [{ name: 'output', type: 'text' }],
  retries: 2,
  handler: async ({ input }) => {
    const builder = siteBuilder()
    if (!builder) throw new Error('SITES_BUILDER_URL/SITES_BUILDER_TOKEN are not set: no site builder to call')
    const response = await fetch(new URL('/rebuild', builder.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${builder.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ opd: input.opd }),
      signal: AbortSignal.timeout(15 * 60_000),
    })
    const result = (await response.json().catch(() => ({}))) as { output?: string; error?: string }
    if (!response.ok) throw new Error(`Site build failed (HTTP ${response.status}): ${result.output ?? result.error ?? ''}`)
    return { output: { output: (result.output ?? '').slice(-1000) } }
  },
}

/**
 * Queues a rebuild of an OPD's site (or all), unless one for it is already waiting: a burst of publishes
 * for one OPD makes one job. Queued inside the request's transaction, so a rolled-back change queues nothing.
 */
export const queueRebuild = async (payload: Payload, opd: string, req?: PayloadRequest) => {
  if (!siteBuilder()) return
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: REBUILD_TASK } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    limit: 100,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  if (waiting.docs.some((job) => [opd, ALL_SITES].includes((job.input as { opd?: string } | undefined)?.opd ?? ''))) return
  await payload.jobs.queue({ task: REBUILD_TASK, input: { opd }, queue: SITES_QUEUE, ...(req ? { req } : {}) })
}
