import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Where } from 'payload'
import { activeUser, isOpdRole, readsAll } from '../access/roles.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { SkmImportForm } from './SkmImportForm.tsx'

/** `/admin/impor-skm`: an OPD turns its raw survey answers into a draft SKM result (cms/citizen/skmEndpoint.ts). */
export const SkmImport = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = activeUser(req)
  const own: Where | undefined = isOpdRole(user) ? { id: { in: user.opdIds } } : readsAll(req) ? ACTIVE_OPDS : undefined
  const opds = own ? (await req.payload.find({ collection: 'opds', where: own, limit: 0, depth: 0, sort: 'name', pagination: false, overrideAccess: true })).docs : []
  const services = opds.length
    ? (await req.payload.find({ collection: 'services', where: { opd: { in: opds.map((o) => o.id) } }, limit: 0, depth: 0, sort: 'name', pagination: false, overrideAccess: true, select: { name: true, opd: true } })).docs
    : []
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1>Impor hasil SKM</h1>
        {opds.length ? (
          <>
            <p>
              Unggah jawaban responden survei kepuasan masyarakat: satu baris per responden, kolom U1 sampai U9 berisi 1-4 (.csv atau .xlsx, paling besar 5 MB).{' '}
              <a href="/api/skm-results/import-template">Unduh templat CSV</a>. IKM dan mutu pelayanan dihitung sesuai Permenpan RB 14/2017 dan disimpan sebagai draf untuk diajukan.
            </p>
            <SkmImportForm opds={opds.map((o) => ({ id: o.id, name: o.name }))} services={services.map((s) => ({ id: s.id, name: s.name, opd: typeof s.opd === 'object' && s.opd ? s.opd.id : (s.opd as number) }))} />
          </>
        ) : (
          <p>Impor hasil SKM untuk staf OPD dan Kominfo.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
