import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { RULEBOOK_VERSION, RULES, todayInJakarta } from '../../schemas/compliance/index.ts'
import { unavailable } from '../helpers/databases.ts'
import { TEST_SECRET } from '../helpers/globalSetup.ts'
import { httpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'

const skip = unavailable()
// The demo is seeded relative to today (in WIB), like the CLI's default date.
const today = todayInJakarta()

describe.skipIf(skip)('npm run compliance on the configured database', () => {
  let cms: TestCms
  let uri: string

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compliance.ts', ...args], {
      env: { ...process.env, DATABASE_URI: uri, DATA_DIR: inject('dataDir'), PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
      encoding: 'utf8',
    })

  beforeAll(async () => {
    cms = await openSeededCms('compliance_cli')
    uri = process.env.DATABASE_URI!
  })
  afterAll(async () => cms?.close())

  it('prints a JSON report in which the deliberately incomplete demo OPDs fail, each with its reason', () => {
    const run = cli('--format', 'json', '--at', today)
    expect(run.status, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ at: today, rulebookVersion: RULEBOOK_VERSION, province: { score: 100, category: 'informatif', failures: [] } })
    expect(report.opds).toHaveLength(42)
    const ruleIds = RULES.map((r) => r.id)
    const failing = Object.fromEntries(report.opds.filter((o: { failures: unknown[] }) => o.failures.length > 0).map((o: { slug: string; failures: { rule: string }[] }) => [o.slug, [...new Set(o.failures.map((f) => f.rule))].sort()]))
    expect(failing).toEqual({
      'badan-penghubung': expect.arrayContaining(['opd.profil.ada', 'opd.renja.tahun_ini', 'opd.realisasi.triwulan', 'opd.ppid.laporan']),
      'biro-organisasi': ['opd.profil.segar'],
      'rsud-malingping': ['opd.profil.segar', 'opd.skm.tahunan'],
      dispar: ['opd.realisasi.triwulan'],
      distan: ['opd.renja.tahun_ini'],
      desdm: ['opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan'],
      dkp: ['opd.ppid.laporan'],
    })
    for (const opd of report.opds) {
      expect(opd.score).toBeGreaterThanOrEqual(0)
      for (const failure of opd.failures) {
        expect(ruleIds).toContain(failure.rule)
        expect(failure.legalBasis.length).toBeGreaterThan(0)
        expect(typeof failure.message).toBe('string')
      }
      for (const deadline of opd.deadlines) expect(deadline).toEqual({ rule: expect.any(String), due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), overdue: expect.any(Boolean) })
    }
    const stale = report.opds.find((o: { slug: string }) => o.slug === 'biro-organisasi').failures[0]
    expect(stale.message).toMatch(/Terakhir ditinjau \d{4}-\d{2}-\d{2} \(\d+ hari lalu; batas 183 hari\)/)
  })

  it('reports one OPD in CSV or Markdown', () => {
    const csv = cli('--format', 'csv', '--opd', 'dkp', '--at', today)
    expect(csv.status, csv.stderr).toBe(0)
    expect(csv.stdout.split('\r\n')[0]).toBe('opd,nama,skor,kategori,aturan,dasar_hukum,item,pesan')
    expect(csv.stdout).toContain('dkp,Dinas Kelautan dan Perikanan,')
    expect(csv.stdout).toContain('opd.ppid.laporan')
    const md = cli('--format', 'md', '--opd', 'dkp', '--at', today)
    expect(md.stdout).toContain('## Dinas Kelautan dan Perikanan')
  })

  it('refuses an unknown OPD and a malformed date with a clear message and a non-zero exit', () => {
    const opd = cli('--opd', 'dinas-tidak-ada')
    expect(opd.status).toBe(2)
    expect(opd.stderr).toContain('OPD tidak dikenal: dinas-tidak-ada')
    for (const at of ['2026-02-30', '2026-13-01', '28-11-2026', 'kemarin']) {
      const bad = cli('--at', at)
      expect(bad.status, at).toBe(2)
      expect(bad.stderr).toContain('--at harus tanggal yang sah berformat YYYY-MM-DD')
    }
  })

  it('agrees with the public HTTP endpoint on the same database, which refuses a malformed date', async () => {
    const http = httpClient(cms.config)
    const run = cli('--format', 'json', '--at', today)
    const fromCli = JSON.parse(run.stdout)
    const response = await http.get(`compliance?at=${today}`)
    expect(response.status).toBe(200)
    expect(response.data).toEqual(fromCli)
    const bad = await http.get('compliance?at=2026-13-01')
    expect(bad.status).toBe(400)
    expect(bad.data.errors[0].message).toContain('YYYY-MM-DD')
  })
})
