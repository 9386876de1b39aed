/** Small pages the CMS answers citizens with (the forms themselves are on the static sites). */

export const escapeHtml = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const STYLE =
  'body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b}main{max-width:40rem;margin:0 auto;padding:1rem}' +
  'h1{font-size:1.5rem;line-height:1.25}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}' +
  '.tiket{font:700 1.25rem/1.4 ui-monospace,monospace;letter-spacing:.05em;background:#eef3f8;padding:.5rem .75rem;display:inline-block}' +
  '.notice{border-left:4px solid #0b5394;background:#eef3f8;padding:.5rem 1rem}.error{border-left:4px solid #a40000;background:#fbeeee;padding:.5rem 1rem}' +
  'label{display:block;font-weight:600;margin-top:.75rem}input,select,textarea{font:inherit;width:100%;max-width:36rem;box-sizing:border-box}' +
  'input[type=checkbox]{width:auto}button{font:inherit;margin-top:1rem;padding:.5rem 1rem}.hp{position:absolute;left:-10000px}'

/** A whole page: never cached (it may carry a ticket), never indexed. */
export const htmlPage = (status: number, title: string, body: string) =>
  new Response(`<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'no-referrer', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" },
  })
