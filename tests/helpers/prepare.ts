import { openPayload } from '../../scripts/lib/payload.ts'
import { loadDemoProvince } from '../../scripts/seed/load.ts'

/** Run in a child process by globalSetup: migrate the database in DATABASE_URI and load the demo province. */
const payload = await openPayload()
await loadDemoProvince(payload, new Date())
await payload.destroy()
process.exit(0)
