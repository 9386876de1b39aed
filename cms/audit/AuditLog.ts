import { APIError, type Access, type CollectionConfig, type Endpoint } from 'payload'
import { t } from '../../schemas/index.ts'
import { toCsv } from '../../schemas/csv.ts'
import { isReportDate } from '../../schemas/compliance/index.ts'
import { hasRole } from '../access/roles.ts'
import { GROUPS } from '../collections/content.ts'

const readers: Access = ({ req }) => hasRole(req, 'kominfo-admin', 'auditor')

/** Refused whatever the caller, the system and `overrideAccess` included: entries are only ever added. */
const appendOnly = () => {
  throw new APIError('Catatan audit tidak dapat diubah atau dihapus', 403, undefined, true)
}

/**
 * Append-only record of every change to mandated content, the OPD register, users and roles, the
 * compliance rules and the workflow settings: who, with which role, when, what, the reason where the
 * workflow asks one, and the field diff. Citizens' data (complaints) never enters it; nor do password hashes.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: t('Catatan audit', 'Audit entry'), plural: t('Log audit', 'Audit log') },
  admin: { useAsTitle: 'summary', group: GROUPS.admin, defaultColumns: ['createdAt', 'userEmail', 'role', 'action', 'collection', 'summary'] },
  access: { read: readers, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-createdAt',
  endpoints: [],
  hooks: {
    beforeChange: [({ operation }) => (operation === 'update' ? appendOnly() : undefined)],
    beforeDelete: [appendOnly],
  },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: t('Pengguna', 'User') },
    { name: 'userEmail', type: 'text', label: t('Surel pengguna', 'User email') },
    { name: 'role', type: 'text', label: t('Peran', 'Role') },
    { name: 'action', type: 'text', required: true, index: true, label: t('Tindakan', 'Action') },
    { name: 'collection', type: 'text', required: true, index: true, label: t('Jenis data', 'Collection') },
    { name: 'docId', type: 'text', index: true, label: t('Id data', 'Document id') },
    { name: 'opd', type: 'relationship', relationTo: 'opds', index: true, label: t('OPD', 'OPD') },
    { name: 'summary', type: 'text', label: t('Ringkasan', 'Summary') },
    { name: 'reason', type: 'textarea', label: t('Alasan', 'Reason') },
    // A restore names the version it brought back, so the content an auditor sees restored can be looked up.
    { name: 'version', type: 'text', label: t('Versi yang dipulihkan', 'Restored version') },
    { name: 'diff', type: 'json', label: t('Perubahan per kolom', 'Field changes') },
  ],
}

/** `GET /api/audit-log/export[?format=csv|json][&from=YYYY-MM-DD][&to=YYYY-MM-DD]`: the log for auditors, oldest first. */
export const auditExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req, 'kominfo-admin', 'auditor')) return Response.json({ errors: [{ message: 'Hanya admin Kominfo dan auditor yang dapat mengekspor log audit' }] }, { status: 403 })
    const format = req.query?.format ?? 'csv'
    if (format !== 'csv' && format !== 'json') return Response.json({ errors: [{ message: `Parameter format harus csv atau json, bukan "${String(format)}"` }] }, { status: 400 })
    for (const key of ['from', 'to'] as const) {
      const value = req.query?.[key]
      if (value !== undefined && !(typeof value === 'string' && isReportDate(value))) return Response.json({ errors: [{ message: `Parameter ${key} harus tanggal yang sah berformat YYYY-MM-DD, bukan "${String(value)}"` }] }, { status: 400 })
    }
    const from = req.query?.from as string | undefined
    const to = req.query?.to as string | undefined
    const where = { and: [...(from ? [{ createdAt: { greater_than_equal: `${from}T00:00:00.000Z` } }] : []), ...(to ? [{ createdAt: { less_than: new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000).toISOString() } }] : [])] }
    const { docs } = await req.payload.find({ collection: 'audit-log', where, sort: 'createdAt', limit: 0, pagination: false, depth: 0, overrideAccess: true })
    const stamp = new Date().toISOString().slice(0, 10)
    if (format === 'json') return Response.json(docs, { headers: { 'content-disposition': `attachment; filename="log-audit-${stamp}.json"` } })
    const columns = ['createdAt', 'userEmail', 'role', 'action', 'collection', 'docId', 'opd', 'summary', 'reason', 'diff'] as const
    const csv = toCsv([columns, ...docs.map((doc) => columns.map((c) => (doc as unknown as Record<string, unknown>)[c]))])
    return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="log-audit-${stamp}.csv"` } })
  },
}

AuditLog.endpoints = [auditExportEndpoint]
