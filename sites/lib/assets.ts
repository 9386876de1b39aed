import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import type { FileView, ImageView } from '../../templates/props.ts'
import { politeFetch } from './politeFetch.ts'
import type { Urls } from './urls.ts'

/** Files come through the CMS's API too, where anonymous readers wait their turn. */
const cmsFetch = politeFetch()

/** Widths offered to the browser; never wider than the original. */
export const IMAGE_WIDTHS = [320, 640, 1280] as const

interface Upload {
  url?: string
  filename?: string
  mimeType?: string
  filesize?: number
  alt?: string
  title?: string
  sha256?: string
}

/**
 * Files the pages show, copied out of the CMS over HTTP so the sites stand without it. Images are resized
 * with sharp into WebP and AVIF at a few widths; every output is named by the hash of its source bytes, so
 * the same content gives the same names. Downloads and variants are cached across builds.
 */
export const createAssets = ({ cms, cacheDir, urls }: { cms: string; cacheDir: string; urls: Urls }) => {
  /** Output path (relative to the build root) -> cached file to copy there. */
  const outputs = new Map<string, string>()
  mkdirSync(path.join(cacheDir, 'files'), { recursive: true })
  mkdirSync(path.join(cacheDir, 'images'), { recursive: true })

  const download = async (upload: Upload): Promise<{ bytes: Buffer; cached: string; sha: string }> => {
    const url = new URL(upload.url!, cms).href
    const key = createHash('sha256').update(`${url}|${upload.filesize}|${upload.sha256 ?? ''}`).digest('hex').slice(0, 32)
    const cached = path.join(cacheDir, 'files', key)
    if (!existsSync(cached)) {
      const response = await cmsFetch(url)
      if (!response.ok) throw new Error(`Berkas ${upload.filename} tidak dapat diunduh dari CMS (${url}: HTTP ${response.status})`)
      writeAtomically(cached, Buffer.from(await response.arrayBuffer()))
    }
    const bytes = await readFile(cached)
    return { bytes, cached, sha: createHash('sha256').update(bytes).digest('hex') }
  }

  const variant = async (source: Buffer, sha: string, width: number, format: 'webp' | 'avif'): Promise<string> => {
    const cached = path.join(cacheDir, 'images', `${sha.slice(0, 16)}-${width}.${format}`)
    if (!existsSync(cached)) {
      const resized = sharp(source).rotate().resize({ width, withoutEnlargement: true })
      const encoded = format === 'webp' ? resized.webp({ quality: 78 }) : resized.avif({ quality: 55, effort: 2 })
      writeAtomically(cached, await encoded.toBuffer())
    }
    return cached
  }

  return {
    outputs,

    /** A media upload as an ImageView on `unit`'s site, or undefined when the document has none. */
    image: async (unit: string, upload: unknown): Promise<ImageView | undefined> => {
      const media = upload as Upload | null | undefined
      if (!media?.url) return undefined
      const { bytes, sha } = await download(media)
      const meta = await sharp(bytes).metadata()
      const original = meta.autoOrient?.width ?? meta.width
      const originalHeight = meta.autoOrient?.height ?? meta.height
      const widths = [...IMAGE_WIDTHS.filter((w) => w < original), Math.min(original, IMAGE_WIDTHS.at(-1)!)].filter((w, i, all) => all.indexOf(w) === i)
      // Encodes run in parallel: sharp works in libuv's thread pool, one image per core.
      const srcset = (format: 'webp' | 'avif') =>
        Promise.all(
          widths.map(async (width) => {
            const out = `_media/${sha.slice(0, 16)}-${width}.${format}`
            outputs.set(urls.file(unit, out), await variant(bytes, sha, width, format))
            return `${urls.href(unit, unit, out)} ${width}w`
          }),
        )
      const [webp, avif] = await Promise.all([srcset('webp'), srcset('avif')])
      const largest = widths.at(-1)!
      return {
        src: webp.at(-1)!.split(' ')[0]!,
        srcset: webp.join(', '),
        avifSrcset: avif.join(', '),
        width: largest,
        height: Math.round((originalHeight * largest) / original),
        alt: media.alt ?? '',
      }
    },

    /** A document (PDF, CSV, JSON) as a FileView on `unit`'s site, or undefined when there is none. */
    file: async (unit: string, upload: unknown, name?: string): Promise<FileView | undefined> => {
      const document = upload as Upload | null | undefined
      if (!document?.url) return undefined
      const { bytes, cached, sha } = await download(document)
      const filename = safeFilename(document.filename ?? 'berkas')
      const out = `berkas/${sha.slice(0, 16)}/${filename}`
      outputs.set(urls.file(unit, out), cached)
      return { href: urls.href(unit, unit, out), name: name ?? document.title ?? filename, format: formatOf(document.mimeType, filename), bytes: bytes.length }
    },
  }
}

export type Assets = ReturnType<typeof createAssets>

const writeAtomically = (file: string, bytes: Buffer) => {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, bytes)
  renameSync(temporary, file)
}

const safeFilename = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'berkas'

const formatOf = (mimeType: string | undefined, filename: string): string => {
  if (mimeType === 'application/pdf') return 'PDF'
  if (mimeType === 'text/csv') return 'CSV'
  if (mimeType === 'application/json') return 'JSON'
  return (filename.split('.').pop() ?? '').toUpperCase()
}
