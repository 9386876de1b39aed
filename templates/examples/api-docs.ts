import { apiDocsProps } from '../../sites/lib/apiDocs.ts'
import type { TemplateProps } from '../props.ts'
import { portalSite } from './site.ts'

/** The portal's API page as the build makes it, on a production-like CMS origin. */
export const examples = {
  portal: apiDocsProps({ site: portalSite, cms: 'https://cms.bantenprov.go.id' }),
} satisfies Record<string, TemplateProps['api-docs']>
