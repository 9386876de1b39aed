import type { z } from 'zod'
import type {
  agencies,
  datasets,
  emergencyNotices,
  goals,
  legalDocuments,
  news,
  opdProfiles,
  planningDocuments,
  ppidEntries,
  ppidReports,
  programmes,
  services,
  targets,
  visions,
} from '../schemas/index.ts'

/**
 * The props of every template. Content comes as the `schemas/` published shape; what the builder works
 * out (links, image variants, file copies, computed scores) comes beside it, ready to print, so templates
 * hold no logic beyond layout.
 */
export type Published<T extends { published: z.ZodType }> = z.infer<T['published']>

/** A link ready to print: a path on the same site, or an absolute URL to another site. */
export type Href = string

/** Where a page sits: which site, how to reach the others, and the shared navigation. */
export interface SiteContext {
  kind: 'portal' | 'opd'
  /** e.g. "Provinsi Banten". */
  provinceName: string
  /** The site's own name: the province for the portal, the OPD's name otherwise. */
  siteName: string
  /** Short name for the header, e.g. "Dinkes". */
  shortName: string
  /** Home of this site (ends with '/'). */
  home: Href
  /** Home of the portal (ends with '/'), absolute when sites live on separate hosts. */
  portal: Href
  /** The portal's search page, where every site's search box submits. */
  search: Href
  /** The same navigation, in the same order, on every OPD site (the portal has its own). */
  nav: { label: string; href: Href }[]
  /** National and provincial channels shown in the footer (LPSE, SiRUP, PPID, Satu Data, SP4N-LAPOR!). */
  footerLinks: { label: string; href: Href }[]
}

/** An image the builder resized with sharp: modern formats, several widths, intrinsic size known. */
export interface ImageView {
  /** Fallback source (WebP). */
  src: Href
  srcset: string
  /** AVIF variants, offered first in a <picture>. */
  avifSrcset: string
  width: number
  height: number
  alt: string
}

/** A file (PDF, CSV, JSON) copied into the site, named by its content hash. */
export interface FileView {
  href: Href
  /** Visible name, e.g. "Renstra 2025-2029.pdf". */
  name: string
  /** e.g. "PDF", "CSV". */
  format: string
  bytes: number
}

/** Every page is rendered inside the layout. */
export interface LayoutProps {
  site: SiteContext
  /** Page title (the layout appends the site name). */
  title: string
  description: string
  /** Absolute canonical URL of this page. */
  canonical: Href
  /** Current page's href, to mark the navigation item. */
  current: Href
  /** schema.org objects written as JSON-LD. */
  jsonLd?: object[]
  /** Content type label for search filtering (e.g. "Layanan"); omit to keep the page out of the index. */
  searchType?: string
  /** Breadcrumb trail, home first, current page last (no href). */
  breadcrumbs?: { label: string; href?: Href }[]
  /** RSS feed to advertise in <head>. */
  feed?: Href
  /** Other representations to advertise in <head>, e.g. the DCAT-AP catalogue (application/ld+json). */
  alternate?: { type: string; href: Href; title: string }[]
}

export interface NoticeView {
  notice: Published<typeof emergencyNotices>
  /** Who issued it: the OPD name or the province. */
  issuer: string
  href?: Href
}

export interface NewsSummary {
  title: string
  date: string
  summary: string
  kind: Published<typeof news>['kind']
  href: Href
  /** Publishing OPD (portal lists only). */
  source?: string
}

export interface ServiceSummary {
  name: string
  summary: string
  category: Published<typeof services>['category']
  href: Href
  provider: string
  /** OPD slug, or "instansi-vertikal" for vertical agencies: the value of the OPD filter. */
  providerKey: string
  online: boolean
}

export interface SkmView {
  year: number
  period: string
  respondents: number
  /** IKM on the 25-100 scale. */
  ikm: number
  grade: string
  gradeLabel: string
  /** NRR per element u1..u9 with the element's label. */
  elements: { key: string; label: string; nrr: number }[]
}

export interface BudgetRow {
  code: string
  name: string
  href?: Href
  originalCeiling: number
  revisedCeiling?: number
  realisation: number
  physicalPercent?: number
  explanation?: string
}

export interface ProgrammeNode {
  programme: Published<typeof programmes>
  href?: Href
  children: ProgrammeNode[]
}

/** One level of the planning cascade: RPJPD > RPJMD > RKPD > goals > targets > programmes. */
export interface CascadeNode {
  /** e.g. "RPJMD", "Tujuan", "Sasaran", "Program". */
  level: string
  title: string
  detail?: string
  href?: Href
  children: CascadeNode[]
}

export interface OpdSummary {
  name: string
  acronym: string
  kind: string
  href: Href
  servesPublic: boolean
  /** Number of published services. */
  services: number
}

// Page templates: one per kind of page, each rendered inside the layout.

export interface OpdHomeProps {
  site: SiteContext
  profile?: Published<typeof opdProfiles>
  notices: NoticeView[]
  news: NewsSummary[]
  services: ServiceSummary[]
}

