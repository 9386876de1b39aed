import { createHash, randomBytes } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Endpoint } from 'payload'
import { isAdmin } from '../access/content.ts'
import { hasRole } from '../access/roles.ts'
import { GROUPS } from '../collections/content.ts'
import { DEFAULT_KEY_RATE_LIMIT } from '../../schemas/api.ts'

export const API_CLIENTS = 'api-clients'

/** A new key: 32 random bytes; `pok_` makes a leaked key recognisable (secret scanners, logs). */
const newKey = () => `pok_${randomBytes(32).toString('base64url')}`

/** Keys are random 256-bit values: a plain SHA-256 is enough to store them (nothing to guess by brute force). */
export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex')

/** The plain key travels from beforeChange to afterChange of one operation only (in its context), never to the database. */
const ISSUED = 'apiKey'

const issueKey: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const { keyHash: _hash, keyPrefix: _prefix, ...rest } = data as Record<string, unknown>
  if (operation !== 'create' && !rest.renewKey) return rest
  const key = newKey()
  req.context[ISSUED] = key
  return { ...rest, keyHash: hashKey(key), keyPrefix: key.slice(0, 10), renewKey: false }
}

/** The response of the operation that made the key carries it once; it is never readable again. */
const showKeyOnce: CollectionAfterChangeHook = ({ doc, req }) => {
  const key = req.context[ISSUED]
  if (typeof key !== 'string') return doc
  delete req.context[ISSUED]
  return { ...doc, key }
}

/**
 * `POST /api/api-clients/:id/renew-key` (Kominfo admin): replaces the client's key; the old one stops working
 * at once and the new one is in this response only.
 */
export const renewKeyEndpoint: Endpoint = {
  path: '/:id/renew-key',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, 'kominfo-admin')) return Response.json({ errors: [{ message: 'Hanya admin Kominfo yang dapat membuat kunci API' }] }, { status: 403 })
    const id = req.routeParams?.id as string
    const found = await req.payload.findByID({ collection: API_CLIENTS, id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!found) return Response.json({ errors: [{ message: `Klien API dengan id ${id} tidak ditemukan` }] }, { status: 404 })
    const updated = (await req.payload.update({ collection: API_CLIENTS, id, data: { renewKey: true } as never, overrideAccess: true, req })) as { key?: string; keyPrefix?: string }
    return Response.json({ id, key: updated.key, keyPrefix: updated.keyPrefix })
  },
}

/**
 * Read-only API keys for other agencies' systems (issue 7). A key reads exactly what anonymous visitors
 * read, under its own per-minute limit (cms/api/guard.ts); it never writes. Stored only as a hash; the key
 * itself is shown once, in the response that made it. Only Kominfo admins see or manage clients.
 */
export const ApiClients: CollectionConfig = {
  slug: API_CLIENTS,
  labels: { singular: { id: 'Klien API', en: 'API client' }, plural: { id: 'Klien API', en: 'API clients' } },
  admin: {
    useAsTitle: 'name',
    group: GROUPS.admin,
    defaultColumns: ['name', 'agency', 'active', 'rateLimit', 'keyPrefix', 'lastUsedAt'],
    description: {
      id: 'Kunci API hanya-baca untuk sistem instansi lain (dikirim di header X-API-Key). Setelah menyimpan, tekan "Buat kunci baru": kunci ditampilkan sekali dan hanya disimpan sebagai hash. Menonaktifkan klien langsung menolak kuncinya.',
      en: 'Read-only API keys for other agencies’ systems (sent in the X-API-Key header). After saving, press "Make a new key": the key is shown once and stored only as a hash. Deactivating a client refuses its key at once.',
    },
    components: { edit: { beforeDocumentControls: ['/components/ApiKeyRenew.tsx#ApiKeyRenew'] } },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [renewKeyEndpoint],
  hooks: { beforeChange: [issueKey], afterChange: [showKeyOnce] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { id: 'Nama sistem', en: 'System name' } },
    { name: 'agency', type: 'text', required: true, label: { id: 'Instansi', en: 'Agency' } },
    { name: 'contact', type: 'email', label: { id: 'Surel penanggung jawab', en: 'Contact email' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { id: 'Aktif', en: 'Active' }, admin: { description: { id: 'Hapus centang untuk mencabut kunci seketika', en: 'Untick to revoke the key at once' } } },
    {
      name: 'rateLimit',
      type: 'number',
      required: true,
      min: 1,
      max: 100_000,
      defaultValue: DEFAULT_KEY_RATE_LIMIT,
      label: { id: 'Batas permintaan per menit', en: 'Requests per minute' },
    },
    { name: 'keyPrefix', type: 'text', label: { id: 'Awal kunci', en: 'Key starts with' }, admin: { readOnly: true, description: { id: 'Untuk mengenali kunci; kunci lengkap tidak disimpan', en: 'To recognise the key; the full key is not stored' } } },
    { name: 'keyHash', type: 'text', index: true, label: { id: 'Hash kunci', en: 'Key hash' }, admin: { hidden: true }, access: { read: () => false } },
    { name: 'renewKey', type: 'checkbox', virtual: true, admin: { hidden: true }, label: { id: 'Buat kunci baru', en: 'Renew the key' } },
    { name: 'lastUsedAt', type: 'date', label: { id: 'Terakhir dipakai', en: 'Last used' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
