/**
 * RFC 4180 CSV, the one writer of every CSV the project produces (site downloads, reports, the audit log,
 * import templates): a field is quoted when it holds the separator, a quote or a line end; CRLF line ends.
 * Objects are written as JSON, null and undefined as empty fields.
 */
export const toCsv = (rows: readonly (readonly unknown[])[], separator: ',' | ';' = ','): string => {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return `${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`
}