export interface ProfileProps {
  site: SiteContext
  /** Absent until the OPD publishes its profile: the page still exists, saying so. */
  profile?: Published<typeof opdProfiles>
  orgChart?: ImageView
  headPhoto?: ImageView
}

export interface VisionMissionProps {
  site: SiteContext
  vision?: Published<typeof visions>
  goals: { goal: Published<typeof goals>; targets: Published<typeof targets>[] }[]
}

export interface PlanningProps {
  site: SiteContext
  documents: { document: Published<typeof planningDocuments>; file?: FileView }[]
  cascade: CascadeNode[]
}

export interface ProgrammeListProps {
  site: SiteContext
  years: { year: number; programmes: ProgrammeNode[] }[]
  /** The same programmes, activities and sub-activities as CSV and JSON. */
  downloads?: { csv: Href; json: Href }
}

export interface ProgrammeProps {
  site: SiteContext
  node: ProgrammeNode
}

export interface BudgetIndexProps {
  site: SiteContext
  years: { year: number; positionDate: string; href: Href; ceiling: number; realisation: number }[]
}

export interface BudgetProps {
  site: SiteContext
  /** e.g. "Realisasi Anggaran Dinas Kesehatan 2026". */
  heading: string
  fiscalYear: number
  positionDate: string
  /** Label of the row column: "Sub kegiatan" or "OPD". */
  rowLabel: string
  rows: BudgetRow[]
  downloads: { csv: Href; json: Href }
}

export interface ServiceListProps {
  site: SiteContext
  heading: string
  services: ServiceSummary[]
  /** Filters offered: categories (value, label, href of the static page), providers, online page. */
  filters?: {
    categories: { value: string; label: string; href: Href }[]
    providers: { value: string; label: string }[]
    online: Href
  }
}

export interface ServiceProps {
  site: SiteContext
  service: Published<typeof services>
  provider: { name: string; href: Href }
  agency?: Published<typeof agencies>
  skm?: SkmView
}

export interface PpidProps {
  site: SiteContext
  entries: { entry: Published<typeof ppidEntries>; file?: FileView }[]
  procedures?: Published<typeof opdProfiles>['ppid']
  reports: Published<typeof ppidReports>[]
  /** Requests made through the site, counted by the CMS per year (this year so far, and last year). */
  counted?: { year: number; received: number; granted: number; partly: number; refused: number; refusedBy: { ground: string; count: number }[]; objections: number; medianDays?: number }[]
}

export interface NewsListProps {
  site: SiteContext
  items: NewsSummary[]
  feed: Href
}

export interface NewsArticleProps {
  site: SiteContext
  article: Published<typeof news>
  image?: ImageView
  source: string
}

export interface NoticeListProps {
  site: SiteContext
  active: NoticeView[]
  past: NoticeView[]
}

export interface LegalDocumentsProps {
  site: SiteContext
  documents: { document: Published<typeof legalDocuments>; file?: FileView }[]
}

/** A dataset in a list when its record is not at hand: the structured datasets, other sites' datasets. */
export interface DatasetSummary {
  title: string
  description: string
  href: Href
  /** Producing OPD, for datasets of another site (the portal's list). */
  producer?: string
}

export interface DatasetListProps {
  site: SiteContext
  /** Datasets uploaded by this site. */
  datasets: { dataset: Published<typeof datasets>; href: Href }[]
  /** This site's structured content as datasets (services, programmes, realisation, compliance). */
  structured?: DatasetSummary[]
  /** Every OPD's datasets (the portal). */
  others?: DatasetSummary[]
  /** The DCAT-AP catalogue (JSON-LD) of this site. */
  catalog?: Href
  /** The portal's API documentation page. */
  api?: Href
}

export interface DatasetProps {
  site: SiteContext
  dataset: Published<typeof datasets>
  files: FileView[]
  catalog?: Href
}

/** A dataset made from structured content, with its Satu Data Indonesia metadata. */
export interface OpenDatasetProps {
  site: SiteContext
  dataset: {
    title: string
    description: string
    /** Produsen data. */
    producer: string
    /** Walidata. */
    custodian: string
    period: string
    frequency: Published<typeof datasets>['frequency']
    regionCode: string
    licence: Published<typeof datasets>['licence']
    keywords: string[]
    /** YYYY-MM-DD of the latest content in it. */
    modified?: string
  }
  /** The page showing the same data to people. */
  source?: { label: string; href: Href }
  files: FileView[]
  catalog: Href
}

export interface PortalHomeProps {
  site: SiteContext
  notices: NoticeView[]
  news: NewsSummary[]
  opdCount: number
  serviceCount: number
  links: { label: string; href: Href; description: string }[]
}

export interface OpdDirectoryProps {
  site: SiteContext
  opds: OpdSummary[]
}

export interface ProvincePlanningProps {
  site: SiteContext
  vision?: Published<typeof visions>
  documents: { document: Published<typeof planningDocuments>; file?: FileView }[]
  cascade: CascadeNode[]
}

