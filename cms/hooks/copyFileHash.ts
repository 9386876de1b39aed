import type { CollectionBeforeChangeHook } from 'payload'
import { refId } from '../../schemas/index.ts'

/** A legal document shows the SHA-256 of its file, taken from the stored upload, never typed. */
export const copyFileHash: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const id = refId('file' in data ? data.file : originalDoc?.file)
  if (id === undefined) {
    data.fileHash = null
    return data
  }
  const file = await req.payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true, req })
  data.fileHash = (file as { sha256?: string }).sha256 ?? null
  return data
}
