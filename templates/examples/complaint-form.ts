import type { TemplateProps } from '../props.ts'
import { opdSite, portalSite } from './site.ts'

const common = {
  action: 'http://localhost:3000/api/aduan',
  statusAction: 'http://localhost:3000/api/aduan/status',
  laporUrl: 'https://www.lapor.go.id',
  complaintDays: 5,
  retentionDays: 730,
}

export const examples = {
  opd: {
    site: opdSite,
    ...common,
    opds: [{ value: 'dinkes', label: 'Dinas Kesehatan' }],
    back: 'http://localhost:4321/dinkes/aduan/',
    stats: { year: 2026, rows: [{ label: 'Dinas Kesehatan', received: 14, answered: 12, medianDays: 3.5, overdue: 1 }] },
  },
  portal: {
    site: portalSite,
    ...common,
    opds: [
      { value: 'bpbd', label: 'Badan Penanggulangan Bencana Daerah' },
      { value: 'dinkes', label: 'Dinas Kesehatan' },
      { value: 'diskominfo', label: 'Dinas Komunikasi, Informatika, Statistik dan Persandian' },
    ],
    back: 'http://localhost:4321/aduan/',
    stats: {
      year: 2026,
      rows: [
        { label: 'Dinas Kesehatan', href: '/dinkes/aduan/', received: 14, answered: 12, medianDays: 3.5, overdue: 1 },
        { label: 'Dinas Perhubungan', href: '/dishub/aduan/', received: 3, answered: 3, medianDays: 2, overdue: 0 },
      ],
    },
  },
  belum: { site: portalSite, ...common, opds: [{ value: 'dinkes', label: 'Dinas Kesehatan' }], back: 'http://localhost:4321/aduan/', stats: { year: 2026, rows: [] } },
} satisfies Record<string, TemplateProps['complaint-form']>
