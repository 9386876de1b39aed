/**
 * Working days, for legal deadlines counted in them (UU 14/2008 Ps. 22: ten working days for a request
 * for information, seven more once). Monday to Friday, except the holidays and joint leave days the
 * province lists (the national SKB each year). Dates are calendar days in WIB, `YYYY-MM-DD`.
 */

const day = (date: string) => new Date(`${date}T00:00:00Z`)
const iso = (date: Date) => date.toISOString().slice(0, 10)

export const isWorkingDay = (date: string, holidays: ReadonlySet<string>): boolean => {
  const weekday = day(date).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !holidays.has(date)
}

/** The `n`-th working day after `start` (the day of receipt itself does not count). */
export const addWorkingDays = (start: string, n: number, holidays: ReadonlySet<string>): string => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0, not ${n}`)
  const date = day(start)
  for (let left = n; left > 0; ) {
    date.setUTCDate(date.getUTCDate() + 1)
    if (isWorkingDay(iso(date), holidays)) left--
  }
  return iso(date)
}

/** Working days from `start` to `end`: 0 on the same day, counting `end` but not `start`; negative if `end` is earlier. */
export const workingDaysBetween = (start: string, end: string, holidays: ReadonlySet<string>): number => {
  if (end < start) return -workingDaysBetween(end, start, holidays)
  let count = 0
  for (const date = day(start); iso(date) < end; ) {
    date.setUTCDate(date.getUTCDate() + 1)
    if (isWorkingDay(iso(date), holidays)) count++
  }
  return count
}

/** The calendar day in WIB of an instant. */
export const dayInJakarta = (instant: Date | string | number): string => new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10)
