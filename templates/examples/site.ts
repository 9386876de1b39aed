import type { ImageView, FileView, SiteContext } from '../props.ts'

/** National and provincial channels every site shows in its footer. */
export const FOOTER_LINKS: SiteContext['footerLinks'] = [
  { label: 'LPSE Provinsi Banten', href: 'https://lpse.bantenprov.go.id' },
  { label: 'SiRUP', href: 'https://sirup.lkpp.go.id' },
  { label: 'PPID Provinsi Banten', href: 'https://ppid.bantenprov.go.id' },
  { label: 'Satu Data Banten', href: 'https://statistik.bantenprov.go.id' },
  { label: 'SP4N-LAPOR!', href: 'https://www.lapor.go.id' },
]

/** The navigation every OPD site shares, same labels in the same order. */
export const opdNav = (home: string): SiteContext['nav'] => [
  { label: 'Beranda', href: home },
  { label: 'Profil', href: `${home}profil/` },
  { label: 'Visi & Misi', href: `${home}visi-misi/` },
  { label: 'Perencanaan', href: `${home}perencanaan/` },
  { label: 'Program', href: `${home}program/` },
  { label: 'Anggaran', href: `${home}anggaran/` },
  { label: 'Layanan', href: `${home}layanan/` },
  { label: 'PPID', href: `${home}ppid/` },
  { label: 'Berita', href: `${home}berita/` },
  { label: 'Produk Hukum', href: `${home}produk-hukum/` },
  { label: 'Data', href: `${home}data/` },
]

export const opdSite: SiteContext = {
  kind: 'opd',
  provinceName: 'Provinsi Banten',
  siteName: 'Dinas Kesehatan',
  shortName: 'Dinkes',
  home: '/dinkes/',
  portal: '/',
  search: '/cari/',
  nav: opdNav('/dinkes/'),
  footerLinks: FOOTER_LINKS,
}

export const portalSite: SiteContext = {
  kind: 'portal',
  provinceName: 'Provinsi Banten',
  siteName: 'Provinsi Banten',
  shortName: 'Banten',
  home: '/',
  portal: '/',
  search: '/cari/',
  nav: [
    { label: 'Beranda', href: '/' },
    { label: 'Layanan', href: '/layanan/' },
    { label: 'Direktori OPD', href: '/opd/' },
    { label: 'Perencanaan', href: '/perencanaan/' },
    { label: 'Anggaran', href: '/anggaran/' },
    { label: 'Berita', href: '/berita/' },
    { label: 'Informasi Serta Merta', href: '/informasi-serta-merta/' },
    { label: 'Data', href: '/data/' },
  ],
  footerLinks: FOOTER_LINKS,
}

/** An image as the builder hands it over: WebP fallback, AVIF variants, intrinsic size. */
export const image = (base: string, width: number, height: number, alt: string): ImageView => ({
  src: `${base}-${width}.webp`,
  srcset: `${base}-${width / 2}.webp ${width / 2}w, ${base}-${width}.webp ${width}w`,
  avifSrcset: `${base}-${width / 2}.avif ${width / 2}w, ${base}-${width}.avif ${width}w`,
  width,
  height,
  alt,
})

export const pdf = (href: string, name: string, bytes: number): FileView => ({ href, name, format: 'PDF', bytes })
