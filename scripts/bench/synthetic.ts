import { PROVINCE, type Doc, type Snapshot } from '../../sites/lib/snapshot.ts'

/** Relation fields that point inside the same OPD, remapped when a unit is cloned. */
const LOCAL_REFS: Record<string, string[]> = { programmes: ['parent', 'target'], targets: ['goal'], 'skm-results': ['service'] }
/** Types whose items are multiplied inside each cloned OPD (each gives one page per item). */
const MULTIPLIED = ['services', 'news', 'datasets']

/**
 * A province `copies` times larger than `base`: every OPD cloned with its content under a new slug, and
 * the items that have a page each (services, news, datasets) multiplied by `items` within each OPD.
 * Valid by construction (clones of checked content), so the build does all its usual work on it.
 */
export const scaleSnapshot = (base: Snapshot, copies: number, items: number): Snapshot => {
  const units: Snapshot['units'] = { [PROVINCE]: { ...base.units[PROVINCE]!, opds: [] } }
  const register = base.units[PROVINCE]!.opds!
  for (let k = 0; k < copies; k++) {
    for (const opd of register) {
      const slug = k === 0 ? String(opd.slug) : `${opd.slug}-${k + 1}`
      const opdRef = { id: `${opd.id}~${k}`, slug }
      units[PROVINCE]!.opds!.push({ ...opd, id: opdRef.id, slug, name: k === 0 ? opd.name : `${opd.name} ${k + 1}`, acronym: k === 0 ? opd.acronym : `${opd.acronym}${k + 1}` })
      const content = base.units[String(opd.slug)]
      if (!content) continue
      const remap = (id: unknown) => `${id}~${k}`
      units[slug] = Object.fromEntries(
        Object.entries(content).map(([type, docs]) => {
          const cloned = docs.map((doc) => {
            const copy: Doc = { ...doc, id: remap(doc.id), opd: opdRef }
            for (const field of LOCAL_REFS[type] ?? []) if (doc[field]) copy[field] = { id: remap((doc[field] as Doc).id) }
            if (type === 'budget-realisations') copy.lines = (doc.lines as Doc[]).map((line) => ({ ...line, subActivity: { id: remap((line.subActivity as Doc).id) } }))
            return copy
          })
          if (!MULTIPLIED.includes(type)) return [type, cloned]
          return [type, cloned.flatMap((doc) => Array.from({ length: items }, (_, j) => (j === 0 ? doc : { ...doc, id: `${doc.id}~${j}`, slug: `${doc.slug}-${j + 1}`, [type === 'services' ? 'name' : 'title']: `${doc[type === 'services' ? 'name' : 'title']} ${j + 1}` })))]
        }),
      )
    }
  }
  return { province: base.province, units }
}
