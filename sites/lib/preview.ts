import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { applyOverrides, todayInJakarta } from '../../schemas/compliance/index.ts'
import { explain } from '../../schemas/index.ts'
import type { FileView, ImageView } from '../../templates/props.ts'
import type { Assets } from './assets.ts'
import { fetchCitizen, renderPart } from './build.ts'
import { buildModel } from './model.ts'
import { emptyUnit, PROVINCE, SITE_TYPES, type Doc, type Problem, type Snapshot } from './snapshot.ts'
import { createUrls, type SiteLayout } from './urls.ts'

/** A preview that cannot be made; `status` is the HTTP status the CMS answers with. */
export class PreviewError extends Error {
  override name = 'PreviewError'
  constructor(
    readonly status: number,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message)
  }
}

export interface Preview {
  html: string
  /** Where the page will be once published. */
  url: string
}

/**
 * The page of a unit's site that shows a document of a type: its own page where it has one, else the
 * section that lists it.
 */
const previewPath = (type: string, doc: Doc): string => {
  const S = (value: unknown) => String(value ?? '')
  switch (type) {
    case 'services':
      return `layanan/${S(doc.slug)}/`
    case 'news':
      return `berita/${S(doc.slug)}/`
    case 'datasets':
      return `data/${S(doc.slug)}/`
    case 'programmes':
      // Activities and sub-activities show on their programme's page; its code is the first three segments.
      return `program/${S(doc.year)}/${S(doc.code).split('.').slice(0, 3).join('.')}/`
    case 'budget-realisations':
      return `anggaran/${S(doc.fiscalYear)}/`
    case 'opd-profiles':
      return 'profil/'
    case 'goals':
    case 'targets':
      return 'visi-misi/'
    case 'planning-documents':
    case 'visions':
      return 'perencanaan/'
    case 'skm-results':
    case 'agencies':
      return 'layanan/'
    case 'ppid-entries':
    case 'ppid-reports':
      return 'ppid/'
    case 'emergency-notices':
      return 'peringatan/'
    case 'legal-documents':
      return 'produk-hukum/'
    default:
      return ''
  }
}

/**
 * Files as the CMS serves them, to the signed-in viewer: a preview copies nothing and resizes nothing, so a
 * draft's new upload shows before it is public and no file of it lands anywhere.
 */
const cmsAssets = (cms: string): Assets => {
  const at = (url: string) => new URL(url, cms).href
  return {
    outputs: new Map(),
    image: async (_unit, upload) => {
      const media = upload as { url?: string; width?: number; height?: number; alt?: string } | null | undefined
      if (!media?.url) return undefined
      const src = at(media.url)
      return { src, srcset: `${src} ${media.width ?? 1280}w`, avifSrcset: '', width: media.width ?? 1280, height: media.height ?? 720, alt: media.alt ?? '' } satisfies ImageView
    },
    file: async (_unit, upload, name) => {
      const document = upload as { url?: string; filename?: string; title?: string; mimeType?: string; filesize?: number } | null | undefined
      if (!document?.url) return undefined
      const filename = document.filename ?? 'berkas'
      const format = document.mimeType === 'application/pdf' ? 'PDF' : (filename.split('.').pop() ?? '').toUpperCase()
      return { href: at(document.url), name: name ?? document.title ?? filename, format, bytes: document.filesize ?? 0 } satisfies FileView
    },
  }
}

/**
 * Renders the page that will show `doc` (the newest version of a document, as the CMS's Local API returns
 * it), with the real templates, in the context of what is live: the live build's content with this one
 * document put in. Written to a temporary folder outside the sites' output and removed before returning.
 */
export const renderPreview = async ({ outDir, layout, cms, cmsPublic, collection, doc }: { outDir: string; layout: SiteLayout; cms: string; cmsPublic?: string; collection: string; doc: Doc }): Promise<Preview> => {
  const type = SITE_TYPES.find((candidate) => candidate.slug === collection)
  if (!type) throw new PreviewError(400, `Jenis konten "${collection}" tidak tampil di situs, jadi tidak ada pratinjaunya.`)
  const snapshot = liveContent(outDir)

  const parsed = type.contract.safeParse(doc)
  if (!parsed.success) {
    const problems = explain(type.contract, doc).map((error) => ({ type: type.slug, item: String(doc[type.titleField] ?? doc.id), path: error.path, message: error.message }))
    throw new PreviewError(422, 'Draf ini belum memenuhi standar konten, jadi belum dapat ditampilkan seperti di situs.', problems)
  }
  const content: Doc = { ...(parsed.data as object), id: doc.id }
  const owner = (doc.opd as { slug?: string } | null | undefined)?.slug ?? PROVINCE
  const list = ((snapshot.units[owner] ??= emptyUnit())[type.slug] ??= [])
  const at = list.findIndex((existing) => String(existing.id) === String(doc.id))
  if (at >= 0) list[at] = content
  else list.push(content)
  // An OPD's register entry shows on its own site's home page.
  const unit = type.slug === 'opds' ? String(content.slug) : owner
  if (type.slug === 'opds') snapshot.units[unit] ??= emptyUnit()

  const urls = createUrls({ ...layout, domain: layout.domain ?? String(snapshot.province.domain) })
  const model = await buildModel({
    snapshot,
    render: [unit],
    urls,
    assets: cmsAssets(cms),
    today: todayInJakarta(),
    compliance: { rulebook: applyOverrides([]), links: [], history: {}, complaints: { year: Number(todayInJakarta().slice(0, 4)), opds: {} }, requests: { year: Number(todayInJakarta().slice(0, 4)), opds: {} } },
    citizen: await fetchCitizen(cms, cmsPublic),
  })
  const wanted = urls.file(unit, previewPath(type.slug, content))
  const page = model.pages.find((p) => p.unit === unit && p.path === wanted) ?? model.pages.find((p) => p.unit === unit && p.path === urls.file(unit))
  if (!page) throw new PreviewError(404, 'Tidak ada halaman situs yang menampilkan dokumen ini.')

  const work = mkdtempSync(path.join(tmpdir(), 'portal-preview-'))
  try {
    const out = path.join(work, 'site')
    await renderPart({ sites: model.sites, pages: [page], files: {} }, path.join(work, 'model.json'), out, layout.origin, () => {})
    return { html: readFileSync(path.join(out, page.path, 'index.html'), 'utf8'), url: page.page.layout.canonical }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** What the live sites were built from: published content only, already checked against the contract. */
const liveContent = (outDir: string): Snapshot => {
  let live: string
  try {
    live = realpathSync(path.join(outDir, 'sites'))
  } catch {
    throw new PreviewError(503, 'Situs belum pernah dibangun; pratinjau tersedia setelah build pertama selesai.')
  }
  const file = path.join(path.dirname(live), 'content.json')
  if (!existsSync(file)) throw new PreviewError(503, 'Build situs yang tayang tidak menyimpan kontennya; bangun ulang situs lalu coba lagi.')
  return JSON.parse(readFileSync(file, 'utf8')) as Snapshot
}
