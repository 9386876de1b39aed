import path from 'node:path'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { t } from '../../schemas/index.ts'
import { checkUpload } from '../hooks/checkUpload.ts'
import { MESSAGES, say } from '../messages.ts'
import { dataDir } from '../paths.ts'
import { GROUPS } from './content.ts'
import { uploadAccess, uploadFields } from './uploads.ts'

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const IMAGE_LIMIT_MB = 10

const webp = { format: 'webp' as const, options: { quality: 78 } }

/** Images: resized by sharp into WebP variants for cheap phones; alt text is required for accessibility. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: t('Gambar', 'Image'), plural: t('Gambar', 'Images') },
  admin: { group: GROUPS.files, useAsTitle: 'alt' },
  access: uploadAccess,
  hooks: { beforeOperation: [checkUpload(IMAGE_TYPES, IMAGE_LIMIT_MB)] },
  upload: {
    staticDir: path.join(dataDir, 'uploads', 'media'),
    mimeTypes: [...IMAGE_TYPES],
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'large', width: 1600, withoutEnlargement: true, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: t('Teks alternatif', 'Alt text'),
      admin: { description: t('Jelaskan isi gambar untuk pembaca layar', 'Describe the image for screen readers') },
      validate: (value: unknown, { req }: { req: PayloadRequest }) => (typeof value === 'string' && value.trim().length >= 3 ? true : say(MESSAGES.altRequired, req)),
    },
    ...uploadFields(),
  ],
}
