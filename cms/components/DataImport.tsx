import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Where } from 'payload'
import { activeUser, hasRole, isOpdRole } from '../access/roles.ts'
import { KIND_LABELS, SHEET_KINDS } from '../exchange/sheetImport.ts'
import { LIMITS } from '../exchange/spreadsheet.ts'
import { langOf } from '../messages.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { DataImportForm } from './DataImportForm.tsx'

/**
 * `/admin/impor-data`: an OPD imports its budget realisation, programme tree or service catalogue from a
 * spreadsheet (cms/exchange/sheetEndpoint.ts): template download, dry run with every bad row, then drafts.
 */
export const DataImport = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = activeUser(req)
  const lang = langOf(req)
  const own: Where | undefined = isOpdRole(user) ? { and: [ACTIVE_OPDS, { id: { in: user.opdIds } }] } : hasRole(req, 'kominfo-admin') ? ACTIVE_OPDS : undefined
  const opds = own ? (await req.payload.find({ collection: 'opds', where: own, limit: 0, depth: 0, sort: 'name', pagination: false, overrideAccess: true })).docs : []
  const kinds = SHEET_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind][lang] }))
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1>{lang === 'en' ? 'Import data from a spreadsheet' : 'Impor data dari lembar kerja'}</h1>
        {opds.length ? (
          <>
            <p>
              {lang === 'en'
                ? `Budget realisation, programmes with their indicators, or the service catalogue, from the template (CSV or XLSX) or a SIPD realisation export; at most ${LIMITS.bytes / 1024 / 1024} MB and ${LIMITS.rows.toLocaleString('en')} rows. Check the file first: every bad row is listed and nothing is saved. Saving writes drafts of the OPD, all or nothing; they go live once submitted and published.`
                : `Realisasi anggaran, program beserta indikatornya, atau katalog layanan, dari templat (CSV atau XLSX) atau ekspor realisasi SIPD; paling besar ${LIMITS.bytes / 1024 / 1024} MB dan ${LIMITS.rows.toLocaleString('id-ID')} baris. Periksa berkas dulu: setiap baris yang salah ditampilkan dan tidak ada yang disimpan. Menyimpan menulis draf OPD, semuanya atau tidak sama sekali; tayang setelah diajukan dan diterbitkan.`}
            </p>
            <DataImportForm lang={lang} kinds={kinds} opds={opds.map((o) => ({ slug: o.slug, name: o.name }))} />
          </>
        ) : (
          <p>{lang === 'en' ? 'Data import is for OPD editors and heads (their own OPD) and Kominfo administrators.' : 'Impor data untuk editor dan kepala OPD (OPD-nya sendiri) serta admin Kominfo.'}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
