import { ANONYMOUS_QUEUE_PER_CLIENT } from '../../schemas/api.ts'

/**
 * Requests in flight at once: the CMS queues an anonymous reader's requests up to ANONYMOUS_QUEUE_PER_CLIENT
 * and refuses the rest (503), so the builder stays well under that, as any well-behaved client would.
 */
const IN_FLIGHT = Math.max(1, Math.floor(ANONYMOUS_QUEUE_PER_CLIENT / 2))

/** How often a request answered 503 (the CMS busy) is sent again. */
const BUSY_RETRIES = 3

/** At most `size` calls of `task` running at once, the others waiting their turn. */
const limitConcurrency = (size: number) => {
  let running = 0
  const waiting: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    while (running >= size) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}

/**
 * The builder's way of asking the CMS anything (GraphQL, REST lists, files): at most IN_FLIGHT requests at
 * once, and a 503 (the CMS's queue for anonymous readers is full) sent again after its Retry-After, up to
 * BUSY_RETRIES times, before the build fails.
 */
export const politeFetch = (fetchImpl: typeof fetch = fetch): typeof fetch => {
  const inFlight = limitConcurrency(IN_FLIGHT)
  return async (input, init) => {
    for (let attempt = 1; ; attempt++) {
      const response = await inFlight(() => fetchImpl(input, init))
      if (response.status !== 503 || attempt > BUSY_RETRIES) return response
      await response.arrayBuffer()
      const wait = Math.min(Number(response.headers.get('retry-after')) || 1, 10)
      await new Promise((resolve) => setTimeout(resolve, wait * 1000))
    }
  }
}
