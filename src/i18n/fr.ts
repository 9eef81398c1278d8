import type { Strings } from './en.js';

/** Français. */
export const fr: Strings = {
  loading: 'Chargement des publications…',
  empty: 'Aucune publication pour le moment.',
  errors: {
    http: 'Le fil n’a pas pu être chargé.',
    network: 'Le fil est injoignable. Vérifiez votre connexion.',
    timeout: 'Le fil a mis trop de temps à répondre.',
    'too-large': 'Le fil est trop volumineux pour être affiché.',
    'invalid-json': 'Le fil est illisible.',
    'invalid-shape': 'Le fil est illisible.',
    'unsupported-format': 'Ce format de fil n’est pas pris en charge.',
  },
  httpError: (status) => `Le fil n’a pas pu être chargé (erreur ${status}).`,
  retry: 'Réessayer',
  showMore: 'Voir plus',
  pinned: 'Épinglé',
  verified: 'vérifié',
  stale: 'Actualisation impossible : ces publications ne sont peut-être pas à jour.',
  consent: (hosts) => `Afficher les publications de ${hosts}`,
  posts: (author) => `Publications de ${author}`,
  links: (author) => `${author} ailleurs`,
  repost: (original) => `Republié depuis ${original}`,
};
