import { checkLinks } from '../cms/compliance/links.ts'
import { ensureSecret } from './lib/env.ts'
import { openPayload } from './lib/payload.ts'

/**
 * `npm run check:links`: the nightly link check, now, on the configured database. Prints the broken
 * addresses and where they are used; exit 0 whatever it finds (the compliance report scores it).
 */
ensureSecret()
process.env.LOG_LEVEL ??= 'error'
const payload = await openPayload()
console.error('Memeriksa tautan keluar dari konten terbit...')
const { checked, broken } = await checkLinks(payload)
const { docs } = await payload.find({ collection: 'link-checks', where: { ok: { equals: false } }, limit: 0, pagination: false, overrideAccess: true })
await payload.destroy()
for (const doc of docs.sort((a, b) => (a.url < b.url ? -1 : 1))) console.log(`${doc.url}\n  ${doc.error ?? `HTTP ${doc.status}`} (sejak ${String(doc.brokenSince).slice(0, 10)})\n  dipakai di: ${doc.usedIn.split('\n').join('; ')}`)
console.error(`${checked} alamat diperiksa: ${checked - broken.length} dapat dibuka, ${broken.length} rusak.`)
process.exit(0)
