// Dates as RSS, Atom and JSON Feed publishers write them, read as feedparser reads them. Every field comes from the
// text through Date.UTC, never through `new Date(text)`, whose reading of anything but strict ISO 8601 differs between
// engines (WebKit refuses `… 10:00:18 Z`; Chromium makes a date of almost any text). A file of its own: only the
// syndication formats need it, and the native format keeps its strict rule (`asIsoDate`).

// W3C-DTF and RFC 3339: a year, a month, a day, then a time without or with seconds and fraction, then a zone.
const W3CDTF = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(z|[+-]\d\d(?::?\d\d)?)?)?)?)?$/;
const TIME = /^(\d\d?):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?(z|[+-]\d\d:?\d\d)?$/;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// Zone names other than RFC 822's in minutes east of UTC. RFC 822's North American ones are computed (EST, CDT…).
const ZONES: Record<string, number> = { wet: 0, west: 60, bst: 60, cet: 60, met: 60, cest: 120, mest: 120, eet: 120, eest: 180, ist: 330, jst: 540 };

/** 1 to 12 for a month name by its first three letters, as feedparser reads it (`Sep`, `Sept.`, `september`), else 0. */
function monthOf(name = ''): number {
  const at = /^[a-z]{3,9}\.?$/.test(name) ? MONTHS.indexOf(name.slice(0, 3)) : -1;
  return at % 3 ? 0 : at / 3 + 1;
}
const isDay = (token = '') => /^\d\d?$/.test(token);

/** Minutes east of UTC of a zone (`+0200`, `-05:00`, `GMT+1`, `Z`, `EST`), 0 when absent, undefined when unreadable. */
function zoneOffset(zone = ''): number | undefined {
  const offset = /^(?:gmt|utc?)?([+-])(\d\d?)(?::?(\d\d))?$/.exec(zone);
  if (offset) {
    const [, sign, hours, minutes = '0'] = offset;
    return +minutes < 60 && +hours < 15 ? (sign === '-' ? -1 : 1) * (+hours * 60 + +minutes) : undefined;
  }
  const american = /^([ecmp])([sd])t$/.exec(zone);
  if (american) return (('ecmp'.indexOf(american[1]) + 5) * -60 + (american[2] === 'd' ? 60 : 0));
  // UT, GMT, Z, and names no table has: UTC, as feedparser reads them (hours off at worst, not a lost date).
  return /^[a-z]{0,5}$/.test(zone) ? (ZONES[zone] ?? 0) : undefined;
}

/** The instant of a wall-clock time `offset` minutes east of UTC, when every field is in range and it is no placeholder. */
function instant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0, offset = 0): Date | undefined {
  // `Date.UTC` rolls an impossible day over into the next month (February 30 becomes March 2): refuse it instead.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  // Before the web's first feeds, or from 2100 on: a placeholder (0001-01-01, 9999-12-31), not a date.
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour < 24 && minute < 60 && second <= 60 && year >= 1990 && year < 2100
    ? new Date(time)
    : undefined;
}

/**
 * A date as feeds write it, else undefined: W3C-DTF and RFC 3339 (a year, a month or a day alone, a time without
 * seconds, no zone: UTC), and RFC 822 with its real-world variants (no weekday, or one in another language, with or
 * without its comma; one-digit days, two-digit years, no seconds, no time; the month before the day, a 12-hour clock;
 * a named or numeric zone, or none: UTC; any case and spacing). Impossible dates, and years before 1990 or from 2100
 * on, are unreadable.
 */
export function asFeedDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  // A trailing comment, `(CEST)`, repeats the zone.
  const text = value.toLowerCase().replace(/\([^()]*\)\s*$/, '').trim();
  const iso = W3CDTF.exec(text);
  if (iso) {
    const [, year, month = 1, day = 1, hour, minute, second, fraction = '', zone] = iso;
    const offset = zoneOffset(zone);
    return offset === undefined ? undefined : instant(+year, +month, +day, +(hour ?? 0), +(minute ?? 0), +(second ?? 0), +`0.${fraction}0` * 1000, offset);
  }
  const tokens = text.split(/[\s,]+/);
  // A weekday, in any language, says nothing the date does not: it goes, before a day and a month either way round.
  if (/^[a-z]+\.?$/.test(tokens[0]) && ((isDay(tokens[1]) && monthOf(tokens[2])) || (monthOf(tokens[1]) && isDay(tokens[2])))) tokens.shift();
  const monthFirst = !isDay(tokens[0]);
  const [day, month, yy, clock, ...rest] = monthFirst ? [tokens[1], monthOf(tokens[0]), ...tokens.slice(2)] : [tokens[0], monthOf(tokens[1]), ...tokens.slice(2)];
  if (!isDay(day) || !month || !/^(\d\d|\d{4})$/.test(yy ?? '')) return undefined;
  // Two-digit years as feedparser reads them: 90 to 99 are the 1990s, the others this century.
  const year = yy.length === 2 ? +yy + (+yy < 90 ? 2000 : 1900) : +yy;
  if (clock === undefined) return instant(year, month, +day);
  const time = TIME.exec(clock);
  const meridiem = /^([ap])\.?m\.?$/.exec(rest[0] ?? '') && rest.shift()!.charAt(0);
  const offset = rest.length > 1 || (time?.[4] && rest.length) ? undefined : zoneOffset(time?.[4] ?? rest[0]);
  if (!time || offset === undefined) return undefined;
  let hour = +time[1];
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return instant(year, month, +day, hour, +time[2], +(time[3] ?? 0), 0, offset);
}
