import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSites } from '../../sites/lib/serve.ts'

describe('the static server of the sites', () => {
  let root: string
  let server: Server
  const get = (pathname: string, host: string) =>
    new Promise<{ status: number; body: string; cache: string | undefined; location: string | undefined }>((resolve, reject) => {
      // fetch() cannot set Host: a raw request stands in for a browser on each OPD's host.
      request({ port: (server.address() as AddressInfo).port, path: pathname, headers: { host } }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, body, cache: res.headers['cache-control'], location: res.headers.location }))
      })
        .on('error', reject)
        .end()
    })

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'portal-serve-'))
    for (const [file, text] of Object.entries({
      'index.html': 'portal',
      'dinkes/index.html': 'dinkes',
      'dinkes/_media/abc-320.webp': 'image',
      'redirects.json': JSON.stringify({ 'dinkes-lama/': 'https://dinkes.bantenprov.go.id/', 'dinkes-lama/layanan/imunisasi/': 'https://dinkes.bantenprov.go.id/layanan/imunisasi/' }),
    })) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), text)
    }
    server = await serveSites({ root, port: 0, layout: { mode: 'hosts', origin: 'https://bantenprov.go.id', domain: 'bantenprov.go.id' } })
  })
  afterAll(() => {
    server?.close()
    rmSync(root, { recursive: true, force: true })
  })

  it("serves each OPD's host from its folder and the portal from the root", async () => {
    await expect(get('/', 'dinkes.bantenprov.go.id')).resolves.toMatchObject({ status: 200, body: 'dinkes', cache: 'no-cache' })
    await expect(get('/', 'bantenprov.go.id')).resolves.toMatchObject({ status: 200, body: 'portal' })
    await expect(get('/_media/abc-320.webp', 'dinkes.bantenprov.go.id')).resolves.toMatchObject({ status: 200, cache: 'public, max-age=31536000, immutable' })
  })

  it('answers 404 for a missing page or host, and never leaves the output folder', async () => {
    await expect(get('/tidak-ada/', 'dinkes.bantenprov.go.id')).resolves.toMatchObject({ status: 404 })
    await expect(get('/', 'bukan_opd!.bantenprov.go.id')).resolves.toMatchObject({ status: 404 })
    await expect(get('/../../etc/passwd', 'bantenprov.go.id')).resolves.toMatchObject({ status: 404 })
  })

  it('answers the old address of a renamed or merged OPD with a 301 to where the page went', async () => {
    await expect(get('/layanan/imunisasi/', 'dinkes-lama.bantenprov.go.id')).resolves.toMatchObject({ status: 301, location: 'https://dinkes.bantenprov.go.id/layanan/imunisasi/' })
    await expect(get('/layanan/imunisasi', 'dinkes-lama.bantenprov.go.id')).resolves.toMatchObject({ status: 301, location: 'https://dinkes.bantenprov.go.id/layanan/imunisasi/' })
    await expect(get('/', 'dinkes-lama.bantenprov.go.id')).resolves.toMatchObject({ status: 301, location: 'https://dinkes.bantenprov.go.id/' })
    await expect(get('/constructor/', 'dinkes-lama.bantenprov.go.id')).resolves.toMatchObject({ status: 404 })
  })
})
