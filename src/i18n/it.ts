import type { Strings } from './en.js';

/** Italiano. */
export const it: Strings = {
  loading: 'Caricamento dei post…',
  empty: 'Nessun post per ora.',
  errors: {
    http: 'Impossibile caricare il feed.',
    network: 'Impossibile raggiungere il feed. Controlla la connessione.',
    timeout: 'Il feed ha impiegato troppo tempo a rispondere.',
    'too-large': 'Il feed è troppo grande per essere visualizzato.',
    'invalid-json': 'Impossibile leggere il feed.',
    'invalid-shape': 'Impossibile leggere il feed.',
    'unsupported-format': 'Questo formato di feed non è supportato.',
    'invalid-address': 'Questo non è l’indirizzo di un feed o di un profilo.',
  },
  retry: 'Riprova',
  showMore: 'Mostra altro',
  moreShown: (count) => (count === 1 ? 'Mostrato 1 altro post' : `Mostrati altri ${count} post`),
  profile: (host) => `Vedi i post su ${host}`,
  pinned: 'Fissato in alto',
  verified: 'verificato',
  stale: 'Aggiornamento non riuscito: questi post potrebbero non essere aggiornati.',
  consent: (hosts) => `Mostra i post da ${hosts}`,
  posts: (author) => `Post di ${author}`,
  links: (author) => `${author} sul web`,
  repost: (original) => `Ripubblicato da ${original}`,
};
