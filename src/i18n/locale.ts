/** The locale to speak: `preferred` when valid, else the nearest valid `[lang]` (the element's own included), else the document's, else the browser's. */
export function resolveLocale(element: Element, preferred?: string): string {
  const own = canonical(preferred ?? null);
  if (own) return own;
  for (let node = element.closest('[lang]'); node; node = node.parentElement?.closest('[lang]') ?? null) {
    const locale = canonical(node.getAttribute('lang'));
    if (locale) return locale;
  }
  return canonical(navigator.language) ?? 'en';
}

function canonical(tag: string | null): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    // not a valid BCP 47 tag: an outer one decides
    return undefined;
  }
}
