import { ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_LIMIT } from '../../schemas/api.ts'
import { refuse } from './refuse.ts'

const wholeNumber = (value: string) => (/^\d+$/.test(value) ? Number(value) : undefined)

/**
 * A visitor's REST read asking for more than a visitor may: a page over ANONYMOUS_MAX_LIMIT documents
 * (or all of them: `limit=0`, `pagination=false`, also for a join's `joins[field][limit]`), or relations
 * expanded deeper than ANONYMOUS_MAX_DEPTH. Returns the refusal (400), or undefined.
 */
export const refuseCostlyRead = (url: URL): Response | undefined => {
  for (const [name, value] of url.searchParams) {
    if (name === 'pagination' && value === 'false') {
      return refuse(400, `pagination=false (semua dokumen sekaligus) hanya untuk staf yang login; ambil per halaman dengan limit (paling banyak ${ANONYMOUS_MAX_LIMIT}) dan page.`)
    }
    if (name === 'limit' || /^joins\[[^\]]*\]\[limit\]$/.test(name)) {
      const limit = wholeNumber(value)
      if (limit === undefined || limit < 1 || limit > ANONYMOUS_MAX_LIMIT) {
        return refuse(400, `Parameter ${name}=${value.slice(0, 20)} tidak diterima: tanpa login paling banyak ${ANONYMOUS_MAX_LIMIT} dokumen per halaman (limit 1 sampai ${ANONYMOUS_MAX_LIMIT}); ambil halaman berikutnya dengan page.`)
      }
    }
    if (name === 'depth') {
      const depth = wholeNumber(value)
      if (depth === undefined || depth > ANONYMOUS_MAX_DEPTH) {
        return refuse(400, `Parameter depth=${value.slice(0, 20)} tidak diterima: tanpa login relasi dibuka paling dalam ${ANONYMOUS_MAX_DEPTH} tingkat (depth 0 sampai ${ANONYMOUS_MAX_DEPTH}).`)
      }
    }
  }
  return undefined
}

export interface VisitorGateOptions {
  /** Tasks running at once. */
  concurrency: number
  /** Tasks waiting at most, from everyone. */
  queue: number
  /** Tasks one client may have running or waiting. */
  perClient: number
  /** Milliseconds from arrival to answer, waiting included. */
  timeLimitMs: number
}

/**
 * Visitors' expensive reads take a few of the CMS's turns at a time (the rest wait in a bounded queue);
 * staff requests never enter it, so a flood of costly anonymous queries cannot starve editors. A request
 * that finds the queue full, or that is not answered within the time limit, gets 503 with Retry-After
 * at once. A task still running when its time is up keeps its turn until it ends (Payload's operations
 * cannot be cancelled), so the gate bounds the work actually done, not only the answers.
 */
export const createVisitorGate = ({ concurrency, queue, perClient, timeLimitMs }: VisitorGateOptions) => {
  let running = 0
  const waiting: (() => void)[] = []
  const perClientCount = new Map<string, number>()
  const seconds = Math.ceil(timeLimitMs / 1000)
  const busy = () => refuse(503, `Server sedang melayani banyak permintaan tanpa login; coba lagi dalam ${seconds} detik, atau kirim lebih sedikit permintaan sekaligus.`, { 'retry-after': String(seconds) })
  const late = () =>
    refuse(503, `Permintaan tidak selesai dalam batas waktu ${seconds} detik; perkecil kueri (limit per halaman, relasi yang dibuka) lalu coba lagi.`, { 'retry-after': String(seconds) })
  const release = (client: string) => {
    const left = (perClientCount.get(client) ?? 1) - 1
    if (left > 0) perClientCount.set(client, left)
    else perClientCount.delete(client)
  }

  const pass = async (client: string, task: () => Promise<Response>): Promise<Response> => {
    if ((perClientCount.get(client) ?? 0) >= perClient) return busy()
    if (running >= concurrency && waiting.length >= queue) return busy()
    perClientCount.set(client, (perClientCount.get(client) ?? 0) + 1)
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeLimitMs)))
    try {
      if (running >= concurrency) {
        let turn!: () => void
        const ready = new Promise<'ready'>((resolve) => (turn = () => resolve('ready')))
        waiting.push(turn)
        if ((await Promise.race([ready, deadline])) === 'late') {
          const at = waiting.indexOf(turn)
          if (at >= 0) waiting.splice(at, 1)
          else waiting.shift()?.() // the turn came in the same instant: hand it on
          release(client)
          return late()
        }
      }
      running++
      // Payload's reads are chains of promises that never wait for I/O on SQLite: without this turn of the
      // event loop, one visitor's task would start before the requests already waiting (editors') are read.
      await new Promise((resolve) => setImmediate(resolve))
      const work = task().finally(() => {
        running--
        release(client)
        waiting.shift()?.()
      })
      work.catch(() => {}) // after the deadline nobody awaits it; its failure is Payload's to log
      const answer = await Promise.race([work, deadline])
      return answer === 'late' ? late() : answer
    } finally {
      clearTimeout(timer)
    }
  }
  return { pass, load: () => ({ running, waiting: waiting.length }) }
}
