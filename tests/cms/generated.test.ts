import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const regenerate = (command: string, env: Record<string, string>) => {
  const result = spawnSync(process.execPath, ['node_modules/payload/bin.js', command], {
    env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', PAYLOAD_SECRET: 'generated-files-check', ...env },
    encoding: 'utf8',
  })
  expect(result.status, result.stderr).toBe(0)
}

describe('generated CMS files are committed as Payload generates them', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-generated-'))

  it('cms/payload-types.ts (run `npm run generate:types`)', () => {
    const out = path.join(dir, 'payload-types.ts')
    regenerate('generate:types', { PAYLOAD_TYPES_FILE: out })
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('cms/payload-types.ts', 'utf8'))
  })

  it('the admin import map (run `npm run payload -- generate:importmap`)', () => {
    // Beside the real one: the map's import paths are relative to its own folder.
    const out = path.resolve('cms/app/(payload)/admin/importMap.check.js')
    writeFileSync(out, '')
    try {
      regenerate('generate:importmap', { PAYLOAD_IMPORT_MAP_FILE: out })
      expect(readFileSync(out, 'utf8')).toBe(readFileSync('cms/app/(payload)/admin/importMap.js', 'utf8'))
    } finally {
      rmSync(out, { force: true })
    }
  })
}, 60_000)
