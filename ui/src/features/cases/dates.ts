/** Date helpers for the case pages' date pickers (values are `YYYY-MM-DD`). */

/** The calendar day a date picker cell stands for (the picker works in local time). */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${date.getFullYear()}-${month}-${day}`
}

/** A `disabled-date` for pickers: days before `earliest` or after `latest` are greyed out. */
export function outsideRange(earliest: () => string | null, latest: () => string) {
  return (date: Date): boolean => {
    const day = isoDay(date)
    const min = earliest()
    return day > latest() || (min !== null && day < min)
  }
}
