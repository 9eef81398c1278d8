// The first Intl formatter of a page loads ICU's locale data, and the text pattern compiles over its first runs:
// together tens of milliseconds of main thread on a phone. Done while a feed is on its way, they no longer hold up
// its first render.
import { formatFull, formatRelative } from './relative-time.js';
import { tokenize } from './rich-text.js';

const prepared = new Set<string>();

/** Builds `locale`'s date formatters and compiles the text pattern, once per locale, in a task of their own. */
export function prepareFormatting(locale: string): void {
  if (prepared.has(locale)) return;
  prepared.add(locale);
  setTimeout(() => {
    const now = new Date();
    formatRelative(now, now.getTime(), locale);
    formatFull(now, locale);
    tokenize('@a #b https://c.d');
  });
}
