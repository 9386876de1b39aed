import { createHash } from 'node:crypto'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeChangeHook } from 'payload'
import { MESSAGES, say } from '../messages.ts'

/** What a file's first bytes must be for each accepted type, so a renamed file is caught. */
const SNIFF: Record<string, (data: Buffer) => boolean> = {
  'application/pdf': (d) => d.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (d) => d.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (d) => d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff,
  'image/webp': (d) => d.subarray(0, 4).toString('latin1') === 'RIFF' && d.subarray(8, 12).toString('latin1') === 'WEBP',
  'text/csv': (d) => isText(d),
  'application/json': (d) => {
    if (!isText(d)) return false
    try {
      JSON.parse(d.toString('utf8'))
      return true
    } catch {
      return false
    }
  },
}

const isText = (data: Buffer) => {
  if (data.includes(0)) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data)
    return true
  } catch {
    return false
  }
}

/**
 * Refuses an upload whose type is not allowed, whose content does not match its declared type, or
 * that is larger than the collection's limit, before anything is written.
 */
export const checkUpload =
  (allowed: readonly string[], limitMb: number): CollectionBeforeOperationHook =>
  ({ args, operation, req, collection }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    const fail = (message: string) => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message }], req }, req.t)
    }
    if (!file) {
      if (operation === 'create') fail(say(MESSAGES.fileMissing, req))
      return args
    }
    if (file.size > limitMb * 1024 * 1024) fail(say(MESSAGES.fileTooLarge(limitMb), req))
    const declared = file.mimetype.split(';')[0]!.trim()
    if (!allowed.includes(declared)) fail(say(MESSAGES.wrongFileType(allowed.join(', ')), req))
    if (!SNIFF[declared]?.(file.data)) fail(say(MESSAGES.fileDisguised(declared), req))
    return args
  }

/** Records the SHA-256 of the stored file, so published copies can be verified; never taken from input. */
export const stampFileHash: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  data.sha256 = req.file?.data ? createHash('sha256').update(req.file.data).digest('hex') : (originalDoc?.sha256 ?? null)
  return data
}
