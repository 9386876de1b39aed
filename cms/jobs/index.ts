import type { JobsConfig } from 'payload'
import { hasRole } from '../access/roles.ts'
import { rebuildSite, SITES_QUEUE, siteBuilder } from './rebuildSite.ts'
import { checkLinksTask, COMPLIANCE_QUEUE, storeCompliance } from './storeCompliance.ts'

export const jobs: JobsConfig = {
  tasks: [rebuildSite, storeCompliance, checkLinksTask],
  // Only Kominfo admins may run or cancel jobs through the API; hooks queue them on the server.
  access: { run: ({ req }) => hasRole(req, 'kominfo-admin'), queue: ({ req }) => hasRole(req, 'kominfo-admin'), cancel: ({ req }) => hasRole(req, 'kominfo-admin') },
  // Site rebuilds every second where a builder is configured; the nightly link check and daily report are scheduled, run every minute.
  autoRun: () => [
    ...(siteBuilder() ? [{ cron: '* * * * * *', queue: SITES_QUEUE, limit: 10, disableScheduling: true }] : []),
    { cron: '0 * * * * *', queue: COMPLIANCE_QUEUE, limit: 1 },
  ],
  deleteJobOnComplete: true,
}
