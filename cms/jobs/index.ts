import type { JobsConfig } from 'payload'
import { hasRole } from '../access/roles.ts'
import { rebuildSite, SITES_QUEUE, siteBuilder } from './rebuildSite.ts'
import { sendNotifications } from '../notifications/deliver.ts'
import { NOTIFY_QUEUE } from '../notifications/notify.ts'
import { reminderTask, scheduleTask, WORKFLOW_QUEUE } from '../workflow/jobs.ts'
import { checkLinksTask, COMPLIANCE_QUEUE, storeCompliance } from './storeCompliance.ts'
import { retentionTask } from '../citizen/retention.ts'
import { deliverWebhook, WEBHOOK_QUEUE } from '../api/delivery.ts'

export const jobs: JobsConfig = {
  tasks: [rebuildSite, storeCompliance, checkLinksTask, sendNotifications, scheduleTask, reminderTask, retentionTask, deliverWebhook],
  // Only Kominfo admins may run or cancel jobs through the API; hooks queue them on the server.
  access: { run: ({ req }) => hasRole(req, 'kominfo-admin'), queue: ({ req }) => hasRole(req, 'kominfo-admin'), cancel: ({ req }) => hasRole(req, 'kominfo-admin') },
  // Site rebuilds every second where a builder is configured; notification emails (retries scheduled each
  // minute) and webhook deliveries (retries after their backoff) every five seconds; scheduled publishing each
  // minute; the nightly link check, daily report and review
  // reminders are scheduled and run within the minute.
  // `JOBS_AUTORUN=off`: no crons; jobs run only when asked (the integration tests, a separate worker process).
  autoRun: () => (process.env.JOBS_AUTORUN === 'off' ? [] : [
    ...(siteBuilder() ? [{ cron: '* * * * * *', queue: SITES_QUEUE, limit: 10, disableScheduling: true }] : []),
    { cron: '*/5 * * * * *', queue: NOTIFY_QUEUE, limit: 5 },
    { cron: '*/5 * * * * *', queue: WEBHOOK_QUEUE, limit: 10, silent: { error: true } },
    { cron: '0 * * * * *', queue: WORKFLOW_QUEUE, limit: 5 },
    { cron: '0 * * * * *', queue: COMPLIANCE_QUEUE, limit: 1 },
  ]),
  deleteJobOnComplete: true,
}
