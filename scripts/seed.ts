import { ensureSecret } from './lib/env.ts'
import { openPayload } from './lib/payload.ts'
import { loadDemoProvince } from './seed/load.ts'

/** `npm run seed`: loads the demo province into the configured (empty) database. */
ensureSecret()
const payload = await openPayload()
const existing = await payload.count({ collection: 'users', overrideAccess: true })
if (existing.totalDocs > 0) {
  console.error('Basis data sudah berisi data; seed dibatalkan agar tidak ada yang tertimpa. (The database already holds data; nothing was changed.)')
  process.exit(1)
}
const started = performance.now()
const summary = await loadDemoProvince(payload, new Date(), (line) => console.log(line))
console.log(`Seeded ${Object.values(summary.documents).reduce((a, b) => a + b, 0)} documents, ${summary.files} files, ${summary.users} users in ${((performance.now() - started) / 1000).toFixed(1)} s`)
await payload.destroy()
process.exit(0)
