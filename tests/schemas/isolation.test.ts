import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SCHEMAS = path.resolve(import.meta.dirname, '../../schemas')

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|js|mjs|cjs)$/.test(entry.name) ? [full] : []
  })

/** Every module a source names: `import ... from`, bare `import '...'`, `export ... from`, `import()` and `require()`. */
const imports = (source: string) =>
  [...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!)

describe('schemas/ stands alone', () => {
  it('imports nothing from elsewhere in the repository, and no package but zod', () => {
    const offending: string[] = []
    for (const file of sourceFiles(SCHEMAS)) {
      for (const specifier of imports(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          const target = path.resolve(path.dirname(file), specifier)
          if (!target.startsWith(SCHEMAS + path.sep)) offending.push(`${path.relative(SCHEMAS, file)} -> ${specifier}`)
        } else if (specifier !== 'zod') offending.push(`${path.relative(SCHEMAS, file)} -> ${specifier}`)
      }
    }
    expect(offending).toEqual([])
  })
})
