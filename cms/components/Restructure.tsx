import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { hasRole } from '../access/roles.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { RestructureForm } from './RestructureForm.tsx'

/**
 * `/admin/restrukturisasi-opd`: Kominfo admins rename, merge or split OPDs when a new SOTK regulation
 * comes (cms/restructure/operation.ts), seeing first what would move where.
 */
export const Restructure = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const allowed = hasRole(req, 'kominfo-admin')
  const opds = allowed ? (await req.payload.find({ collection: 'opds', where: ACTIVE_OPDS, limit: 0, depth: 0, sort: 'name', pagination: false, overrideAccess: true })).docs.map((o) => ({ slug: o.slug, name: o.name, acronym: o.acronym })) : []
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1>Restrukturisasi OPD</h1>
        {allowed ? (
          <>
            <p>
              Saat peraturan SOTK baru mengganti nama, menggabungkan atau memecah perangkat daerah: semua konten (dengan draf dan riwayatnya), akun staf dan alamat situs
              dipindahkan dalam satu langkah; alamat lama dialihkan ke OPD penerus, dan setiap perubahan tercatat di log audit dengan alasannya. OPD baru dibuat dulu di
              daftar OPD.
            </p>
            <RestructureForm opds={opds} />
          </>
        ) : (
          <p>Restrukturisasi OPD hanya untuk admin Kominfo.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
