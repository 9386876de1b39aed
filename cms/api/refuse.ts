/** The API's refusal: its status and one message, never cached (what a client did wrong may be fixed at once). */
export const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })
