/** Formatting for Indonesian readers. Pure and deterministic: the same input gives the same text on every machine. */

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']

const grouped = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })

/** Whole number with Indonesian grouping: 1.234.567. */
export const formatNumber = (value: number, decimals = 0): string =>
  decimals === 0 ? grouped.format(value) : new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)

/** "Rp 1.234.567" (amounts are whole Rupiah). */
export const formatRupiah = (value: number): string => `Rp ${grouped.format(value)}`

/** "85,23%"; a dash when there is no percentage (ceiling 0). */
export const formatPercent = (value: number | null | undefined, decimals = 2): string =>
  value == null ? '–' : `${formatNumber(value, decimals)}%`

/** Up to `decimals` decimals, without trailing zeros: 3,62 or 85. */
export const formatDecimal = (value: number, decimals = 2): string => new Intl.NumberFormat('id-ID', { maximumFractionDigits: decimals }).format(value)

/** The YYYY-MM-DD part of a date or ISO timestamp, read as written (no time-zone shift). */
export const isoDay = (value: string): string => value.slice(0, 10)

/** "28 November 2026" from "2026-11-28" or "2026-11-28T05:30:00+07:00". */
export const formatDate = (value: string): string => {
  const [y, m, d] = isoDay(value).split('-').map(Number) as [number, number, number]
  if (!y || !m || !d || m > 12) return value
  return `${d} ${MONTHS[m - 1]} ${y}`
}

/** "1,2 MB", "350 KB" (1 KB = 1024 bytes). */
export const formatBytes = (bytes: number): string => {
  if (bytes >= 1024 * 1024) return `${formatDecimal(bytes / (1024 * 1024), 1)} MB`
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
}

/** Link targets people may follow from content: web and mail only (no javascript:, data:, ...). */
export const safeUrl = (url: unknown): string | undefined =>
  typeof url === 'string' && /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined

/** Phone number as a tel: link target. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '').replace(/^0/, '+62')}`

/** An id fragment derived from text, for deterministic anchors. */
export const slugId = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48) || 'x'
