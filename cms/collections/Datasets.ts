import { datasets } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Datasets = contentCollection(datasets, {
  group: GROUPS.publications,
})
