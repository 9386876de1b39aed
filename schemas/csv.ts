/**
 * RFC 4180 CSV, the one writer of every CSV the project produces (site downloads, reports, the audit log,
 * import templates): a field is quoted when it holds the separator, a quote or a line end; CRLF line ends.
 * Objects are written as JSON, null and undefined as empty fields. Text that a spreadsheet would run as a
 * formula is neutralised (`neutraliseFormula`).
 */
export const toCsv = (rows: readonly (readonly unknown[])[], separator: ',' | ';' = ','): string => {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : typeof value === 'string' ? neutraliseFormula(value) : String(value)
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return `${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`
}

const FORMULA_START = /^[=+\-@\t\r]/
const INERT = /^-?\d+(\.\d+)?$|^-$/

// OWASP CSV injection: text starting with = + - @, tab or CR gets a leading ' (shown as text, never run), except a plain number ("-1500000") or a lone "-".
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) && !INERT.test(text) ? `'${text}` : text)
