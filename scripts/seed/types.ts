/**
 * Shape of the demo data the seed loads. Documents are plain objects in the schema's field shape,
 * except that relations and uploads are symbolic and resolved by the loader in dependency order.
 */

/** A reference to another seeded document by its collection slug and `_key`. */
export interface SeedRef {
  $ref: string
  key: string
}

/** An upload the loader generates: a PNG image (with alt text) or a small PDF/CSV/JSON file. */
export interface SeedFile {
  $file: 'png' | 'pdf' | 'csv' | 'json'
  /** File name without extension; also the title shown in the file. */
  name: string
  /** Alt text, required for images. */
  alt?: string
  /** Owning OPD's `_key`, or absent for province files. */
  opd?: string
  /** Text content for csv/json files. */
  content?: string
}

export type SeedDoc = Record<string, unknown> & {
  /** Local key other documents refer to; unique within its collection. */
  _key?: string
  /** Review state: the seed publishes most content and leaves some as drafts. */
  _status: 'published' | 'draft'
}

export interface SeedUser {
  email: string
  password: string
  name: string
  role: 'kominfo-admin' | 'kominfo-reviewer' | 'opd-editor' | 'opd-head' | 'auditor'
  /** `_key`s of the OPDs the user works for. */
  opds: string[]
}

export interface DemoProvince {
  province: Record<string, unknown>
  /** The citizen-settings global: answer deadline, retention, holiday calendar. */
  citizen: { complaintDays: number; retentionDays: number; holidays: { date: string; name: string }[] }
  /** Collections in load order: a document only refers to documents of earlier collections or earlier in its own list. */
  collections: [slug: string, docs: SeedDoc[]][]
  users: SeedUser[]
}

export const ref = (collection: string, key: string): SeedRef => ({ $ref: collection, key })
export const file = (kind: SeedFile['$file'], name: string, extra: Omit<SeedFile, '$file' | 'name'> = {}): SeedFile => ({ $file: kind, name, ...extra })

