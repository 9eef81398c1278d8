// UI strings by language. English ships in the main file; every other language is one small file of its own,
// loaded the first time a widget speaks it (so a page pays for one language, not all).
import { en, type Strings } from './en.js';

export type { Strings };

const loaders: Record<string, () => Promise<Strings>> = {
  fr: async () => (await import('./fr.js')).fr,
  de: async () => (await import('./de.js')).de,
  es: async () => (await import('./es.js')).es,
  it: async () => (await import('./it.js')).it,
  pt: async () => (await import('./pt.js')).pt,
  nl: async () => (await import('./nl.js')).nl,
  ja: async () => (await import('./ja.js')).ja,
  ar: async () => (await import('./ar.js')).ar,
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
