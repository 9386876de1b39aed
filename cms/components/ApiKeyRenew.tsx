'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * Beside an API client's save button: make a new key (the old one stops working at once) and show it this
 * one time; only its hash is stored (cms/api/ApiClients.ts).
 */
export const ApiKeyRenew = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const [key, setKey] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const renew = async () => {
    if (!window.confirm(en ? 'Make a new key? The current key stops working at once.' : 'Buat kunci baru? Kunci yang sekarang langsung tidak berlaku.')) return
    setBusy(true)
    setError('')
    try {
      const response = await fetch(`/api/api-clients/${id}/renew-key`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { key?: string; errors?: { message: string }[] }
      if (!response.ok || !body.key) setError(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
      else setKey(body.key)
    } catch (failure) {
      setError(`${en ? 'The CMS cannot be reached' : 'CMS tidak dapat dihubungi'}: ${(failure as Error).message}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div style={{ display: 'grid', gap: '0.25rem', alignSelf: 'center' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={renew} style={{ margin: 0 }}>
        {en ? 'Make a new key' : 'Buat kunci baru'}
      </button>
      {key && (
        <output style={{ maxWidth: '36rem' }}>
          {en ? 'Copy it now; it is not shown again:' : 'Salin sekarang; kunci tidak ditampilkan lagi:'} <code style={{ userSelect: 'all', wordBreak: 'break-all' }}>{key}</code>
        </output>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  )
}
