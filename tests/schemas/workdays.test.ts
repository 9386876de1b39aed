import { describe, expect, it } from 'vitest'
import { addWorkingDays, dayInJakarta, isWorkingDay, workingDaysBetween } from '../../schemas/index.ts'

// 2026-12-25 (Friday) is Christmas; 2026-12-24 a joint leave day; 2027-01-01 (Friday) New Year.
const HOLIDAYS = new Set(['2026-12-24', '2026-12-25', '2027-01-01'])

describe('working days in WIB with the province holiday calendar', () => {
  it('knows weekends and holidays', () => {
    expect(isWorkingDay('2026-11-27', HOLIDAYS)).toBe(true) // Friday
    expect(isWorkingDay('2026-11-28', HOLIDAYS)).toBe(false) // Saturday
    expect(isWorkingDay('2026-11-29', HOLIDAYS)).toBe(false) // Sunday
    expect(isWorkingDay('2026-12-25', HOLIDAYS)).toBe(false)
  })

  it('counts ten working days from the day after receipt, across weekends and holidays', () => {
    // Received Friday 27 Nov: Mon 30 Nov ... Fri 11 Dec is the tenth.
    expect(addWorkingDays('2026-11-27', 10, HOLIDAYS)).toBe('2026-12-11')
    // Received on a Saturday: counting starts Monday.
    expect(addWorkingDays('2026-11-28', 1, HOLIDAYS)).toBe('2026-11-30')
    // Received Mon 21 Dec: 22, 23, (24, 25 off), 28, 29, 30, 31, (1 Jan off), 4, 5, 6, 7 Jan.
    expect(addWorkingDays('2026-12-21', 10, HOLIDAYS)).toBe('2027-01-07')
    // The extension of seven more, from the first deadline.
    expect(addWorkingDays('2027-01-07', 7, HOLIDAYS)).toBe('2027-01-18')
    expect(addWorkingDays('2026-12-21', 0, HOLIDAYS)).toBe('2026-12-21')
    expect(() => addWorkingDays('2026-12-21', -1, HOLIDAYS)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-12-21', 1.5, HOLIDAYS)).toThrow(RangeError)
  })

  it('measures working days between two days, the inverse of adding them', () => {
    expect(workingDaysBetween('2026-12-21', '2027-01-07', HOLIDAYS)).toBe(10)
    expect(workingDaysBetween('2026-11-27', '2026-11-27', HOLIDAYS)).toBe(0)
    expect(workingDaysBetween('2026-11-28', '2026-11-29', HOLIDAYS)).toBe(0)
    expect(workingDaysBetween('2027-01-07', '2026-12-21', HOLIDAYS)).toBe(-10)
    for (const [start, n] of [['2026-11-02', 3], ['2026-12-23', 5], ['2026-12-31', 1]] as const) expect(workingDaysBetween(start, addWorkingDays(start, n, HOLIDAYS), HOLIDAYS)).toBe(n)
  })

  it('takes the day in WIB, not in UTC', () => {
    // 18:30 UTC on 27 Nov is 01:30 on 28 Nov in Jakarta.
    expect(dayInJakarta('2026-11-27T18:30:00Z')).toBe('2026-11-28')
    expect(dayInJakarta('2026-11-27T16:59:59Z')).toBe('2026-11-27')
  })
})
