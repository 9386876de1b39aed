'use client'
import { toast, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import type { Role } from '../access/roles.ts'
import { ACTION_LABELS, STATE_LABELS, type Action, type State } from '../workflow/labels.ts'

/** Publishing is a workflow step (below), never a plain save. */
export const NoPublishButton = () => null

/**
 * Beside the document's save button: the workflow steps this user may take on this document now, with a
 * reason where one is required and an optional publish/withdraw time. Saving stays Payload's "Save draft".
 */
export const WorkflowControls = () => {
  const { user } = useAuth<{ role?: Role; active?: boolean }>()
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'id'
  const state = (useFormFields(([fields]) => fields.workflowState?.value) as State | undefined) ?? 'draft'
  const router = useRouter()
  const [action, setAction] = useState<Action | ''>('')
  const [reason, setReason] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  // The server decides which steps this user may take now (cms/workflow/endpoint.ts); asked again when the stage changes.
  const [offered, setOffered] = useState<{ action: Action; reason: boolean }[]>([])
  const [taken, setTaken] = useState(0)
  useEffect(() => {
    if (!id || !collectionSlug) return
    let current = true
    fetch(`/api/${collectionSlug}/${id}/workflow`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { actions: [] }))
      .then((body: { actions: { action: Action; reason: boolean }[] }) => current && setOffered(body.actions))
      .catch(() => current && setOffered([]))
    return () => void (current = false)
  }, [collectionSlug, id, state, taken])
  if (!user || user.active === false || !id || !collectionSlug) return null
  if (offered.length === 0) return <span style={{ alignSelf: 'center' }}>{STATE_LABELS[state][lang]}</span>
  const needsReason = offered.find((o) => o.action === action)?.reason ?? false

  const run = async () => {
    if (!action) return
    setBusy(true)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ action, ...(reason ? { reason } : {}), ...(publishAt ? { publishAt: new Date(publishAt).toISOString() } : {}) }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      if (!response.ok) toast.error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`)
      else {
        toast.success(body.message ?? 'OK')
        setAction('')
        setReason('')
        setPublishAt('')
        setTaken((n) => n + 1)
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="workflow-controls" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <span>{STATE_LABELS[state][lang]}</span>
      <select aria-label={lang === 'en' ? 'Workflow step' : 'Langkah alur kerja'} value={action} onChange={(e) => setAction(e.target.value as Action)}>
        <option value="">{lang === 'en' ? 'Workflow…' : 'Alur kerja…'}</option>
        {offered.map(({ action: a }) => (
          <option key={a} value={a}>
            {ACTION_LABELS[a][lang]}
          </option>
        ))}
      </select>
      {needsReason && <input aria-label={lang === 'en' ? 'Reason' : 'Alasan'} placeholder={lang === 'en' ? 'Reason (required)' : 'Alasan (wajib)'} value={reason} onChange={(e) => setReason(e.target.value)} required />}
      {action === 'publish' && user.role !== 'opd-editor' && user.role !== 'opd-head' && (
        <input type="datetime-local" aria-label={lang === 'en' ? 'Publish at (optional)' : 'Terbit pada (opsional)'} value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
      )}
      <button type="button" className="btn btn--style-primary btn--size-medium" disabled={!action || busy || (needsReason && !reason.trim())} onClick={run}>
        {lang === 'en' ? 'Run' : 'Jalankan'}
      </button>
    </div>
  )
}
