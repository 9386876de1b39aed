import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { rootDir } from '../../cms/paths.ts'

const INPUTS = ['cms', 'schemas', 'package-lock.json']
// Outputs of the build itself (next-env.d.ts is written by `next build`) must not invalidate it.
const SKIP = new Set(['.next', 'node_modules', 'migrations', 'payload-types.ts', 'next-env.d.ts', 'tsconfig.tsbuildinfo'])

const files = (entry: string): string[] => {
  const full = path.join(rootDir, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name) => files(path.join(entry, name)))
}

/** Hash of everything the admin build depends on, so a later start can skip `next build` when nothing changed. */
export const adminSourceHash = (): string => {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(files)) hash.update(file).update(readFileSync(path.join(rootDir, file)))
  return hash.digest('hex')
}

const stampFile = () => path.join(rootDir, 'cms', '.next', 'portal-source-hash')

export const adminBuildIsCurrent = (hash: string) =>
  existsSync(path.join(rootDir, 'cms', '.next', 'BUILD_ID')) && existsSync(stampFile()) && readFileSync(stampFile(), 'utf8') === hash

export const markAdminBuilt = (hash: string) => writeFileSync(stampFile(), hash)
