import type { Strings } from './en.js';

/** Nederlands. */
export const nl: Strings = {
  loading: 'Berichten laden…',
  empty: 'Nog geen berichten.',
  errors: {
    http: 'De feed kon niet worden geladen.',
    network: 'De feed is niet bereikbaar. Controleer je verbinding.',
    timeout: 'De feed deed er te lang over om te antwoorden.',
    'too-large': 'De feed is te groot om te tonen.',
    'invalid-json': 'De feed kon niet worden gelezen.',
    'invalid-shape': 'De feed kon niet worden gelezen.',
    'unsupported-format': 'Dit feedformaat wordt niet ondersteund.',
    'invalid-address': 'Dit is geen adres van een feed of profiel.',
  },
  retry: 'Opnieuw proberen',
  showMore: 'Meer tonen',
  moreShown: (count) => (count === 1 ? '1 bericht meer getoond' : `${count} berichten meer getoond`),
  profile: (host) => `Bekijk de berichten op ${host}`,
  pinned: 'Vastgezet',
  verified: 'geverifieerd',
  stale: 'Vernieuwen mislukt: deze berichten zijn mogelijk niet actueel.',
  consent: (hosts) => `Berichten van ${hosts} tonen`,
  posts: (author) => `Berichten van ${author}`,
  links: (author) => `${author} elders online`,
  repost: (original) => `Gedeeld van ${original}`,
};
