'use client'

import { useState } from 'react'
import { ErrorList } from './ErrorList.tsx'

type Lang = 'id' | 'en'

interface Summary {
  layout: 'templat' | 'sipd'
  skipped: number
  counts: { create: number; update: number; unchanged: number }
  documents: { action: 'create' | 'update' | 'unchanged'; id?: number | string; key: string; title: string; rows: number[] }[]
  flags: { message: string }[]
  written?: { action: string; id: number | string; title: string }[]
}

const TEXT = {
  kind: { id: 'Jenis data', en: 'Kind of data' },
  opd: { id: 'OPD', en: 'OPD' },
  file: { id: 'Berkas (.csv atau .xlsx)', en: 'File (.csv or .xlsx)' },
  ownerUnit: { id: 'Unit penanggung jawab bila berkas tidak memuatnya (jabatan/bidang, bukan nama orang)', en: 'Responsible unit when the file has none (a position or sub-unit, not a person)' },
  template: { id: 'Unduh templat', en: 'Download the template' },
  check: { id: 'Periksa berkas', en: 'Check the file' },
  save: { id: 'Simpan sebagai draf', en: 'Save as drafts' },
  chooseFile: { id: 'Pilih berkas .csv atau .xlsx', en: 'Choose a .csv or .xlsx file' },
  refused: { id: 'Belum dapat diimpor; tidak ada yang disimpan:', en: 'Cannot be imported yet; nothing was saved:' },
  more: { id: 'masalah lain', en: 'more problems' },
  unreachable: { id: 'CMS tidak dapat dihubungi', en: 'The CMS cannot be reached' },
  layout: { id: 'Tata letak', en: 'Layout' },
  sipd: { id: 'ekspor realisasi SIPD (pemetaan kolom belum diverifikasi)', en: 'SIPD realisation export (column mapping unverified)' },
  templat: { id: 'templat impor', en: 'import template' },
  skipped: { id: 'baris subtotal program/kegiatan dilewati', en: 'programme/activity subtotal rows skipped' },
  create: { id: 'baru', en: 'new' },
  update: { id: 'diubah', en: 'updated' },
  unchanged: { id: 'tidak berubah', en: 'unchanged' },
  action: { id: 'Tindakan', en: 'Action' },
  document: { id: 'Data', en: 'Document' },
  rows: { id: 'Baris', en: 'Rows' },
  flagged: { id: 'Diterima dengan catatan:', en: 'Accepted with a remark:' },
  saving: { id: 'Menyimpan', en: 'Saving' },
  saved: { id: 'Tersimpan sebagai draf. Ajukan untuk ditelaah dari daftar datanya.', en: 'Saved as drafts. Submit them for review from their list.' },
} as const

