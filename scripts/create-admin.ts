import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { PASSWORD_MESSAGES, passwordProblem } from '../cms/access/password.ts'
import { ensureSecret } from './lib/env.ts'
import { openPayload } from './lib/payload.ts'

/**
 * `npm run create-admin -- --email EMAIL --name "NAME"`: the first Kominfo admin of a production
 * database (migrations applied first). The password comes from ADMIN_PASSWORD, or is generated and printed
 * once. Refuses a database that already has an admin: later accounts are made in the admin by that admin.
 */
const fail = (message: string): never => {
  console.error(message)
  process.exit(2)
}
const { values } = (() => {
  try {
    return parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
  } catch (error) {
    return fail(`Argumen tidak dikenal: ${(error as Error).message}`)
  }
})()
if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) fail('--email wajib diisi dengan alamat surel yang sah, misalnya --email admin@kominfo.bantenprov.go.id')
if (!values.name?.trim()) fail('--name wajib diisi, misalnya --name "Admin Kominfo"')
// 18 random bytes: 24 characters, far above the policy's floor.
const password = process.env.ADMIN_PASSWORD ?? randomBytes(18).toString('base64url')
const problem = passwordProblem(password, { email: values.email, name: values.name })
if (problem) fail(`ADMIN_PASSWORD ditolak. ${PASSWORD_MESSAGES[problem].id}`)

ensureSecret()
process.env.LOG_LEVEL ??= 'error'
const payload = await openPayload()
const admins = await payload.count({ collection: 'users', where: { role: { equals: 'kominfo-admin' } }, overrideAccess: true })
if (admins.totalDocs > 0) {
  await payload.destroy()
  fail('Sudah ada admin Kominfo; akun berikutnya dibuat oleh admin itu di /admin. Tidak ada yang diubah.')
}
await payload.create({ collection: 'users', data: { email: values.email!, name: values.name!.trim(), password, role: 'kominfo-admin', active: true, opds: [] }, overrideAccess: true })
await payload.destroy()
console.log(`Admin Kominfo dibuat: ${values.email}`)
if (!process.env.ADMIN_PASSWORD) console.log(`Kata sandi awal (catat sekarang, tidak ditampilkan lagi; ganti setelah masuk): ${password}`)
process.exit(0)
