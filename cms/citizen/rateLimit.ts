/**
 * Counts requests per client in fixed windows, in memory (one CMS process). Refusing is cheap: a flood
 * from a few clients costs a map lookup per request, so editors keep working.
 */
export const createLimiter = ({ max, windowMs, now = () => Date.now() }: { max: number; windowMs: number; now?: () => number }) => {
  const windows = new Map<string, { start: number; count: number }>()
  let swept = now()
  return {
    /** Counts one request; how long to wait (seconds) when over the limit, else 0. */
    hit: (key: string): number => {
      const at = now()
      if (at - swept > windowMs) {
        for (const [k, w] of windows) if (at - w.start >= windowMs) windows.delete(k)
        swept = at
      }
      const window = windows.get(key)
      if (!window || at - window.start >= windowMs) {
        windows.set(key, { start: at, count: 1 })
        return 0
      }
      window.count++
      return window.count > max ? Math.ceil((window.start + windowMs - at) / 1000) : 0
    },
  }
}

/**
 * At most `size` tasks at a time, the rest waiting in turn: a flood of submissions then takes a few of the
 * CMS's turns at a time, and editors' requests get theirs in between.
 */
export const createGate = (size: number) => {
  let running = 0
  const waiting: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}
