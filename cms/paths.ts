import path from 'node:path'

/** Repository root: scripts run from it through npm, and Next runs in cms/. */
export const rootDir = path.basename(process.cwd()) === 'cms' ? path.dirname(process.cwd()) : process.cwd()

/** Where the embedded database, uploads and the generated secret live (ignored by git). */
export const dataDir = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(rootDir, 'data')
