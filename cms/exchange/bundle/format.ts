import { z } from 'zod'
import { ROLES } from '../../access/roles.ts'
import { CONTENT_TYPES } from '../../../schemas/index.ts'

/**
 * The bundle format: what `npm run export` writes and `npm run import` loads. Plain files, so a bundle can
 * be read, diffed and checked without this code:
 *
 *   manifest.json                   format version, created at, source adapter, options, counts, sha256 of every other file
 *   globals/<slug>.json             one global (province, workflow and citizen settings)
 *   collections/<slug>.json         { collection, documents: [...], versions: [...] } of one collection
 *   files/<collection>/<filename>   the bytes of every upload (images with their resized variants, documents)
 *
 * Documents are stored as the database holds them at depth 0 (references are ids; empty values left out),
 * which for the content types is the shape `schemas/` describes plus the workflow fields. Every document,
 * and every version's document, is checked against the JSON Schema generated from zod: the content types'
 * `schemas/json/<slug>.schema.json`, the other records' `schemas/json/bundle/<slug>.schema.json` (below).
 *
 * Version history is included (every stored version, oldest first): it is what the admin's version view
 * and the review queue's "changes against the live version" read, and a restore must not lose it. Version
 * rows are renumbered on import (nothing refers to a version's own id); documents keep their ids.
 */
export const BUNDLE_FORMAT = 'portal-opd-bundle'
export const BUNDLE_FORMAT_VERSION = 1

/** Where each part lives inside a bundle directory. */
export const BUNDLE_PATHS = {
  manifest: 'manifest.json',
  global: (slug: string) => `globals/${slug}.json`,
  collection: (slug: string) => `collections/${slug}.json`,
  file: (collection: string, filename: string) => `files/${collection}/${filename}`,
}

/**
 * Every collection of the configuration is either exported or deliberately left out, with the reason.
 * A collection in neither list makes export refuse to run (and a test fail), so none is silently dropped.
 */
export const EXCLUDED_COLLECTIONS: Record<string, string> = {
  'payload-jobs': 'queued work of the old deployment (site rebuilds, reminders); the new one schedules its own',
  'payload-kv': "Payload's key-value cache",
  'payload-locked-documents': 'editing locks of open admin sessions',
  'payload-preferences': "admin UI preferences (column choices); accounts start with the defaults",
  'payload-migrations': 'the target database runs its own migrations before the load',
  'api-clients': 'credentials of machine clients: only a key hash is stored, which must not travel; clients get new keys on the new deployment',
  webhooks: 'subscriptions carry signing secrets, which must not travel in clear; receivers are registered again with new secrets',
}

/** System records a backup and a migration need besides the content, with why. */
export const SYSTEM_COLLECTIONS: Record<string, string> = {
  'opd-redirects': 'old OPD slugs after a restructuring: the sites keep redirecting them',
  media: 'images (files included)',
  documents: 'documents (files included)',
  users: 'staff accounts; password hashes only with --with-passwords',
  'information-requests': "requests for information; the requester's personal data only with --with-personal-data, encrypted",
  'compliance-reports': 'the daily compliance history the transparency page charts',
  'compliance-overrides': 'Kominfo\'s rule tuning, with its version history (who changed what and why)',
  'link-checks': 'the last link check: the compliance report counts broken addresses',
  notifications: "each user's inbox",
  'audit-log': 'accountability: who changed what, when and why',
}

/** The content types of `schemas/` (globals excluded), exported and validated against `schemas/json/`. */
export const CONTENT_COLLECTIONS: string[] = CONTENT_TYPES.map((type) => type.slug).filter((slug) => slug !== 'province')

export const EXPORTED_COLLECTIONS: string[] = [...CONTENT_COLLECTIONS, ...Object.keys(SYSTEM_COLLECTIONS)]

