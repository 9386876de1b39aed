import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { hasRole } from '../access/roles.ts'
import { reviewedCollections, singularName } from '../collections/info.ts'
import { STATE_LABELS } from '../workflow/states.ts'
import { reviewQueue } from '../workflow/queue.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'

const show = (value: unknown) => {
  if (value === null || value === undefined || value === '') return '—'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}

/**
 * `/admin/antrean-telaah`: every submission across OPDs, oldest first, filterable by OPD and type, each with
 * its field changes against what is live and the compliance failures publishing it would clear.
 */
export const ReviewQueue = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const allowed = hasRole(req, 'kominfo-reviewer', 'kominfo-admin', 'auditor')
  const opd = typeof searchParams?.opd === 'string' ? searchParams.opd : ''
  const type = typeof searchParams?.jenis === 'string' ? searchParams.jenis : ''
  const queue = allowed ? await reviewQueue(req.payload, { opd: opd || undefined, type: type || undefined }) : []
  const opds = allowed ? (await req.payload.find({ collection: 'opds', where: ACTIVE_OPDS, limit: 0, depth: 0, sort: 'name', pagination: false, overrideAccess: true })).docs : []
  const types = reviewedCollections(req.payload)

  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1>Antrean telaah</h1>
        {!allowed ? (
          <p>Antrean telaah hanya untuk penelaah, admin Kominfo dan auditor.</p>
        ) : (
          <>
            <form method="get" style={{ display: 'flex', gap: '0.75rem', alignItems: 'end', margin: '1rem 0' }}>
              <label>
                OPD{' '}
                <select name="opd" defaultValue={opd}>
                  <option value="">Semua OPD</option>
                  {opds.map((o) => (
                    <option key={o.id} value={o.slug}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Jenis{' '}
                <select name="jenis" defaultValue={type}>
                  <option value="">Semua jenis</option>
                  {types.map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {singularName(c, c.slug)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit">Saring</button>
            </form>
            {queue.length === 0 ? (
              <p>Tidak ada konten yang menunggu telaah.</p>
            ) : (
              <ol className="review-queue">
                {queue.map((s) => (
                  <li key={`${s.collection}-${s.id}`} data-collection={s.collection} data-id={s.id} style={{ marginBottom: '1.5rem' }}>
                    <h2 style={{ fontSize: '1.1rem' }}>
                      <a href={`/admin/collections/${s.collection}/${s.id}`}>{s.title}</a>
                    </h2>
                    <p>
                      {s.typeName} · {s.opd?.name ?? 'Tingkat provinsi'} · {STATE_LABELS[s.state].id} sejak {s.since.slice(0, 16).replace('T', ' ')} · {s.live ? 'mengubah versi yang tayang' : 'belum pernah tayang'}
                    </p>
                    {s.fixes.length > 0 && <p>Memenuhi kewajiban: {s.fixes.map((f) => f.title).join('; ')}</p>}
                    <details>
                      <summary>{s.changes.length} kolom berubah</summary>
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">Kolom</th>
                            <th scope="col">Yang tayang</th>
                            <th scope="col">Yang diajukan</th>
                          </tr>
                        </thead>
                        <tbody>
                          {s.changes.map((c) => (
                            <tr key={c.field}>
                              <th scope="row">{c.field}</th>
                              <td>{show(c.before)}</td>
                              <td>{show(c.after)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </details>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
