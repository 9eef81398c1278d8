/** One instance per locale and options: building an `Intl` formatter costs far more than using one. */
const cache = new Map<string, unknown>();

function memo<T>(key: string, make: (locale?: string) => T, locale: string): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    // A malformed `lang` (e.g. "en_US") makes Intl throw; the browser's locale reads better than a broken widget.
    try {
      formatter = make(locale);
    } catch {
      formatter = make();
    }
    cache.set(key, formatter);
  }
  return formatter;
}

/** The locale's relative-time formatter, with words where the locale has them ("now", "hier"). */
export const relativeTimeFormat = (locale: string): Intl.RelativeTimeFormat =>
  memo('r' + locale, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }), locale);

/** The locale's date formatter for these options. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memo('d' + locale + JSON.stringify(options), (l) => new Intl.DateTimeFormat(l, options), locale);

/** The locale's number formatter for these options (percentages, counts shortened as "1.2K"). */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  memo('n' + locale + JSON.stringify(options), (l) => new Intl.NumberFormat(l, options), locale);

/** Forgets every formatter (for tests). */
export const resetIntlCache = (): void => cache.clear();
