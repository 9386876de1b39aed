import { z } from 'zod'
import { stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { AGENCY_KIND } from '../vocabularies.ts'

/** Vertical (central-government) agencies in the province whose services the portal lists. Kept by Kominfo. */
export const agencies = defineType({
  slug: 'agencies',
  name: t('Instansi vertikal', 'Vertical agency'),
  plural: t('Instansi vertikal', 'Vertical agencies'),
  level: 'province',
  category: null,
  legalBasis: [{ instrument: 'UU 25/2009', article: 'Ps. 23' }],
  freshness: null,
  titleField: 'name',
  fields: z.object({
    name: field(z.string().min(3), t('Nama instansi', 'Agency name'), 'e.g. "Kantor Imigrasi Kelas I TPI Serang".'),
    kind: field(AGENCY_KIND.schema(), t('Jenis instansi', 'Agency kind'), 'Used to group agencies on the portal.'),
    address: field(z.string().min(10), t('Alamat', 'Address'), 'Street address.', { widget: 'textarea' }),
    phone: field(formatted('phone').optional(), t('Telepon', 'Phone'), 'Public phone number.'),
    website: field(formatted('url'), t('Situs web', 'Website'), 'The agency\'s own site.'),
    ...stewardship,
  }),
})
