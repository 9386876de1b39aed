import { z } from 'zod'
import { defineType } from '../define.ts'
import { formatted } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'

/** Province-wide settings: identity and the shared links every site shows (procurement, PPID, data, complaints). */
export const province = defineType({
  slug: 'province',
  name: t('Provinsi', 'Province'),
  plural: t('Provinsi', 'Province'),
  level: 'province',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'Perpres 16/2018', article: 'Ps. 73 (LPSE)' }, { instrument: 'Perpres 95/2018', article: 'SP4N-LAPOR!' }],
  freshness: null,
  titleField: 'name',
  fields: z.object({
    name: field(z.string().min(3), t('Nama provinsi', 'Province name'), 'e.g. "Provinsi Banten".'),
    regionCode: field(formatted('region'), t('Kode wilayah', 'Region code'), 'Kemendagri code, Banten is 36.'),
    domain: field(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/), t('Domain', 'Domain'), 'Province domain; OPD sites live on <slug>.<domain> in production.'),
    lpseUrl: field(formatted('url'), t('LPSE (e-procurement)', 'LPSE (e-procurement)'), 'The province\'s electronic procurement service.'),
    sirupUrl: field(formatted('url'), t('SiRUP (rencana pengadaan)', 'SiRUP (procurement plan)'), 'The general procurement plan.'),
    ppidUrl: field(formatted('url'), t('PPID utama', 'Main PPID'), 'The province\'s main information office.'),
    openDataUrl: field(formatted('url'), t('Satu Data', 'Open data portal'), 'The province\'s open data portal.'),
    laporUrl: field(formatted('url'), t('SP4N-LAPOR!', 'SP4N-LAPOR!'), 'The national complaint channel.'),
  }),
})
