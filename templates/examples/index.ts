import type { LayoutProps, PageSpec, SiteContext, TemplateName, TemplateProps } from '../props.ts'
import { examples as budget } from './budget.ts'
import { examples as compliance } from './compliance.ts'
import { examples as complianceEvidence } from './compliance-evidence.ts'
import { examples as complaintForm } from './complaint-form.ts'
import { examples as informationRequestForm } from './information-request-form.ts'
import { examples as budgetIndex } from './budget-index.ts'
import { examples as dataset } from './dataset.ts'
import { examples as datasetList } from './dataset-list.ts'
import { examples as openDataset } from './open-dataset.ts'
import { examples as legalDocuments } from './legal-documents.ts'
import { examples as newsArticle } from './news-article.ts'
import { examples as newsList } from './news-list.ts'
import { examples as noticeList } from './notice-list.ts'
import { examples as opdDirectory } from './opd-directory.ts'
import { examples as opdHome } from './opd-home.ts'
import { examples as planning } from './planning.ts'
import { examples as portalHome } from './portal-home.ts'
import { examples as ppid } from './ppid.ts'
import { examples as profile } from './profile.ts'
import { examples as programme } from './programme.ts'
import { examples as programmeList } from './programme-list.ts'
import { examples as provincePlanning } from './province-planning.ts'
import { examples as search } from './search.ts'
import { examples as service } from './service.ts'
import { examples as serviceList } from './service-list.ts'
import { examples as visionMission } from './vision-mission.ts'
import { examples as apiDocs } from './api-docs.ts'

/** Named examples of every template: the gallery renders them and the tests check them. */
export const EXAMPLES: { [K in TemplateName]: Record<string, TemplateProps[K]> } = {
  'opd-home': opdHome,
  profile,
  'vision-mission': visionMission,
  planning,
  'programme-list': programmeList,
  programme,
  'budget-index': budgetIndex,
  budget,
  'service-list': serviceList,
  service,
  ppid,
  'news-list': newsList,
  'news-article': newsArticle,
  'notice-list': noticeList,
  'legal-documents': legalDocuments,
  'dataset-list': datasetList,
  dataset,
  'open-dataset': openDataset,
  'portal-home': portalHome,
  'opd-directory': opdDirectory,
  'province-planning': provincePlanning,
  search,
  compliance,
  'compliance-evidence': complianceEvidence,
  'complaint-form': complaintForm,
  'information-request-form': informationRequestForm,
  'api-docs': apiDocs,
}

/** Page title and the navigation path segment (under the site's home) of each template. */
const PAGE: { [K in TemplateName]: { title: (props: TemplateProps[K]) => string; nav: string } } = {
  'opd-home': { title: (p) => p.site.siteName, nav: '' },
  profile: { title: () => 'Profil', nav: 'profil/' },
  'vision-mission': { title: () => 'Visi dan Misi', nav: 'visi-misi/' },
  planning: { title: () => 'Perencanaan', nav: 'perencanaan/' },
  'programme-list': { title: () => 'Program dan Kegiatan', nav: 'program/' },
  programme: { title: (p) => `${p.node.programme.code} ${p.node.programme.name}`, nav: 'program/' },
  'budget-index': { title: () => 'Realisasi Anggaran', nav: 'anggaran/' },
  budget: { title: (p) => p.heading, nav: 'anggaran/' },
  'service-list': { title: (p) => p.heading, nav: 'layanan/' },
  service: { title: (p) => p.service.name, nav: 'layanan/' },
  ppid: { title: () => 'PPID', nav: 'ppid/' },
  'news-list': { title: () => 'Berita dan Pengumuman', nav: 'berita/' },
  'news-article': { title: (p) => p.article.title, nav: 'berita/' },
  'notice-list': { title: () => 'Informasi Serta Merta', nav: 'informasi-serta-merta/' },
  'legal-documents': { title: () => 'Produk Hukum', nav: 'produk-hukum/' },
  'dataset-list': { title: () => 'Data', nav: 'data/' },
  dataset: { title: (p) => p.dataset.title, nav: 'data/' },
  'open-dataset': { title: (p) => p.dataset.title, nav: 'data/' },
  'portal-home': { title: (p) => p.site.siteName, nav: '' },
  'opd-directory': { title: () => 'Direktori OPD', nav: 'opd/' },
  'province-planning': { title: () => 'Perencanaan Pembangunan Daerah', nav: 'perencanaan/' },
  search: { title: () => 'Pencarian', nav: 'cari/' },
  compliance: { title: () => 'Kepatuhan Keterbukaan Informasi', nav: 'kepatuhan/' },
  'compliance-evidence': { title: (p) => `Bukti kepatuhan ${p.opdName}`, nav: 'kepatuhan/' },
  'complaint-form': { title: () => 'Pengaduan dan Aspirasi', nav: 'aduan/' },
  'information-request-form': { title: () => 'Permohonan Informasi Publik', nav: 'ppid/' },
  'api-docs': { title: () => 'API Data Terbuka', nav: 'api/' },
}

const layoutOf = <K extends TemplateName>(template: K, example: string, props: TemplateProps[K]): Omit<LayoutProps, 'site'> => {
  const site = props.site
  const title = PAGE[template].title(props)
  const current = `${site.home}${PAGE[template].nav}`
  const home = PAGE[template].nav === ''
  const canonical = `http://localhost:4321/contoh/${template}/${example}/`
  return {
    title,
    description: `${title}: ${site.siteName}, Pemerintah ${site.provinceName}.`,
    canonical,
    current,
    breadcrumbs: home ? undefined : [{ label: 'Beranda', href: site.home }, { label: title }],
    feed: template === 'news-list' ? (props as TemplateProps['news-list']).feed : undefined,
    jsonLd: home ? [{ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: site.siteName, url: canonical }] : undefined,
  }
}

/** One page per example, as the gallery builds them. */
export const examplePages = (): { name: string; path: string; page: PageSpec; site: SiteContext }[] =>
  (Object.keys(EXAMPLES) as TemplateName[]).flatMap((template) =>
    Object.entries(EXAMPLES[template] as Record<string, TemplateProps[TemplateName]>).map(([example, props]) => ({
      name: `${template}/${example}`,
      path: `contoh/${template}/${example}`,
      site: props.site,
      page: { template, props, layout: layoutOf(template, example, props) } as PageSpec,
    })),
  )
