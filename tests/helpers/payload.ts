import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { inject } from 'vitest'
import { cloneDatabase, dropDatabase, testDb } from './databases.ts'
import { TEST_SECRET } from './globalSetup.ts'

export interface TestCms {
  payload: Payload
  config: Promise<SanitizedConfig>
  close: () => Promise<void>
}

/** A real Payload on a private copy of the seeded database of the project's kind. */
export const openSeededCms = async (label: string): Promise<TestCms> => {
  const uri = await cloneDatabase(inject('seededUri'), label)
  process.env.DATABASE_URI = uri
  process.env.DATA_DIR = inject('dataDir')
  process.env.PAYLOAD_SECRET = TEST_SECRET
  const { default: config } = await import('../../cms/payload.config.ts')
  const payload = await getPayload({ config, cron: false })
  return {
    payload,
    config,
    close: async () => {
      await payload.destroy()
      await dropDatabase(uri, testDb())
    },
  }
}
