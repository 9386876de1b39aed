import { randomBytes } from 'node:crypto'
import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionConfig, type TextFieldSingleValidation } from 'payload'
import { CONTENT_TYPES, complaints, province } from '../../schemas/index.ts'
import { t } from '../../schemas/text.ts'
import { isAdmin } from '../access/content.ts'
import { sealed } from '../citizen/seal.ts'
import { GROUPS } from '../collections/content.ts'
import { EVENT_TYPES, WEBHOOKS, type EventType } from './delivery.ts'


const EVENT_LABELS = {
  publish: t('Terbit atau diperbarui saat terbit', 'Published, or changed while published'),
  unpublish: t('Ditarik dari publikasi', 'Withdrawn'),
  delete: t('Dihapus saat terbit', 'Deleted while published'),
} satisfies Record<EventType, ReturnType<typeof t>>

/** Collections whose publishing is announced: the published content types (complaints never are). */
const ANNOUNCED = CONTENT_TYPES.filter((type) => type.slug !== complaints.slug && type.slug !== province.slug)

const validUrl: TextFieldSingleValidation = (value) => {
  try {
    const url = new URL(String(value ?? ''))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Alamat harus diawali https:// atau http://'
  } catch {
    return 'Alamat penerima tidak valid; contoh: https://satudata.bantenprov.go.id/hooks/portal'
  }
}


/** The secret travels from beforeChange to afterChange of the operation that made it (in its context), never to a later read. */
const GENERATED = 'webhookSecret'

const ensureSecret: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const given = (data as { secret?: string | null }).secret
  if (given) return data
  const { secret: _empty, ...rest } = data as Record<string, unknown>
  if (operation !== 'create') return rest // an empty secret on update keeps the stored one
  const secret = randomBytes(32).toString('hex')
  req.context[GENERATED] = secret
  return { ...rest, secret }
}

const showSecretOnce: CollectionAfterChangeHook = ({ doc, req }) => {
  const secret = req.context[GENERATED]
  if (typeof secret !== 'string') return doc
  delete req.context[GENERATED]
  return { ...doc, secret }
}

/**
 * Signed webhooks (issue 7): systems that follow the portal's changes (Satu Data, other agencies) get a
 * signed JSON event for each publish, withdrawal or deletion they subscribe to (cms/api/webhooks.ts). Only
 * Kominfo admins manage them. The secret is stored encrypted and never returned by the API after the
 * response that made it.
 */
export const Webhooks: CollectionConfig = {
  slug: WEBHOOKS,
  labels: { singular: { id: 'Webhook', en: 'Webhook' }, plural: { id: 'Webhook', en: 'Webhooks' } },
  admin: {
    useAsTitle: 'name',
    group: GROUPS.admin,
    defaultColumns: ['name', 'url', 'events', 'active', 'lastDeliveryStatus', 'lastDeliveryAt'],
    description: {
      id: 'Setiap penerbitan yang cocok dikirim sebagai peristiwa JSON bertanda tangan HMAC ke alamat penerima, dicoba ulang dengan jeda yang makin panjang bila penerima tidak menjawab. Penerbitan tidak pernah menunggu penerima.',
      en: 'Each matching publish is sent as an HMAC-signed JSON event to the receiver, retried with growing delays when it does not answer. Publishing never waits for a receiver.',
    },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [ensureSecret], afterChange: [showSecretOnce] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { id: 'Nama penerima', en: 'Receiver name' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: validUrl,
      label: { id: 'Alamat penerima', en: 'Receiver URL' },
      admin: { description: { id: 'Dikirim apa adanya, termasuk ke jaringan internal; pengalihan (3xx) tidak diikuti', en: 'Called as given, internal networks included; redirects (3xx) are not followed' } },
    },
    sealed({
      name: 'secret',
      type: 'text',
      validate: (value: unknown) => (!value || String(value).length >= 24 ? true : 'Rahasia minimal 24 karakter (atau kosongkan agar dibuatkan)'),
      label: { id: 'Rahasia penandatangan', en: 'Signing secret' },
      access: { read: () => false },
      admin: { description: { id: 'Kosongkan agar dibuatkan (ditampilkan sekali dalam jawaban API); disimpan terenkripsi dan tidak dapat dibaca lagi. Isi untuk menggantinya.', en: 'Leave empty to have one made (shown once in the API response); stored encrypted and never readable again. Fill in to replace it.' } },
    }),
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...EVENT_TYPES],
      options: EVENT_TYPES.map((value) => ({ value, label: EVENT_LABELS[value] })),
      label: { id: 'Peristiwa', en: 'Events' },
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      options: ANNOUNCED.map((type) => ({ value: type.slug, label: type.plural })),
      label: { id: 'Jenis konten', en: 'Content types' },
      admin: { description: { id: 'Kosong: semua jenis konten', en: 'Empty: every content type' } },
    },
    { name: 'opds', type: 'relationship', relationTo: 'opds', hasMany: true, label: { id: 'OPD', en: 'OPDs' }, admin: { description: { id: 'Kosong: semua OPD dan konten provinsi', en: 'Empty: every OPD and province content' } } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { id: 'Aktif', en: 'Active' } },
    { name: 'lastDeliveryAt', type: 'date', label: { id: 'Pengiriman terakhir', en: 'Last delivery' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastDeliveryStatus', type: 'text', label: { id: 'Hasil pengiriman terakhir', en: 'Last delivery result' }, admin: { readOnly: true } },
  ],
}
