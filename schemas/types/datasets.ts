import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted, ref } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { DATA_FORMAT, LICENCE, UPDATE_FREQUENCY } from '../vocabularies.ts'

/** Open dataset (Perpres 39/2019 Satu Data Indonesia). */
export const datasets = defineType({
  slug: 'datasets',
  name: t('Dataset', 'Dataset'),
  plural: t('Dataset terbuka', 'Open datasets'),
  level: 'opd',
  category: 'berkala',
  legalBasis: [{ instrument: 'Perpres 39/2019', article: 'Satu Data Indonesia' }],
  freshness: null,
  titleField: 'title',
  fields: z.object({
    opd: opdRef(),
    title: field(z.string().min(5), t('Judul', 'Title'), 'Name of the dataset.'),
    slug: field(formatted('slug'), t('Slug', 'Slug'), 'Path of the dataset page: data/<slug>.'),
    custodian: field(z.string().min(3), t('Walidata', 'Data custodian (walidata)'), 'Unit that checks and publishes the data.'),
    definition: field(z.string().min(10), t('Definisi', 'Definition'), 'What each record means and how it is measured.', { widget: 'textarea' }),
    unit: field(z.string().optional(), t('Satuan', 'Unit'), 'Unit of the main measure.'),
    period: field(z.string().min(4), t('Periode data', 'Period'), 'Time covered, e.g. "2021-2025".'),
    frequency: field(UPDATE_FREQUENCY.schema(), t('Frekuensi pemutakhiran', 'Update frequency'), 'How often new data is added.'),
    regionCode: field(formatted('region'), t('Kode wilayah', 'Region code'), 'Kemendagri code of the area covered.'),
    licence: field(LICENCE.schema(), t('Lisensi', 'Licence'), 'Open licence of the data.'),
    files: field(
      z
        .array(
          z.object({
            format: field(DATA_FORMAT.schema(), t('Format', 'Format'), 'CSV or JSON.'),
            file: field(ref(), t('Berkas', 'File'), 'The data file.', { upload: 'documents', mimeTypes: ['text/csv', 'application/json'] }),
          }),
        )
        .min(1),
      t('Berkas data', 'Data files'),
      'The data in open formats (CSV, JSON).',
    ),
    releaseDate: field(formatted('date').optional(), t('Tanggal rilis', 'Release date'), 'First publication.'),
    lastUpdated: field(formatted('date').optional(), t('Pembaruan terakhir', 'Last update'), 'Last time data was added.'),
    ...stewardship,
  }),
})
