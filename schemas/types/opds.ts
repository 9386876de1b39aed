import { z } from 'zod'
import { defineType } from '../define.ts'
import { formatted } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { OPD_KIND } from '../vocabularies.ts'

/** Top-level folders of the portal (its sections and files): no OPD may take one as its slug. */
export const RESERVED_OPD_SLUGS: readonly string[] = ['opd', 'aduan', 'layanan', 'perencanaan', 'anggaran', 'berita', 'peringatan', 'produk-hukum', 'data', 'kepatuhan', 'cari', 'api', 'pagefind', '_media', 'berkas', 'sitemap.xml', 'robots.txt']

/** The work units (OPD) of the province: the tenants. Kominfo keeps this register. */
export const opds = defineType({
  slug: 'opds',
  name: t('OPD', 'Work unit'),
  plural: t('Daftar OPD', 'Work units'),
  level: 'province',
  category: 'berkala',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 9 ayat (2) huruf a' }, { instrument: 'PP 18/2016 tentang Perangkat Daerah' }],
  freshness: null,
  titleField: 'name',
  fields: z.object({
    name: field(z.string().min(3), t('Nama OPD', 'Name'), 'Full official name, e.g. "Dinas Kesehatan".'),
    acronym: field(z.string().min(2).max(20), t('Singkatan', 'Acronym'), 'Short name used in navigation, e.g. "Dinkes".'),
    slug: field(formatted('slug'), t('Slug', 'Slug'), 'Path or host name of the OPD site: /<slug>/ or <slug>.<province domain>.'),
    kind: field(OPD_KIND.schema(), t('Jenis OPD', 'Kind'), 'Kind of work unit; rules may apply to some kinds only.'),
    servesPublic: field(
      z.boolean(),
      t('Memberikan pelayanan publik', 'Serves the public'),
      'Whether the OPD delivers public services, so the service-standard and SKM rules apply to it.',
    ),
  }),
})
