import type { z } from 'zod'
import type { ContentType } from '../define.ts'

export interface ValidExample<T> {
  /** What this example shows, e.g. "free service with online channel". */
  name: string
  doc: T
}

export interface InvalidExample {
  name: string
  doc: unknown
  /** Dotted path the contract must report, e.g. `lines.0.realisation`. */
  errorPath: string
}

export interface Examples<S extends z.ZodObject> {
  type: ContentType<S>
  valid: ValidExample<z.infer<S> & { id: number | string }>[]
  invalid: InvalidExample[]
}

export const defineExamples = <S extends z.ZodObject>(examples: Examples<S>) => examples

/** A copy of `doc` without the field at `path` (dotted, numeric segments index arrays). */
export const without = (doc: object, path: string): unknown => edit(doc, path, undefined, true)

/** A copy of `doc` with the field at `path` set to `value`. */
export const withValue = (doc: object, path: string, value: unknown): unknown => edit(doc, path, value, false)

const edit = (doc: object, path: string, value: unknown, remove: boolean): unknown => {
  const copy = structuredClone(doc) as Record<string, unknown>
  const keys = path.split('.')
  let target: Record<string, unknown> = copy
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>
  const last = keys[keys.length - 1]!
  if (remove) delete target[last]
  else target[last] = value
  return copy
}
