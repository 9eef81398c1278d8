import type { Strings } from './en.js';

/** Deutsch. */
export const de: Strings = {
  loading: 'Beiträge werden geladen…',
  empty: 'Noch keine Beiträge.',
  errors: {
    http: 'Der Feed konnte nicht geladen werden.',
    network: 'Der Feed ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',
    timeout: 'Der Feed hat nicht rechtzeitig geantwortet.',
    'too-large': 'Der Feed ist zu groß, um angezeigt zu werden.',
    'invalid-json': 'Der Feed konnte nicht gelesen werden.',
    'invalid-shape': 'Der Feed konnte nicht gelesen werden.',
    'unsupported-format': 'Dieses Feed-Format wird nicht unterstützt.',
    'invalid-address': 'Dies ist keine Feed- oder Profiladresse.',
  },
  retry: 'Erneut versuchen',
  showMore: 'Mehr anzeigen',
  moreShown: (count) => (count === 1 ? '1 weiterer Beitrag angezeigt' : `${count} weitere Beiträge angezeigt`),
  profile: (host) => `Beiträge auf ${host} ansehen`,
  pinned: 'Angeheftet',
  verified: 'verifiziert',
  stale: 'Aktualisierung fehlgeschlagen: Diese Beiträge sind möglicherweise nicht mehr aktuell.',
  consent: (hosts) => `Beiträge von ${hosts} anzeigen`,
  posts: (author) => `Beiträge von ${author}`,
  links: (author) => `${author} im Netz`,
  repost: (original) => `Ursprünglich von ${original}`,
};
