import { expect } from 'vitest'
import type { HttpClient } from './http.ts'

/**
 * An edit as the product makes it go live: the OPD's editor saves it (a draft) and submits it, a Kominfo
 * reviewer publishes it, all through the HTTP API.
 */
export const publishEdit = async (http: HttpClient, collection: string, id: string | number, data: Record<string, unknown>, tokens: { editor: string; reviewer: string }) => {
  const steps = [
    ['save', () => http.patch(`${collection}/${id}`, data, tokens.editor)],
    ['submit', () => http.post(`${collection}/${id}/workflow`, { action: 'submit' }, tokens.editor)],
    ['publish', () => http.post(`${collection}/${id}/workflow`, { action: 'publish' }, tokens.reviewer)],
  ] as const
  for (const [name, run] of steps) {
    const response = await run()
    expect(response.status, `${name}: ${response.text}`).toBe(200)
  }
}
