'use client'

import { useState } from 'react'
import { ErrorList } from './ErrorList.tsx'
import type { SkmTally } from '../citizen/skmImport.ts'

type Id = number | string

/** The import form: check the file (IKM and grade, or every bad cell), then save it as a draft. */
export const SkmImportForm = ({ opds, services }: { opds: { id: Id; name: string }[]; services: { id: Id; name: string; opd: Id }[] }) => {
  const [opd, setOpd] = useState(String(opds[0]?.id ?? ''))
  const [fields, setFields] = useState({ service: '', year: String(new Date().getFullYear()), period: '', surveyEnd: '', ownerUnit: '' })
  const [file, setFile] = useState<File>()
  const [tally, setTally] = useState<SkmTally>()
  const [errors, setErrors] = useState<string[]>([])
  const [saved, setSaved] = useState<Id>()
  const [busy, setBusy] = useState(false)

  const send = async (dryRun: boolean) => {
    if (!file) return setErrors(['Pilih berkas .csv atau .xlsx'])
    setBusy(true)
    setErrors([])
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ ...fields, opd, dryRun }))
    try {
      const response = await fetch('/api/skm-results/import', { method: 'POST', credentials: 'include', body: form })
      const body = (await response.json().catch(() => ({}))) as { tally?: SkmTally; id?: Id; errors?: { message: string }[]; more?: number }
      if (!response.ok) return setErrors([...(body.errors ?? []).map((e) => e.message), ...(body.more ? [`dan ${body.more} masalah lain`] : [])])
      setTally(body.tally)
      if (!dryRun) setSaved(body.id)
    } catch (error) {
      setErrors([`CMS tidak dapat dihubungi: ${(error as Error).message}`])
    } finally {
      setBusy(false)
    }
  }
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => {
    setFields({ ...fields, [key]: event.target.value })
    setSaved(undefined)
  }
  const row = { display: 'grid', gap: '0.25rem', maxWidth: '32rem' } as const

  return (
    <div style={{ display: 'grid', gap: '0.75rem', margin: '1rem 0' }}>
      {opds.length > 1 && (
        <label style={row}>
          OPD
          <select value={opd} onChange={(e) => setOpd(e.target.value)}>
            {opds.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label style={row}>
        Layanan (kosongkan untuk seluruh unit)
        <select value={fields.service} onChange={set('service')}>
          <option value="">Seluruh unit layanan</option>
          {services
            .filter((s) => String(s.opd) === opd)
            .map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.name}
              </option>
            ))}
        </select>
      </label>
      <label style={row}>
        Tahun
        <input value={fields.year} onChange={set('year')} inputMode="numeric" />
      </label>
      <label style={row}>
        Periode (misalnya Semester II 2026)
        <input value={fields.period} onChange={set('period')} />
      </label>
      <label style={row}>
        Akhir survei (YYYY-MM-DD)
        <input value={fields.surveyEnd} onChange={set('surveyEnd')} placeholder="2026-11-20" />
      </label>
      <label style={row}>
        Unit penanggung jawab (jabatan/bidang, bukan nama orang)
        <input value={fields.ownerUnit} onChange={set('ownerUnit')} />
      </label>
      <label style={row}>
        Berkas jawaban (.csv atau .xlsx)
        <input
          type="file"
          accept=".csv,.xlsx"
          onChange={(e) => {
            setFile(e.target.files?.[0])
            setTally(undefined)
            setSaved(undefined)
          }}
        />
      </label>
      <div style={{ display: 'flex', gap: '1rem' }}>
        <button type="button" disabled={busy} onClick={() => send(true)}>
          Periksa berkas
        </button>
        <button type="button" disabled={busy || !tally || saved !== undefined} onClick={() => send(false)}>
          Simpan sebagai draf
        </button>
      </div>
      <ErrorList heading="Belum dapat diimpor; tidak ada yang disimpan:" errors={errors} />
      {tally && (
        <section role="status" aria-live="polite">
          <h2>
            IKM {tally.ikm.toLocaleString('id-ID', { minimumFractionDigits: 2 })}: mutu {tally.grade} ({tally.gradeLabel}), {tally.respondents} responden
          </h2>
          <table>
            <thead>
              <tr>
                {Object.keys(tally.nrr).map((e) => (
                  <th key={e} scope="col">
                    {e.toUpperCase()}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {Object.values(tally.nrr).map((v, i) => (
                  <td key={i}>{v.toLocaleString('id-ID')}</td>
                ))}
              </tr>
            </tbody>
          </table>
          {saved !== undefined && (
            <p>
              Tersimpan sebagai draf. <a href={`/admin/collections/skm-results/${saved}`}>Buka dan ajukan untuk ditelaah</a>.
            </p>
          )}
        </section>
      )}
    </div>
  )
}
