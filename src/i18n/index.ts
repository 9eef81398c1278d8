// UI strings by language; a language is one small file registered here.
import { en, type Strings } from './en.js';
import { fr } from './fr.js';

export type { Strings };

const byLanguage: Record<string, Strings> = { en, fr };

/** The strings for a BCP 47 locale, falling back by language subtag (`fr-CA` uses `fr`), then to English. */
export function stringsFor(locale: string): Strings {
  return byLanguage[locale.toLowerCase().split('-')[0]] ?? en;
}
