// Narrowing helpers shared by every adapter: feed data is `unknown` until one of these says otherwise.

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a string with something in it once trimmed, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The value when it is a finite positive number, else undefined. */
export function asPositiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** A valid `Date` from an ISO 8601 string or epoch milliseconds, else undefined. */
export function asDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A valid `Date` from an ISO 8601 date-time string with a time zone (`2017-03-26T18:09:00+02:00`), else undefined. */
export function asIsoDate(value: unknown): Date | undefined {
  const parts =
    typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/i.exec(value.trim()) : null;
  // `Date` rolls an impossible day over into the next month (February 30 becomes March 2): refuse it instead.
  if (!parts || Number(parts[3]) > new Date(Date.UTC(Number(parts[1]), Number(parts[2]), 0)).getUTCDate()) return undefined;
  return asDate(parts[0]);
}

/** The value when it is an array, else an empty one. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string URL resolved against `baseUrl` (the response's URL); undefined when absent or unparsable. Schemes are checked at render time. */
export function resolveUrl(value: unknown, baseUrl: string): string | undefined {
  const url = asString(value);
  if (url === undefined) return undefined;
  try {
    return new URL(url.trim(), baseUrl).href;
  } catch {
    return undefined;
  }
}
