import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { BlockList, isIP } from 'node:net'
import type { Payload } from 'payload'
import { externalLinks, type ExternalLink, type LinkStatus } from '../../schemas/compliance/index.ts'
import { loadComplianceContent } from './content.ts'

export interface CheckOptions {
  /** Per address, redirects included. */
  timeoutMs?: number
  /** Pause before the second try of an address that failed for another reason than 404/410. */
  retryDelayMs?: number
  concurrency?: number
  /**
   * Whether loopback and private-network addresses may be requested. Off by default: the addresses come
   * from editors, and a public checker must not probe the server's own network (`LINK_CHECK_ALLOW_PRIVATE=1`).
   */
  allowPrivate?: boolean
}

export interface Probe {
  ok: boolean
  status: number | null
  error: string | null
}

const MAX_REDIRECTS = 5
const USER_AGENT = 'PortalOPD-LinkChecker/1.0 (pemeriksa tautan kepatuhan)'

const PRIVATE = new BlockList()
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) PRIVATE.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6')

/** Loopback, private, link-local and unspecified addresses, IPv4-mapped IPv6 included. */
export const isPrivateAddress = (address: string): boolean => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped) return PRIVATE.check(mapped, 'ipv4')
  const family = isIP(address)
  return family === 4 ? PRIVATE.check(address, 'ipv4') : family === 6 ? PRIVATE.check(address, 'ipv6') : false
}

class PrivateTarget extends Error {
  code = 'EPRIVATE'
}

/** dns.lookup that refuses names resolving to the server's own networks (checked where the connection is made, so redirects and rebinding are covered). */
const guardedLookup = ((hostname: string, options: { all?: boolean }, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, [])
    if (addresses.some((a) => isPrivateAddress(a.address))) return callback(new PrivateTarget(hostname), [])
    if (options.all) return callback(null, addresses)
    callback(null, addresses[0]!.address, addresses[0]!.family)
  })
}) as unknown as typeof dnsLookup

const HTTP_REASONS: Record<number, string> = { 404: 'halaman tidak ditemukan', 410: 'halaman sudah dihapus', 401: 'perlu login', 403: 'akses ditolak' }
const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'nama domain tidak ditemukan',
  EAI_AGAIN: 'nama domain tidak dapat dicari',
  ECONNREFUSED: 'koneksi ditolak server',
  ECONNRESET: 'koneksi diputus server',
  EHOSTUNREACH: 'server tidak terjangkau',
  ENETUNREACH: 'jaringan tidak terjangkau',
  EPRIVATE: 'alamat mengarah ke jaringan internal, tidak dapat dibuka warga',
}

const describeError = (error: NodeJS.ErrnoException, timeoutMs: number): string => {
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return `server tidak menjawab dalam ${timeoutMs / 1000} detik`
  if (error.code && NETWORK_REASONS[error.code]) return NETWORK_REASONS[error.code]!
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(error.code ?? '')) return `sertifikat TLS tidak sah (${error.code})`
  return `tidak dapat dibuka (${error.code ?? error.message})`
}

/** One request, no body read: the status and, for a redirect, where to. */
const request = (url: URL, method: 'HEAD' | 'GET', signal: AbortSignal, allowPrivate: boolean) =>
  new Promise<{ status: number; location?: string }>((resolve, reject) => {
    if (!allowPrivate && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) return reject(new PrivateTarget(url.hostname))
    const send = url.protocol === 'https:' ? https.request : http.request
    const req = send(url, { method, signal, headers: { 'user-agent': USER_AGENT, accept: '*/*' }, ...(allowPrivate ? {} : { lookup: guardedLookup }) }, (res) => {
      resolve({ status: res.statusCode ?? 0, ...(res.headers.location ? { location: res.headers.location } : {}) })
      res.destroy()
    })
    req.on('error', reject)
    req.end()
  })

/**
 * Whether an address opens for a citizen: HEAD (GET where the server refuses HEAD), following up to five
 * redirects, within the time limit. Never throws; the reason is in Bahasa Indonesia.
 */
export const probe = async (address: string, { timeoutMs = 10_000, allowPrivate = process.env.LINK_CHECK_ALLOW_PRIVATE === '1' }: CheckOptions = {}): Promise<Probe> => {
  const signal = AbortSignal.timeout(timeoutMs)
  let url = new URL(address)
  let method: 'HEAD' | 'GET' = 'HEAD'
  try {
    for (let hops = 0; hops <= MAX_REDIRECTS; ) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, status: null, error: `dialihkan ke alamat yang bukan web (${url.protocol})` }
      const { status, location } = await request(url, method, signal, allowPrivate)
      if ((status === 405 || status === 501) && method === 'HEAD') {
        method = 'GET'
        continue
      }
      if (status >= 300 && status < 400 && location) {
        url = new URL(location, url)
        hops++
        continue
      }
      if (status >= 200 && status < 400) return { ok: true, status, error: null }
      return { ok: false, status, error: `${HTTP_REASONS[status] ?? (status >= 500 ? 'server bermasalah' : 'ditolak server')} (HTTP ${status})` }
    }
    return { ok: false, status: null, error: `terlalu banyak pengalihan (lebih dari ${MAX_REDIRECTS})` }
  } catch (error) {
    return { ok: false, status: null, error: describeError(error as NodeJS.ErrnoException, timeoutMs) }
  }
}

/** A second try for what may pass: not for a page the server says is gone. */
const definitive = (result: Probe) => result.ok || result.status === 404 || result.status === 410

const where = (link: ExternalLink) => `${link.unit || 'provinsi'} · ${link.item} · ${link.field}`

/**
 * The scheduled link checker: every external address of published content, each checked once however many
 * items hold it, results stored in `link-checks` (one record per address, with the first day of the current
 * failure); records of addresses no longer published are removed. The compliance engine reads the results.
 */
export const checkLinks = async (payload: Payload, options: CheckOptions = {}) => {
  const { retryDelayMs = 2_000, concurrency = 8 } = options
  const links = externalLinks(await loadComplianceContent(payload))
  const places = new Map<string, ExternalLink[]>()
  for (const link of links) places.set(link.url, [...(places.get(link.url) ?? []), link])
  const { docs } = await payload.find({ collection: 'link-checks', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const previous = new Map(docs.map((doc) => [doc.url, doc]))

  const queue = [...places.keys()]
  const results: LinkStatus[] = []
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      let result = await probe(url, options)
      if (!definitive(result)) {
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs))
        result = await probe(url, options)
      }
      const checkedAt = new Date().toISOString()
      const before = previous.get(url)
      const brokenSince = result.ok ? null : before && !before.ok ? (before.brokenSince ?? before.checkedAt) : checkedAt
      const data = { url, ...result, checkedAt, brokenSince, usedIn: places.get(url)!.map(where).join('\n') }
      if (before) await payload.update({ collection: 'link-checks', id: before.id, data, overrideAccess: true })
      else await payload.create({ collection: 'link-checks', data, overrideAccess: true })
      results.push(data)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  const gone = docs.filter((doc) => !places.has(doc.url)).map((doc) => doc.id)
  if (gone.length > 0) await payload.delete({ collection: 'link-checks', where: { id: { in: gone } }, overrideAccess: true })
  return { checked: results.length, broken: results.filter((r) => !r.ok).sort((a, b) => (a.url < b.url ? -1 : 1)) }
}

