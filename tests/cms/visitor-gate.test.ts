import { describe, expect, it } from 'vitest'
import { createVisitorGate } from '../../cms/api/cost.ts'

/** A task that ends when the test says so. */
const controlled = () => {
  let finish!: (response: Response) => void
  const done = new Promise<Response>((resolve) => (finish = resolve))
  return { task: () => done, finish: (status = 200) => finish(new Response('ok', { status })) }
}

describe("the visitors' gate", () => {
  it('runs a few at a time, queues a bounded number, and refuses the rest at once with 503 and Retry-After', async () => {
    const gate = createVisitorGate({ concurrency: 2, queue: 2, perClient: 10, timeLimitMs: 60_000 })
    const tasks = Array.from({ length: 5 }, controlled)
    const answers = tasks.map((t, i) => gate.pass(`client-${i}`, t.task))
    const fifth = await answers[4]!
    expect(fifth.status).toBe(503)
    expect(fifth.headers.get('retry-after')).toBe('60')
    expect((await fifth.json()).errors[0].message).toMatch(/coba lagi/)
    expect(gate.load()).toEqual({ running: 2, waiting: 2 })
    for (const t of tasks) t.finish()
    expect((await Promise.all(answers.slice(0, 4))).map((r) => r.status)).toEqual([200, 200, 200, 200])
    expect(gate.load()).toEqual({ running: 0, waiting: 0 })
  })

  it('holds one client to its share of the queue', async () => {
    const gate = createVisitorGate({ concurrency: 1, queue: 10, perClient: 2, timeLimitMs: 60_000 })
    const tasks = Array.from({ length: 3 }, controlled)
    const answers = tasks.map((t) => gate.pass('one', t.task))
    expect((await answers[2]!).status).toBe(503)
    const other = controlled()
    const fromAnother = gate.pass('another', other.task)
    for (const t of [...tasks, other]) t.finish()
    expect((await Promise.all([answers[0]!, answers[1]!, fromAnother])).map((r) => r.status)).toEqual([200, 200, 200])
  })

  it('answers 503 when the time is up, waiting or running, and keeps a running task’s turn until it really ends', async () => {
    const gate = createVisitorGate({ concurrency: 1, queue: 5, perClient: 5, timeLimitMs: 50 })
    const slow = controlled()
    const waiting = controlled()
    const [running, queued] = [gate.pass('a', slow.task), gate.pass('b', waiting.task)]
    const [late, lateInQueue] = await Promise.all([running, queued])
    expect(late.status).toBe(503)
    expect((await late.json()).errors[0].message).toMatch(/batas waktu/)
    expect(lateInQueue.status).toBe(503)
    // The slow task still holds the only turn: the queued one left, and a new one waits for the turn.
    expect(gate.load()).toEqual({ running: 1, waiting: 0 })
    const next = controlled()
    const after = gate.pass('c', next.task)
    expect(gate.load()).toEqual({ running: 1, waiting: 1 })
    slow.finish()
    next.finish()
    expect((await after).status).toBe(200)
    expect(gate.load()).toEqual({ running: 0, waiting: 0 })
  })
})
