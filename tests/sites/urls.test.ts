import { describe, expect, it } from 'vitest'
import { PROVINCE } from '../../sites/lib/snapshot.ts'
import { createUrls } from '../../sites/lib/urls.ts'

describe('site URLs in both layouts', () => {
  it('puts everything on one origin by default: portal at /, each OPD under /<slug>/', () => {
    const urls = createUrls({ mode: 'paths', origin: 'http://localhost:4321/' })
    expect(urls.absolute(PROVINCE, 'layanan/')).toBe('http://localhost:4321/layanan/')
    expect(urls.absolute('dinkes', 'layanan/ambulans/')).toBe('http://localhost:4321/dinkes/layanan/ambulans/')
    expect(urls.href('dinkes', 'dinkes', 'profil/')).toBe('/dinkes/profil/')
    expect(urls.href(PROVINCE, 'dinkes', 'layanan/')).toBe('/dinkes/layanan/')
    expect(urls.href('dinkes', PROVINCE, 'cari/')).toBe('/cari/')
    expect(urls.file('dinkes', 'profil/')).toBe('dinkes/profil/')
    expect(urls.file(PROVINCE, 'opd/')).toBe('opd/')
  })

  it('gives each OPD its own host: root-relative within a site, absolute across sites, same files on disk', () => {
    const urls = createUrls({ mode: 'hosts', origin: 'https://bantenprov.go.id', domain: 'bantenprov.go.id' })
    expect(urls.absolute('dinkes', 'layanan/ambulans/')).toBe('https://dinkes.bantenprov.go.id/layanan/ambulans/')
    expect(urls.absolute(PROVINCE)).toBe('https://bantenprov.go.id/')
    expect(urls.href('dinkes', 'dinkes', 'profil/')).toBe('/profil/')
    expect(urls.href(PROVINCE, 'dinkes', 'layanan/')).toBe('https://dinkes.bantenprov.go.id/layanan/')
    expect(urls.href('dinkes', PROVINCE, 'cari/')).toBe('https://bantenprov.go.id/cari/')
    expect(urls.href('dinkes', 'bapenda')).toBe('https://bapenda.bantenprov.go.id/')
    expect(urls.file('dinkes', 'profil/')).toBe('dinkes/profil/')
  })

  it('refuses the per-host layout without a domain', () => {
    expect(() => createUrls({ mode: 'hosts', origin: 'https://bantenprov.go.id' })).toThrow(/SITES_DOMAIN/)
  })
})