/** Pick kind, OPD and file; check (dry run) shows what would change or every bad row; save writes drafts with progress. */
export const DataImportForm = ({ lang, kinds, opds }: { lang: Lang; kinds: { kind: string; label: string }[]; opds: { slug: string; name: string }[] }) => {
  const say = (key: keyof typeof TEXT) => TEXT[key][lang]
  const [kind, setKind] = useState(kinds[0]!.kind)
  const [opd, setOpd] = useState(opds[0]?.slug ?? '')
  const [ownerUnit, setOwnerUnit] = useState('')
  const [file, setFile] = useState<File>()
  const [summary, setSummary] = useState<Summary>()
  const [errors, setErrors] = useState<string[]>([])
  const [progress, setProgress] = useState<{ done: number; total: number }>()
  const [busy, setBusy] = useState(false)

  const reset = () => {
    setSummary(undefined)
    setErrors([])
    setProgress(undefined)
  }
  const refusal = (body: { errors?: { message: string }[]; more?: number }) => [...(body.errors ?? []).map((e) => e.message), ...(body.more ? [`+ ${body.more} ${say('more')}`] : [])]

  const send = async (dryRun: boolean) => {
    if (!file) return setErrors([say('chooseFile')])
    setBusy(true)
    setErrors([])
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ ownerUnit }))
    const url = `/api/import/${kind}?opd=${encodeURIComponent(opd)}&${dryRun ? 'dryRun=1' : 'progress=1'}`
    try {
      const response = await fetch(url, { method: 'POST', credentials: 'include', body: form })
      if (!response.ok) return setErrors(refusal(await response.json().catch(() => ({}))))
      if (dryRun) return setSummary((await response.json()) as Summary)
      // The commit streams one JSON line per document written, then the result or the refusal.
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        const lines = buffer.split('\n')
        buffer = lines.pop() ?? ''
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as { progress?: { done: number; total: number }; result?: Summary; errors?: { message: string }[] }
          if (message.progress) setProgress(message.progress)
          if (message.result) setSummary(message.result)
          if (message.errors) setErrors(refusal(message))
        }
      }
    } catch (error) {
      setErrors([`${say('unreachable')}: ${(error as Error).message}`])
    } finally {
      setBusy(false)
    }
  }
  const row = { display: 'grid', gap: '0.25rem', maxWidth: '36rem' } as const

  return (
    <div style={{ display: 'grid', gap: '0.75rem', margin: '1rem 0' }}>
      <label style={row}>
        {say('kind')}
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value)
            reset()
          }}
        >
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <p>
        {say('template')}: <a href={`/api/import/${kind}/template?format=xlsx`}>XLSX</a> · <a href={`/api/import/${kind}/template?format=csv`}>CSV</a>
      </p>
      {opds.length > 1 && (
        <label style={row}>
          {say('opd')}
          <select
            value={opd}
            onChange={(e) => {
              setOpd(e.target.value)
              reset()
            }}
          >
            {opds.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label style={row}>
        {say('ownerUnit')}
        <input value={ownerUnit} onChange={(e) => setOwnerUnit(e.target.value)} />
      </label>
      <label style={row}>
        {say('file')}
        <input
          type="file"
          accept=".csv,.xlsx"
          onChange={(e) => {
            setFile(e.target.files?.[0])
            reset()
          }}
        />
      </label>
      <div style={{ display: 'flex', gap: '1rem' }}>
        <button type="button" disabled={busy} onClick={() => send(true)}>
          {say('check')}
        </button>
        <button type="button" disabled={busy || !summary || summary.written !== undefined || summary.counts.create + summary.counts.update === 0} onClick={() => send(false)}>
          {say('save')}
        </button>
      </div>
      {progress && (
        <label style={row}>
          {say('saving')} {progress.done}/{progress.total}
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      <ErrorList heading={say('refused')} errors={errors} />
      {summary && (
        <section role="status" aria-live="polite">
          <p>
            {say('layout')}: {say(summary.layout)}
            {summary.skipped ? ` (${summary.skipped} ${say('skipped')})` : ''}. {summary.counts.create} {say('create')}, {summary.counts.update} {say('update')}, {summary.counts.unchanged} {say('unchanged')}.
          </p>
          {summary.written && <p>{say('saved')}</p>}
          {summary.flags.length > 0 && (
            <>
              <strong>{say('flagged')}</strong>
              <ul>
                {summary.flags.map((f) => (
                  <li key={f.message}>{f.message}</li>
                ))}
              </ul>
            </>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">{say('action')}</th>
                <th scope="col">{say('document')}</th>
                <th scope="col">{say('rows')}</th>
              </tr>
            </thead>
            <tbody>
              {(summary.written ?? summary.documents).map((d) => {
                const doc = d as { action: string; id?: number | string; title: string; rows?: number[] }
                return (
                  <tr key={`${doc.title}-${doc.id ?? ''}`}>
                    <td>{say(doc.action as 'create' | 'update' | 'unchanged')}</td>
                    <td>{doc.id !== undefined ? <a href={`/admin/collections/${kind}/${doc.id}`}>{doc.title}</a> : doc.title}</td>
                    <td>{doc.rows?.join(', ') ?? ''}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  )
}
