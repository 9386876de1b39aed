import { z } from 'zod'
import { field } from './meta.ts'
import { formatted, ref, year } from './formats.ts'
import type { CrossIssue } from './define.ts'
import { t } from './text.ts'

/** Owning OPD of a document. Content belongs to the OPD, never to the account that wrote it. */
export const opdRef = () =>
  field(ref(), t('OPD', 'Work unit (OPD)'), 'The work unit (OPD) that owns and answers for this content.', { relationTo: 'opds' })

/** Fields every content type carries (STANDARD.md section 3). */
export const stewardship = {
  ownerUnit: field(
    z.string().min(2),
    t('Unit penanggung jawab', 'Responsible unit'),
    'The role or sub-unit in the OPD that keeps this item current, never a person, so ownership survives staff rotation.',
    { help: t('Tulis jabatan/bidang, bukan nama orang, misalnya "Sekretariat - Subbag Umum"', 'Write a position or sub-unit, not a person, e.g. "Secretariat - General Affairs"') },
  ),
  lastReviewedAt: field(
    formatted('date'),
    t('Terakhir ditinjau', 'Last reviewed'),
    'Date the owner unit last confirmed this item is correct; freshness rules count from here.',
  ),
}

/** A performance indicator with its unit, yearly target and realised value. */
export const indicator = () =>
  z.object({
    name: field(z.string().min(3), t('Nama indikator', 'Indicator name'), 'What is measured.'),
    unit: field(z.string().min(1), t('Satuan', 'Unit'), 'Unit of measurement, e.g. persen, dokumen, orang.'),
    year: field(year(), t('Tahun', 'Year'), 'Year the target applies to.'),
    target: field(z.number(), t('Target', 'Target'), 'Target value for the year.'),
    realised: field(z.number().optional(), t('Realisasi', 'Realised'), 'Value reached, once known.'),
  })

export const indicators = (min = 1) =>
  field(z.array(indicator()).min(min), t('Indikator', 'Indicators'), 'Performance indicators, one row per indicator and year.')

/** Legal instrument: kind, number and date, e.g. the Perda that set up an OPD. */
export const instrument = () =>
  z.object({
    title: field(z.string().min(3), t('Nama peraturan', 'Instrument title'), 'Title of the regulation or decision, e.g. "Perda Provinsi Banten".'),
    number: field(z.string().min(1), t('Nomor', 'Number'), 'Official number, e.g. "8 Tahun 2016".'),
    date: field(formatted('date'), t('Tanggal', 'Date'), 'Date of enactment.'),
  })

/** Cross rule of every document with a period: it cannot end before it starts. */
export const periodInOrder = (doc: { periodStart: number; periodEnd: number }): CrossIssue[] =>
  doc.periodEnd < doc.periodStart ? [{ path: ['periodEnd'], message: t('Akhir periode tidak boleh sebelum awal periode', 'Period end cannot be before period start') }] : []
