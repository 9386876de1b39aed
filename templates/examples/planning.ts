import type { CascadeNode, TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { opdSite, pdf } from './site.ts'

export const cascade: CascadeNode[] = [
  {
    level: 'Misi 2',
    title: 'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing',
    children: [
      {
        level: 'Tujuan',
        title: 'Meningkatnya derajat kesehatan masyarakat Banten',
        detail: 'Indikator: angka kematian ibu, target 180 per 100.000 kelahiran hidup (2026)',
        children: [
          {
            level: 'Sasaran',
            title: 'Meningkatnya mutu fasilitas pelayanan kesehatan',
            detail: 'Indikator: persentase fasilitas kesehatan terakreditasi, target 90 persen (2026)',
            children: [
              { level: 'Program', title: '1.02.02 Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', href: '/dinkes/program/2026/1.02.02/', children: [] },
            ],
          },
        ],
      },
    ],
  },
]

export const examples = {
  lengkap: {
    site: opdSite,
    documents: [
      { document: { ...DOCS.plan.renstra, title: 'Rencana Strategis Dinas Kesehatan Provinsi Banten Tahun 2025-2029' }, file: pdf('/dinkes/berkas/3f9a1c2e.pdf', 'Renstra Dinkes 2025-2029.pdf', 4_718_592) },
      { document: { ...DOCS.plan.renja, title: 'Rencana Kerja Dinas Kesehatan Tahun 2026' } },
    ],
    cascade,
  },
  kosong: { site: opdSite, documents: [], cascade: [] },
} satisfies Record<string, TemplateProps['planning']>
