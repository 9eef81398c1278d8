// UI strings by language. English ships in the main file; every other language is one small file of its own,
// loaded the first time a widget speaks it (so a page pays for one language, not all).
import { lazy } from '../lazy.js';
import { en, type Strings } from './en.js';

export type { Strings };

/** Any of the strings, to replace those of a language: `errors` may name some codes only. */
export type StringOverrides = Partial<Omit<Strings, 'errors'>> & { errors?: Partial<Strings['errors']> };

const loaders: Record<string, () => Promise<Strings>> = {
  fr: lazy(async () => (await import('./fr.js')).fr),
  de: lazy(async () => (await import('./de.js')).de),
  es: lazy(async () => (await import('./es.js')).es),
  it: lazy(async () => (await import('./it.js')).it),
  pt: lazy(async () => (await import('./pt.js')).pt),
  nl: lazy(async () => (await import('./nl.js')).nl),
  ja: lazy(async () => (await import('./ja.js')).ja),
  ar: lazy(async () => (await import('./ar.js')).ar),
};
const loaded = new Map([['en', en]]);
const loading = new Map<string, Promise<Strings>>();

const languageOf = (locale: string) => locale.toLowerCase().split('-')[0];

/** Loads the strings of a BCP 47 locale's language (`fr-CA` uses `fr`); English for a language the widget lacks. */
export function loadStrings(locale: string): Promise<Strings> {
  const language = languageOf(locale);
  let strings = loading.get(language);
  if (!strings) {
    const load = Object.hasOwn(loaders, language) ? loaders[language] : async () => en;
    loading.set(language, (strings = load().then((result) => (loaded.set(language, result), result))));
  }
  return strings;
}

/** The strings of `locale` when loaded, else English while `loadStrings` runs; `onLoad` is called once they are there. */
export function stringsFor(locale: string, onLoad: () => void): Strings {
  const strings = loaded.get(languageOf(locale));
  if (strings) return strings;
  // A language file that fails to load leaves the widget in English: nothing else depends on it.
  loadStrings(locale).then(onLoad, () => undefined);
  return en;
}

/** `strings` with `overrides` applied over them; `strings` itself when there are none. */
export function withOverrides(strings: Strings, overrides: StringOverrides | undefined): Strings {
  return overrides ? { ...strings, ...overrides, errors: { ...strings.errors, ...overrides.errors } } : strings;
}

/**
 * Adds a language at run time, or changes one the widget has: widgets whose language (`lang="sv"`, or `sv-SE`) it
 * is use these strings, English where one is missing. Call it before the widgets render (in a module script that
 * imports it from the same file that defines the element); a widget already shown picks it up at its next update.
 */
export function addLanguage(language: string, strings: StringOverrides): void {
  const code = languageOf(language);
  const apply = (base: Strings) => {
    const added = withOverrides(base, strings);
    loaded.set(code, added);
    return added;
  };
  const base = loaded.get(code);
  // A language the widget ships but has not loaded yet keeps its own strings under the changes.
  loading.set(code, base || !Object.hasOwn(loaders, code) ? Promise.resolve(apply(base ?? en)) : loadStrings(code).then(apply));
}
