import { budgetRealisations } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const BudgetRealisations = contentCollection(budgetRealisations, {
  group: GROUPS.planning,
  defaultColumns: ['opd', 'fiscalYear', 'positionDate', '_status'],
})
