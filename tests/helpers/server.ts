import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface RunningCms {
  url: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * The README's start command, for real: `npm start` on an empty data folder (migrate, seed, build the
 * admin if needed, serve in production mode), waited for until GraphQL answers.
 */
export const startCms = async (port: number, env: Record<string, string> = {}): Promise<RunningCms> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-'))
  const child: ChildProcess = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URI: '', PAYLOAD_SECRET: 'e2e-only-secret', ...env },
  })
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 10 * 60 * 1000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${log}`)
    if (log.includes('Portal OPD is running')) break
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${log}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null) return
      process.kill(-child.pid!, 'SIGTERM')
      await new Promise((r) => child.once('exit', r))
    },
  }
}
