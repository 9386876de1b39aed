import type { TemplateProps } from '../props.ts'
import { programmeTree } from './dinkes.ts'
import { opdSite } from './site.ts'

const [programme] = programmeTree
const activity = programme!.children[0]!

export const examples = {
  program: { site: opdSite, node: programme! },
  'sub-kegiatan': { site: opdSite, node: activity.children[0]! },
} satisfies Record<string, TemplateProps['programme']>
