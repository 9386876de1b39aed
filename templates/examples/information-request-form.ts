import type { TemplateProps } from '../props.ts'
import { opdSite } from './site.ts'

export const examples = {
  opd: {
    site: opdSite,
    action: 'http://localhost:3000/api/ppid/permohonan',
    statusAction: 'http://localhost:3000/api/ppid/status',
    opd: { value: 'dinkes', label: 'Dinas Kesehatan' },
    back: 'http://localhost:4321/dinkes/ppid/permohonan/',
    retentionDays: 730,
  },
} satisfies Record<string, TemplateProps['information-request-form']>
