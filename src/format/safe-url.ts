// The only gate between feed data and an `href` or `src`: every link and image the widget makes goes through here.

/** The absolute URL when `value` parses (against `base`) to an `http:`, `https:` or `mailto:` URL, else undefined. */
export function safeUrl(value: unknown, base?: string): string | undefined {
  return allowed(value, base, ['http:', 'https:', 'mailto:']);
}

/** The absolute URL when `value` parses (against `base`) to an `http:` or `https:` URL, else undefined. */
export function safeImageUrl(value: unknown, base?: string): string | undefined {
  return allowed(value, base, ['http:', 'https:']);
}

function allowed(value: unknown, base: string | undefined, schemes: string[]): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  // The parser silently drops tabs and newlines and strips control characters, so `/\t/evil.example`
  // would turn a same-site path into another host: refuse them rather than guess what was meant.
  // An empty string would resolve to `base` itself.
  if (!text || /[\x00-\x1f\x7f]/.test(text)) return undefined;
  try {
    const url = new URL(text, base);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