/** Globals; `payload-jobs-stats` is the jobs queue's bookkeeping and left out like the jobs. */
export const EXPORTED_GLOBALS = ['province', 'workflow-settings', 'citizen-settings']
export const EXCLUDED_GLOBALS: Record<string, string> = { 'payload-jobs-stats': "the jobs queue's bookkeeping" }

/**
 * Citizens' personal data (UU 27/2022): the fields `cms/citizen/seal.ts` encrypts at rest. Left out of a
 * bundle unless `--with-personal-data`; then encrypted with the operator's BUNDLE_KEY. `required` ones get
 * a placeholder on import when left out, since the record must still be valid.
 */
export const PERSONAL_FIELDS: Record<string, { paths: string[]; required: string[] }> = {
  complaints: { paths: ['message', 'reporter.name', 'reporter.email', 'reporter.phone', 'reporter.nik'], required: ['message', 'reporter.name'] },
  'information-requests': {
    paths: ['applicant.name', 'applicant.nik', 'applicant.address', 'applicant.email', 'applicant.phone', 'objection.explanation'],
    required: ['applicant.name', 'applicant.nik'],
  },
}
export const PERSONAL_PLACEHOLDER = '[tidak disertakan dalam bundel]'

/** A personal field's value as a bundle carries it with --with-personal-data: AES-256-GCM under BUNDLE_KEY. */
export const BUNDLE_SEALED_PREFIX = 'bundle:v1:'

const id = z.union([z.number().int(), z.string().min(1)]).meta({ description: 'Document id as assigned by the source database.' })
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/).meta({ description: 'ISO timestamp.' })
const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const safeFilename = z.string().regex(/^[^/\\]+$/).refine((name) => name !== '.' && name !== '..').meta({ description: 'A file name without folders.' })
const system = { id, createdAt: timestamp, updatedAt: timestamp }

const imageSize = z.object({ url: z.string().optional(), width: z.number().optional(), height: z.number().optional(), mimeType: z.string().optional(), filesize: z.number().optional(), filename: safeFilename.optional() })
const uploadFile = {
  filename: safeFilename,
  mimeType: z.string().min(1),
  filesize: z.number().int().nonnegative(),
  url: z.string().optional(),
  thumbnailURL: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  focalX: z.number().optional(),
  focalY: z.number().optional(),
  opd: id.optional(),
  public: z.boolean().optional(),
}

