'use client'

import { useState } from 'react'
import { ErrorList } from './ErrorList.tsx'
import type { Outcome } from '../restructure/operation.ts'

interface Opd {
  slug: string
  name: string
  acronym: string
}

/** The endpoint's answer: what would move where (dry run), or what did. */
type Result = Outcome & { dryRun: boolean }

const KINDS = [
  ['merge', 'Gabungkan OPD'],
  ['split', 'Pecah OPD'],
  ['rename', 'Ganti nama atau slug'],
] as const

const box = { display: 'grid', gap: '0.75rem', maxWidth: '48rem', margin: '1rem 0' } as const

/** The restructuring form: choose, check what would happen (a dry run), adjust a split item by item, then run. */
export const RestructureForm = ({ opds }: { opds: Opd[] }) => {
  const [kind, setKind] = useState<(typeof KINDS)[number][0]>('merge')
  const [sources, setSources] = useState<string[]>([])
  const [source, setSource] = useState('')
  const [targets, setTargets] = useState<string[]>([])
  const [into, setInto] = useState('')
  const [rename, setRename] = useState({ name: '', acronym: '', slug: '' })
  const [reason, setReason] = useState('')
  const [preview, setPreview] = useState<Result>()
  const [assign, setAssign] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<string[]>([])
  const [done, setDone] = useState<Result>()
  const [busy, setBusy] = useState(false)

  const plan = () => {
    if (kind === 'rename') return { kind, opd: source, ...rename, reason }
    if (kind === 'merge') return { kind, from: sources, into, reason }
    const chosen: Record<string, Record<string, string>> = {}
    for (const move of preview?.moves ?? []) {
      const to = assign[`${move.collection}:${move.id}`]
      if (to && to !== targets[0]) (chosen[move.collection] ??= {})[String(move.id)] = to
    }
    return { kind, from: source, into: targets, assign: chosen, reason }
  }

  const send = async (dryRun: boolean) => {
    setBusy(true)
    setErrors([])
    try {
      const response = await fetch('/api/opds/restructure', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...plan(), dryRun }) })
      const body = (await response.json().catch(() => ({}))) as Result & { errors?: { message: string }[] }
      if (!response.ok) return setErrors(body.errors?.map((e) => e.message) ?? [`Gagal (HTTP ${response.status})`])
      if (dryRun) setPreview(body)
      else {
        setDone(body)
        setPreview(undefined)
      }
    } catch (error) {
      setErrors([`CMS tidak dapat dihubungi: ${(error as Error).message}`])
    } finally {
      setBusy(false)
    }
  }

  // Any change to the plan asks for a fresh check before it may run.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setPreview(undefined)
      setDone(undefined)
    }
  const toggle = (list: string[], slug: string) => (list.includes(slug) ? list.filter((s) => s !== slug) : [...list, slug])
  const name = (slug: string) => opds.find((o) => o.slug === slug)?.name ?? slug
  const select = (label: string, value: string, onChange: (value: string) => void) => (
    <label style={{ display: 'grid', gap: '0.25rem' }}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Pilih OPD</option>
        {opds.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name} ({o.acronym})
          </option>
        ))}
      </select>
    </label>
  )
  const checklist = (legend: string, chosen: string[], onChange: (value: string[]) => void) => (
    <fieldset style={{ maxHeight: '16rem', overflow: 'auto' }}>
      <legend>{legend}</legend>
      {opds.map((o) => (
        <label key={o.slug} style={{ display: 'block' }}>
          <input type="checkbox" checked={chosen.includes(o.slug)} onChange={() => onChange(toggle(chosen, o.slug))} /> {o.name} ({o.slug})
        </label>
      ))}
    </fieldset>
  )

  return (
    <div style={box}>
      <fieldset>
        <legend>Jenis perubahan</legend>
        {KINDS.map(([value, label]) => (
          <label key={value} style={{ marginRight: '1.5rem' }}>
            <input type="radio" name="jenis" value={value} checked={kind === value} onChange={() => edit(setKind)(value)} /> {label}
          </label>
        ))}
      </fieldset>

      {kind === 'merge' && (
        <>
          {checklist('OPD yang digabungkan (dibubarkan)', sources, edit(setSources))}
          {select('Ke OPD (penerus)', into, edit(setInto))}
        </>
      )}
      {kind === 'split' && (
        <>
          {select('OPD yang dipecah (dibubarkan)', source, edit(setSource))}
          {checklist('OPD penerus (yang pertama dicentang menerima sisanya dan alamat lama)', targets, edit(setTargets))}
        </>
      )}
      {kind === 'rename' && (
        <>
          {select('OPD', source, edit(setSource))}
          {(['name', 'acronym', 'slug'] as const).map((field) => (
            <label key={field} style={{ display: 'grid', gap: '0.25rem' }}>
              {{ name: 'Nama baru', acronym: 'Singkatan baru', slug: 'Slug baru (alamat situs)' }[field]}
              <input value={rename[field]} onChange={(e) => edit(setRename)({ ...rename, [field]: e.target.value })} />
            </label>
          ))}
        </>
      )}
      <label style={{ display: 'grid', gap: '0.25rem' }}>
        Alasan (dasar hukum, misalnya nomor Pergub SOTK)
        <textarea value={reason} rows={2} onChange={(e) => edit(setReason)(e.target.value)} />
      </label>

      <div style={{ display: 'flex', gap: '1rem' }}>
        <button type="button" disabled={busy} onClick={() => send(true)}>
          Periksa dampak
        </button>
        <button type="button" disabled={busy || !preview} onClick={() => send(false)}>
          Jalankan perubahan
        </button>
      </div>

      <ErrorList heading="Tidak dapat dijalankan; tidak ada yang berubah:" errors={errors} />

      {(preview ?? done) && <Summary outcome={(preview ?? done)!} name={name} />}
      {preview && kind === 'split' && preview.moves.length > 0 && (
        <table>
          <caption>Pembagian konten: pilih OPD penerus tiap item</caption>
          <thead>
            <tr>
              <th scope="col">Jenis</th>
              <th scope="col">Item</th>
              <th scope="col">Ke</th>
            </tr>
          </thead>
          <tbody>
            {preview.moves.map((move) => {
              const key = `${move.collection}:${move.id}`
              return (
                <tr key={key}>
                  <td>{move.type}</td>
                  <td>{move.title}</td>
                  <td>
                    <select aria-label={`OPD penerus untuk ${move.title}`} value={assign[key] ?? move.to} onChange={(e) => setAssign({ ...assign, [key]: e.target.value })}>
                      {targets.map((slug) => (
                        <option key={slug} value={slug}>
                          {name(slug)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}

const Summary = ({ outcome, name }: { outcome: Result; name: (slug: string) => string }) => {
  const counts = new Map<string, number>()
  for (const move of outcome.moves) counts.set(`${move.type} → ${name(move.to)}`, (counts.get(`${move.type} → ${name(move.to)}`) ?? 0) + 1)
  return (
    <section role="status" aria-live="polite">
      <h2>{outcome.dryRun ? 'Yang akan terjadi' : 'Selesai: situs dibangun ulang dalam beberapa saat'}</h2>
      <ul>
        {outcome.renamed && (
          <li>
            {outcome.renamed.from.name} ({outcome.renamed.from.slug}) menjadi {outcome.renamed.to.name} ({outcome.renamed.to.slug})
          </li>
        )}
        {[...counts].map(([label, count]) => (
          <li key={label}>
            {count} {label}
          </li>
        ))}
        {outcome.kept.map((k) => (
          <li key={`${k.collection}:${k.id}`}>
            {k.type} “{k.title}” tetap pada OPD lama dan diarsipkan (OPD penerus sudah punya)
          </li>
        ))}
        {outcome.users.length > 0 && <li>{outcome.users.length} akun staf pindah ke OPD penerus</li>}
        {outcome.dissolved.map((slug) => (
          <li key={slug}>{slug} dibubarkan (catatannya tetap ada)</li>
        ))}
        {outcome.redirects.map((r) => (
          <li key={r.from}>
            Alamat /{r.from}/ dialihkan ke /{r.to}/{r.also.length ? ` (item yang pindah ke ${r.also.join(', ')} ke sana)` : ''}
          </li>
        ))}
      </ul>
      {!outcome.dryRun && <p>Muat ulang halaman ini sebelum perubahan berikutnya (daftar OPD di atas belum berubah).</p>}
    </section>
  )
}
