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
  opd: { site: opdSite, ...common, opds: [{ value: 'dinkes', label: 'Dinas Kesehatan' }], back: 'http://localhost:4321/dinkes/aduan/' },
  portal: {
    site: portalSite,
    ...common,
    opds: [
      { value: 'bpbd', label: 'Badan Penanggulangan Bencana Daerah' },
      { value: 'dinkes', label: 'Dinas Kesehatan' },
      { value: 'diskominfo', label: 'Dinas Komunikasi, Informatika, Statistik dan Persandian' },
    ],
    back: 'http://localhost:4321/aduan/',
  },
} satisfies Record<string, TemplateProps['complaint-form']>
