import { dateTimeFormat, relativeTimeFormat } from './intl-cache.js';

/** A time's label and the moment it goes stale. */
export interface TimeLabel {
  text: string;
  /** Epoch ms at which `text` next changes; `Infinity` when never. */
  changesAt: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Each relative unit covers ages below `size * count`; older ages move on to the next unit.
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['minute', MINUTE, 60],
  ['hour', HOUR, 24],
  ['day', DAY, 7],
];

/** Labels `date` as seen at `now` ("5 minutes ago", "hier", "26 mars") and says when the label changes. */
export function formatRelative(date: Date, now: number, locale: string): TimeLabel {
  const time = date.getTime();
  const age = now - time;
  // Future dates are clock skew between the feed's server and this reader: they are "now".
  if (age < MINUTE) return { text: relativeTimeFormat(locale).format(0, 'second'), changesAt: time + MINUTE };
  for (const [unit, size, count] of UNITS) {
    if (age < size * count) {
      const n = Math.floor(age / size);
      return { text: relativeTimeFormat(locale).format(-n, unit), changesAt: time + (n + 1) * size };
    }
  }
  const nextYear = new Date(now).getFullYear() + 1;
  const sameYear = date.getFullYear() + 1 === nextYear;
  return {
    text: dateTimeFormat(locale, { month: 'short', day: 'numeric', year: sameYear ? undefined : 'numeric' }).format(
      date,
    ),
    // A label without its year becomes ambiguous, and gains the year, when the local year turns.
    changesAt: sameYear ? new Date(nextYear, 0).getTime() : Infinity,
  };
}

/** The full local date and time, for `title` and screen readers ("dimanche 26 mars 2017 à 18:09"). */
export const formatFull = (date: Date, locale: string): string =>
  dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(date);
