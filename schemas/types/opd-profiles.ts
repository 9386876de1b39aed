import { z } from 'zod'
import { instrument, opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted, ref } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { CATEGORY_FRESHNESS_DAYS } from '../vocabularies.ts'

/** OPD profile (informasi berkala about the public body). One per OPD. */
export const opdProfiles = defineType({
  slug: 'opd-profiles',
  name: t('Profil OPD', 'OPD profile'),
  plural: t('Profil OPD', 'OPD profiles'),
  level: 'opd',
  category: 'berkala',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 9 ayat (2) huruf a' }, { instrument: 'Perki 1/2021', article: 'Ps. 11' }],
  freshness: { field: 'lastReviewedAt', maxAgeDays: CATEGORY_FRESHNESS_DAYS.berkala!, why: t('Informasi berkala diperbarui paling lambat 6 bulan sekali', 'Periodic information is updated at least every 6 months') },
  titleField: 'ownerUnit',
  fields: z.object({
    opd: opdRef(),
    legalBasis: field(instrument(), t('Dasar hukum pembentukan', 'Legal basis of the organisation'), 'Perda or Pergub that created the OPD.'),
    address: field(z.string().min(10), t('Alamat kantor', 'Office address'), 'Street address of the main office.', { widget: 'textarea' }),
    phone: field(formatted('phone'), t('Telepon', 'Phone'), 'Public phone number of the office.'),
    email: field(formatted('email'), t('Email', 'Email'), 'Public office email (an institutional address, not a person).'),
    duties: field(z.string().min(20), t('Tugas dan fungsi', 'Duties and functions'), 'Tugas dan fungsi as set by the Pergub on the OPD.', { widget: 'textarea' }),
    orgChart: field(ref(), t('Bagan struktur organisasi', 'Organisation chart'), 'Image of the organisation chart.', { upload: 'media' }),
    head: field(
      z.object({
        name: field(z.string().min(3), t('Nama kepala', 'Head official'), 'Name of the current head of the OPD (a public official).'),
        position: field(z.string().min(3), t('Jabatan', 'Position'), 'Official title, e.g. "Kepala Dinas".'),
        photo: field(ref().optional(), t('Foto', 'Photo'), 'Official portrait.', { upload: 'media' }),
        lhkpnUrl: field(formatted('url').optional(), t('Tautan LHKPN', 'LHKPN link'), 'Link to the wealth report at the anti-corruption commission.'),
      }),
      t('Kepala OPD', 'Head of the OPD'),
      'The head official, shown on the profile page.',
    ),
    subUnits: field(
      z.array(
        z.object({
          name: field(z.string().min(3), t('Nama UPTD', 'Sub-unit name'), 'Name of the technical implementation unit.'),
          address: field(z.string().optional(), t('Alamat', 'Address'), 'Where the sub-unit serves the public.'),
        }),
      ),
      t('UPTD', 'Sub-units (UPTD)'),
      'Technical implementation units under the OPD.',
    ).optional(),
    serviceHours: field(z.string().min(5), t('Jam pelayanan', 'Service hours'), 'Opening hours, e.g. "Senin-Jumat 08.00-16.00".'),
    affairs: field(
      z.array(z.object({ code: field(formatted('urusan'), t('Kode bidang urusan', 'Affairs code'), 'Government affairs code handled, e.g. 2.16.') })),
      t('Bidang urusan', 'Government affairs'),
      'Permendagri 90/2019 government-affairs codes this OPD handles.',
    ).optional(),
    ppid: field(
      z.object({
        contact: field(z.string().min(5), t('Kontak PPID', 'PPID contact'), 'How to reach the OPD information officer (desk, phone, email).', { widget: 'textarea' }),
        requestProcedure: field(z.string().min(20), t('Prosedur permohonan informasi', 'Information request procedure'), 'Steps to request information.', { widget: 'textarea' }),
        objectionProcedure: field(z.string().min(20), t('Prosedur keberatan', 'Objection procedure'), 'Steps to object to a refusal or late answer.', { widget: 'textarea' }),
        disputeProcedure: field(z.string().min(20), t('Prosedur sengketa informasi', 'Dispute procedure'), 'Steps to take a dispute to the Komisi Informasi.', { widget: 'textarea' }),
        requestFormUrl: field(formatted('url').optional(), t('Formulir permohonan', 'Request form'), 'Link to the request form.'),
      }),
      t('PPID', 'Information officer (PPID)'),
      'The OPD information desk and its procedures (UU 14/2008, Perki 1/2021).',
    ),
    ...stewardship,
  }),
})