/** zod schemas of the records that are not content types of `schemas/`, and of the manifest. */
export const BUNDLE_SCHEMAS = {
  users: z
    .object({
      ...system,
      email: z.string().email(),
      name: z.string().min(1),
      role: z.enum(ROLES),
      opds: z.array(id).optional(),
      active: z.boolean().optional(),
      hash: z.string().min(1).optional().meta({ description: 'Password hash, only in a bundle made with --with-passwords.' }),
      salt: z.string().min(1).optional(),
    })
    .meta({ title: 'Staff account' }),
  media: z.object({ ...system, ...uploadFile, alt: z.string().min(3), sizes: z.record(z.string(), imageSize).optional() }).meta({ title: 'Image' }),
  documents: z.object({ ...system, ...uploadFile, title: z.string().min(3), sha256: sha256.optional() }).meta({ title: 'Document' }),
  'opd-redirects': z.object({ ...system, from: z.string().min(1), to: id, also: z.array(id).optional(), kind: z.enum(['rename', 'merge', 'split']), reason: z.string().optional(), at: z.string() }).meta({ title: 'OPD redirect' }),
  'information-requests': z
    .object({
      ...system,
      ticket: z.string().regex(/^PPID-\d{4}-/),
      opd: id,
      information: z.string().min(1),
      purpose: z.string().min(1),
      status: z.string().min(1),
      applicant: z.record(z.string(), z.string()).optional().meta({ description: 'Personal data: absent, or encrypted values (bundle:v1:...).' }),
    })
    .meta({ title: 'Request for public information' }),
  'compliance-reports': z.object({ ...system, at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), rulebookVersion: z.string().min(1), report: z.record(z.string(), z.unknown()) }).meta({ title: 'Daily compliance report' }),
  'compliance-overrides': z.object({ ...system, rule: z.string().min(1), reason: z.string().min(10), enabled: z.boolean().optional(), weight: z.number().optional(), maxAgeDays: z.number().optional(), changedBy: id.optional() }).meta({ title: 'Compliance rule override' }),
  'link-checks': z.object({ ...system, url: z.string().min(1), ok: z.boolean(), checkedAt: z.string(), usedIn: z.string(), status: z.number().optional(), error: z.string().optional(), brokenSince: z.string().optional() }).meta({ title: 'Link check' }),
  notifications: z.object({ ...system, recipient: id, kind: z.string().min(1), title: z.string().min(1), read: z.boolean().optional() }).meta({ title: 'Notification' }),
  'audit-log': z.object({ ...system, action: z.string().min(1), collection: z.string().min(1), user: id.optional(), opd: id.optional() }).meta({ title: 'Audit log entry' }),
  'workflow-settings': z.object({ headApproval: z.boolean().optional(), reminderDays: z.number().optional() }).meta({ title: 'Workflow settings' }),
  'citizen-settings': z.object({ complaintDays: z.number().int(), retentionDays: z.number().int(), holidays: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string() })).optional() }).meta({ title: 'Citizen channel settings' }),
  collection: z
    .object({
      collection: z.string().min(1),
      documents: z.array(z.record(z.string(), z.unknown())),
      versions: z
        .array(z.object({ parent: id, createdAt: timestamp, updatedAt: timestamp, latest: z.boolean().optional(), autosave: z.boolean().optional(), version: z.record(z.string(), z.unknown()) }))
        .meta({ description: 'Every stored version, oldest first; each `version` is checked against the collection\'s document schema.' }),
    })
    .meta({ title: 'Bundle collection file' }),
  manifest: z
    .object({
      format: z.literal(BUNDLE_FORMAT),
      formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
      createdAt: timestamp,
      source: z.object({ adapter: z.enum(['sqlite', 'postgres', 'mongodb']) }),
      options: z.object({ withPasswords: z.boolean(), withPersonalData: z.boolean() }),
      personalData: z
        .object({ cipher: z.literal('aes-256-gcm'), kdf: z.literal('scrypt'), salt: z.string().min(16), check: z.string().regex(new RegExp(`^${BUNDLE_SEALED_PREFIX}`)) })
        .optional()
        .meta({ description: 'Present when personal data is included: how its fields are encrypted, and a value to test the key with.' }),
      counts: z.object({
        collections: z.record(z.string(), z.object({ documents: z.number().int().nonnegative(), versions: z.number().int().nonnegative() })),
        globals: z.number().int().nonnegative(),
        files: z.number().int().nonnegative(),
      }),
      files: z.record(z.string(), sha256).meta({ description: 'sha256 of every file of the bundle except the manifest, by path.' }),
    })
    .meta({ title: 'Bundle manifest' }),
} as const

export type Manifest = z.infer<typeof BUNDLE_SCHEMAS.manifest>
export interface CollectionFile {
  collection: string
  documents: Record<string, unknown>[]
  versions: { parent: number | string; createdAt: string; updatedAt: string; latest?: boolean; autosave?: boolean; version: Record<string, unknown> }[]
}

/** The generated JSON Schemas of the bundle records (`schemas/json/bundle/`), by file name. */
export const bundleJsonSchemas = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(BUNDLE_SCHEMAS).map(([name, schema]) => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
      const document = { $id: `https://schemas.portal-opd.example/bundle/${name}.schema.json`, ...json }
      return [`${name}.schema.json`, `${JSON.stringify(document, null, 2)}\n`]
    }),
  )

/** Which generated JSON Schema file a collection's or global's documents are checked against (relative to schemas/json). */
export const schemaFileOf = (slug: string): string => (CONTENT_TYPES.some((type) => type.slug === slug) ? `${slug}.schema.json` : `bundle/${slug}.schema.json`)