/** The transparency page: every OPD's compliance with the legal checklist, worked out at build time. */
export interface ComplianceProps {
  site: SiteContext
  /** The date the report is for, YYYY-MM-DD. */
  at: string
  rulebookVersion: string
  /** Rules the province loosened past the law: shown to everyone. */
  warnings: string[]
  province: { score: number; categoryLabel: string }
  categories: { label: string; min: number; count: number }[]
  opds: {
    name: string
    href: Href
    /** The OPD's evidence pack. */
    evidence: Href
    score: number
    categoryLabel: string
    /** The score at the end of each month (YYYY-MM), oldest first, the current month last. */
    trend: { month: string; score: number }[]
    /** `since`: the first day of the unbroken run of daily reports with this failure. */
    failures: { title: string; legalBasis: string; message: string; item?: string; since?: string }[]
  }[]
  download: Href
}

/** The evidence pack of one OPD: every obligation, its legal basis, and where the published item is. */
export interface ComplianceEvidenceProps {
  site: SiteContext
  opdName: string
  at: string
  rulebookVersion: string
  score: number
  categoryLabel: string
  obligations: { title: string; legalBasis: string; met: boolean; evidence?: { label: string; href: Href }; problems: string[] }[]
}

export interface SearchProps {
  site: SiteContext
  opds: { value: string; label: string }[]
  types: string[]
}

/** The complaints and aspirations page: a form that posts to the CMS without JavaScript, and the status lookup. */
export interface ComplaintFormProps {
  site: SiteContext
  /** `POST` target on the CMS (`/api/aduan`) and the status lookup (`/api/aduan/status`). */
  action: Href
  statusAction: Href
  /** The OPDs a complaint may go to: on an OPD site only that OPD. */
  opds: { value: string; label: string }[]
  /** Absolute URL of this page, sent along so the answer page can link back. */
  back: Href
  /** SP4N-LAPOR!, the national channel. */
  laporUrl: Href
  /** Working days an OPD has to answer; days personal data is kept after the answer (the privacy notice). */
  complaintDays: number
  retentionDays: number
  /** Published handling figures of `year`: one row on an OPD site, every OPD on the portal. */
  stats: { year: number; rows: { label: string; href?: Href; received: number; answered: number; medianDays?: number; overdue: number }[] }
}

/** An OPD's form for requests for public information (UU 14/2008 Ps. 22), posting to the CMS without JavaScript. */
export interface InformationRequestFormProps {
  site: SiteContext
  /** `POST` target on the CMS (`/api/ppid/permohonan`) and the status lookup (`/api/ppid/status`). */
  action: Href
  statusAction: Href
  opd: { value: string; label: string }
  back: Href
  retentionDays: number
}

/** The portal's API page for other agencies' systems (sites/lib/apiDocs.ts builds it from schemas/). */
export interface ApiDocsProps {
  site: SiteContext
  /** The CMS's public origin, which every example calls. */
  cms: Href
  graphqlEndpoint: Href
  /** GraphQL nesting depth the CMS accepts. */
  maxDepth: number
  /** The cost bounds of one request for visitors and API keys (schemas/api.ts). */
  limits: { pageSize: number; restDepth: number; cost: number; aliases: number; seconds: number; concurrency: number }
  /** Requests per minute: one address without a key; a new key unless Kominfo sets another figure. */
  anonymousLimit: number
  keyLimit: number
  keyHeader: string
  collections: {
    slug: string
    name: string
    /** One document for the whole province (a Payload global) rather than a list. */
    global: boolean
    rest: string
    graphql: string
    fields: { name: string; label: string; type: string; optional: boolean; description: string }[]
  }[]
  /** Working examples; `id` marks each on the page. */
  examples: { id: string; title: string; language: 'shell' | 'graphql'; code: string }[]
  webhook: { sample: string; verify: string }
}

/** Every page template by name, with its props: what a page of the site model asks to render. */
export interface TemplateProps {
  'opd-home': OpdHomeProps
  profile: ProfileProps
  'vision-mission': VisionMissionProps
  planning: PlanningProps
  'programme-list': ProgrammeListProps
  programme: ProgrammeProps
  'budget-index': BudgetIndexProps
  budget: BudgetProps
  'service-list': ServiceListProps
  service: ServiceProps
  ppid: PpidProps
  'news-list': NewsListProps
  'news-article': NewsArticleProps
  'notice-list': NoticeListProps
  'legal-documents': LegalDocumentsProps
  'dataset-list': DatasetListProps
  dataset: DatasetProps
  'open-dataset': OpenDatasetProps
  'portal-home': PortalHomeProps
  'opd-directory': OpdDirectoryProps
  'province-planning': ProvincePlanningProps
  search: SearchProps
  compliance: ComplianceProps
  'compliance-evidence': ComplianceEvidenceProps
  'complaint-form': ComplaintFormProps
  'information-request-form': InformationRequestFormProps
  'api-docs': ApiDocsProps
}
export type TemplateName = keyof TemplateProps

/** One page: which template, its props, and the layout around it. */
export type PageSpec = { [K in TemplateName]: { template: K; props: TemplateProps[K]; layout: Omit<LayoutProps, 'site'> } }[TemplateName]
