import sharp from 'sharp'
import type { SeedFile } from './types.ts'

/** A one-page PDF saying it is sample data; small, valid, and deterministic for a title. */
export const samplePdf = (title: string): Buffer => {
  const text = `${title} - dokumen contoh (data contoh)`.replace(/[()\\]/g, (c) => `\\${c}`)
  const stream = `BT /F1 14 Tf 56 780 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)

/** A simple organisation-chart-like PNG, coloured from the name so each OPD's differs. */
export const samplePng = async (name: string): Promise<Buffer> => {
  const hue = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
    <rect width="1200" height="675" fill="hsl(${hue},45%,92%)"/>
    <rect x="470" y="60" width="260" height="90" rx="10" fill="hsl(${hue},55%,40%)"/>
    ${[0, 1, 2].map((i) => `<rect x="${130 + i * 340}" y="300" width="260" height="90" rx="10" fill="hsl(${hue},45%,55%)"/><line x1="600" y1="150" x2="${260 + i * 340}" y2="300" stroke="#333" stroke-width="3"/>`).join('')}
    <text x="600" y="560" font-family="sans-serif" font-size="36" text-anchor="middle" fill="#222">${escapeXml(name)} (contoh)</text>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

export const MIME: Record<SeedFile['$file'], string> = {
  png: 'image/png',
  pdf: 'application/pdf',
  csv: 'text/csv',
  json: 'application/json',
}

export const fileBytes = async (file: SeedFile): Promise<Buffer> => {
  switch (file.$file) {
    case 'png':
      return samplePng(file.name)
    case 'pdf':
      return samplePdf(file.name)
    default:
      return Buffer.from(file.content ?? '', 'utf8')
  }
}
