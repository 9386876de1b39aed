import { getPayload } from 'payload'
import { buildSites } from '../../sites/lib/build.ts'
import { serveCms } from './cmsServer.ts'

/**
 * Run in a child process by the bundle tests, on the database in DATABASE_URI (one Payload per process and
 * config): `build OUT TODAY CMS_PUBLIC` builds the sites from it over HTTP; `probe EMAIL PASSWORD` reports
 * what a restored database holds and how its accounts log in. Prints one JSON line.
 */
const [mode, ...args] = process.argv.slice(2)
const { default: config } = await import('../../cms/payload.config.ts')
const payload = await getPayload({ config, cron: false })

const attempt = async (email: string, password: string): Promise<string> => {
  try {
    await payload.login({ collection: 'users', data: { email, password } })
    return 'ok'
  } catch (error) {
    return `refused: ${(error as Error).message}`
  }
}

let result: unknown
if (mode === 'build') {
  const [outDir, today, cmsPublic] = args as [string, string, string]
  const http = await serveCms(Promise.resolve(config))
  try {
    const summary = await buildSites({ cms: http.url, cmsPublic, outDir, layout: { mode: 'paths', origin: 'http://localhost:4321' }, today })
    result = { kept: summary.kept, pages: summary.pages }
  } finally {
    await http.close()
  }
} else if (mode === 'probe') {
  const [email, password] = args as [string, string]
  const personal = async (collection: 'complaints' | 'information-requests') =>
    (await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })).docs.map((doc) => JSON.stringify(doc))
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) counts[collection.slug] = (await payload.db.count({ collection: collection.slug })).totalDocs
  const login = await attempt(email, password)
  // A new record after the restore gets a free id (PostgreSQL sequences moved past the restored ids).
  const created = await payload.create({ collection: 'link-checks', data: { url: 'https://contoh.invalid/baru', ok: true, checkedAt: new Date().toISOString(), usedIn: 'uji' }, overrideAccess: true })
  await payload.delete({ collection: 'link-checks', id: created.id, overrideAccess: true })
  // The way back in for an account restored without its password: the reset a forgotten password gets.
  const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
  if (token) await payload.resetPassword({ collection: 'users', data: { token, password: 'sandi-baru-setelah-pulih-2026!' }, overrideAccess: true })
  const afterReset = token ? await attempt(email, 'sandi-baru-setelah-pulih-2026!') : 'no such account'
  const stored = (await payload.db.find({ collection: 'information-requests', pagination: false, limit: 0 })).docs.map((doc) => JSON.stringify(doc))
  result = { counts, login, afterReset, complaints: await personal('complaints'), requests: await personal('information-requests'), storedRequests: stored }
} else {
  throw new Error(`unknown mode ${mode}`)
}
console.log(`RESULT ${JSON.stringify(result)}`)
await payload.destroy()
process.exit(0)
