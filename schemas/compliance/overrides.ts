import { t, type Text } from '../text.ts'
import { CATEGORY_FRESHNESS_DAYS } from '../vocabularies.ts'
import { RULEBOOK_VERSION, RULES, type Rule } from './rulebook.ts'

/** A province's adjustment of one rule, kept in the database (the defaults stay here). */
export interface RuleOverride {
  rule: string
  enabled?: boolean | null
  weight?: number | null
  /** For rules with a freshness window. */
  maxAgeDays?: number | null
  reason: string
}

/** The longest window the law allows, where it sets one: berkala information at least every 6 months (UU 14/2008 Ps. 9). */
export const LEGAL_MAX_DAYS: Readonly<Record<string, number>> = {
  'opd.profil.segar': CATEGORY_FRESHNESS_DAYS.berkala!,
  'opd.ppid.daftar': CATEGORY_FRESHNESS_DAYS.berkala!,
  'opd.realisasi.triwulan': CATEGORY_FRESHNESS_DAYS.berkala!,
}

/** FNV-1a, enough to tell rulebooks apart in a version string (schemas/ uses no crypto library). */
const fingerprint = (text: string) => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0
  return hash.toString(16).padStart(8, '0')
}

/**
 * The rules in force: defaults with the province's overrides applied. The version names the defaults and,
 * when there are overrides, their fingerprint; warnings flag every override that loosens a rule past the law.
 */
export const applyOverrides = (overrides: readonly RuleOverride[], defaults: readonly Rule[] = RULES): { rules: Rule[]; version: string; warnings: Text[] } => {
  const byRule = new Map(overrides.map((o) => [o.rule, o]))
  const warnings: Text[] = []
  const rules = defaults.flatMap((rule): Rule[] => {
    const override = byRule.get(rule.id)
    if (!override) return [rule]
    if (override.enabled === false) return []
    const check = override.maxAgeDays != null && 'maxAgeDays' in rule.check ? { ...rule.check, maxAgeDays: override.maxAgeDays } : rule.check
    const legal = LEGAL_MAX_DAYS[rule.id]
    if (legal !== undefined && 'maxAgeDays' in check && check.maxAgeDays > legal) {
      warnings.push(t(`Aturan ${rule.id} dilonggarkan menjadi ${check.maxAgeDays} hari, melewati batas hukum ${legal} hari`, `Rule ${rule.id} loosened to ${check.maxAgeDays} days, past the legal maximum of ${legal}`))
    }
    return [{ ...rule, check, weight: override.weight ?? rule.weight }]
  })
  for (const override of overrides) if (override.enabled === false && LEGAL_MAX_DAYS[override.rule] !== undefined) warnings.push(t(`Aturan ${override.rule} dimatikan, padahal diwajibkan undang-undang`, `Rule ${override.rule} is switched off although the law requires it`))
  const relevant = [...byRule.values()].map(({ rule, enabled, weight, maxAgeDays }) => ({ rule, enabled: enabled ?? true, weight: weight ?? null, maxAgeDays: maxAgeDays ?? null })).sort((a, b) => (a.rule < b.rule ? -1 : 1))
  return { rules, version: relevant.length === 0 ? RULEBOOK_VERSION : `${RULEBOOK_VERSION}+${fingerprint(JSON.stringify(relevant))}`, warnings }
}
