// The relative labels a reader sees ("now", "5 minutes ago", "yesterday", "Mar 3"), computed here on their own, and
// the moments they change, found by scanning the hour second by second and then bisecting to the millisecond.
// It shares no code with the widget: the benchmark checks that both agree on what is displayed.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const formatters = new Map();
// Building an Intl formatter costs far more than using one, and the scan formats hundreds of thousands of labels.
const memo = (key, make) => formatters.get(key) ?? formatters.set(key, make()).get(key);

/** The label of a post published at `published` (epoch ms), read at `now`, in `locale` and `timeZone`. */
export function relativeLabel(published, now, locale, timeZone) {
  const relative = memo(`r ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const age = now - published;
  if (age < MINUTE) return relative.format(0, 'second');
  if (age < HOUR) return relative.format(-Math.floor(age / MINUTE), 'minute');
  if (age < DAY) return relative.format(-Math.floor(age / HOUR), 'hour');
  if (age < 7 * DAY) return relative.format(-Math.floor(age / DAY), 'day');
  const year = (time) => memo(`y ${timeZone}`, () => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone })).format(time);
  const withYear = year(published) !== year(now);
  const options = { month: 'short', day: 'numeric', timeZone, ...(withYear ? { year: 'numeric' } : {}) };
  return memo(`d ${locale} ${timeZone} ${withYear}`, () => new Intl.DateTimeFormat(locale, options)).format(published);
}

/** Every moment in (`from`, `to`] (epoch ms) at which the label of `published` changes. */
export function labelChanges(published, from, to, locale, timeZone) {
  const label = (time) => relativeLabel(published, time, locale, timeZone);
  const moments = [];
  let before = label(from);
  for (let second = from + 1000; second <= to; second += 1000) {
    const now = label(second);
    if (now === before) continue;
    // The label changed within this second: bisect to its first millisecond.
    let low = second - 1000;
    let high = second;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (label(mid) === before) low = mid;
      else high = mid;
    }
    moments.push(high);
    before = now;
  }
  return moments;
}
