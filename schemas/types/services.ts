import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted, ref, rupiah } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { SERVICE_CATEGORY, SERVICE_COMPONENTS, SERVICE_KIND } from '../vocabularies.ts'

const text = (key: Exclude<keyof typeof SERVICE_COMPONENTS, 'cost' | 'staffCount'>, doc: string) =>
  field(z.string().min(3), SERVICE_COMPONENTS[key].label, doc, { widget: 'textarea' })

/** A public service with its service standard: all 14 components (UU 25/2009 Ps. 21, Permenpan RB 15/2014). */
export const services = defineType({
  slug: 'services',
  name: t('Layanan publik', 'Public service'),
  plural: t('Layanan publik', 'Public services'),
  level: 'mixed',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'UU 25/2009', article: 'Ps. 21' }, { instrument: 'Permenpan RB 15/2014' }],
  freshness: {
    field: 'lastReviewedAt',
    maxAgeDays: 365,
    why: t('Standar pelayanan dievaluasi berkala, paling lambat setahun sekali', 'Service standards are reviewed periodically, at least yearly'),
  },
  titleField: 'name',
  fields: z.object({
    kind: field(SERVICE_KIND.schema(), t('Penyelenggara', 'Provider'), 'A provincial OPD service, or a vertical agency service listed on the portal.'),
    opd: opdRef().optional(),
    agency: field(ref().optional(), t('Instansi vertikal', 'Vertical agency'), 'The agency delivering an external service.', { relationTo: 'agencies' }),
    name: field(z.string().min(5), t('Nama layanan', 'Service name'), 'Name a citizen would search for.'),
    slug: field(formatted('slug'), t('Slug', 'Slug'), 'Path of the service page: layanan/<slug>.'),
    category: field(SERVICE_CATEGORY.schema(), t('Kategori', 'Category'), 'Theme used to filter the service catalogue.'),
    summary: field(z.string().min(10), t('Ringkasan', 'Summary'), 'One or two sentences on what the service gives.', { widget: 'textarea' }),
    components: field(
      z.object({
        requirements: text('requirements', 'Documents and conditions the applicant must bring.'),
        procedure: text('procedure', 'Steps from application to delivery.'),
        completionTime: text('completionTime', 'How long the service takes, e.g. "3 hari kerja".'),
        cost: field(
          z.object({
            amount: field(rupiah(), t('Tarif (Rp)', 'Tariff (Rp)'), 'Fee in whole Rupiah; 0 when free, stated explicitly.'),
            basis: field(z.string().min(3), t('Dasar tarif', 'Basis of the tariff'), 'The regulation setting the fee, or "Tidak dipungut biaya".'),
          }),
          SERVICE_COMPONENTS.cost.label,
          'Fee and its legal basis; free services say so.',
        ),
        product: text('product', 'What the citizen receives.'),
        complaints: text('complaints', 'How complaints, suggestions and feedback are handled.'),
        legalBasis: text('legalBasis', 'Regulations the service rests on.'),
        facilities: text('facilities', 'Rooms, equipment and access for people with disabilities.'),
        competence: text('competence', 'Skills the staff must have.'),
        supervision: text('supervision', 'Who supervises delivery inside the OPD.'),
        staffCount: field(z.number().int().min(1), SERVICE_COMPONENTS.staffCount.label, 'Number of staff delivering the service.'),
        guarantee: text('guarantee', 'What is guaranteed to the citizen (time, cost, quality).'),
        security: text('security', 'Security and safety guarantees.'),
        evaluation: text('evaluation', 'How staff performance is evaluated.'),
      }),
      t('Komponen standar pelayanan', 'Service standard components'),
      'The 14 components of UU 25/2009 Ps. 21: six on delivery, eight on management.',
    ),
    pledge: field(z.string().min(10), t('Maklumat pelayanan', 'Service pledge'), 'The published service pledge (maklumat).', { widget: 'textarea' }),
    onlineUrl: field(formatted('url').optional(), t('Layanan daring', 'Online channel'), 'Where to apply online, when possible.'),
    location: field(z.string().min(5), t('Lokasi layanan', 'Service location'), 'Office or counter where the service is given.'),
    ...stewardship,
  }),
  crossRules: [
    (doc) => {
      if (doc.kind === 'internal' && doc.opd === undefined) return [{ path: ['opd'], message: t('Layanan OPD wajib memiliki OPD', 'An OPD service needs its OPD') }]
      if (doc.kind === 'external' && doc.agency === undefined) return [{ path: ['agency'], message: t('Layanan instansi vertikal wajib memiliki instansi', 'A vertical agency service needs its agency') }]
      return []
    },
  ],
})
