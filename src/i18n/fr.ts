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
    'invalid-address': 'Cette adresse n’est pas celle d’un fil ou d’un profil.',
  },
  retry: 'Réessayer',
  showMore: 'Voir plus',
  moreShown: (count) => (count <= 1 ? `${count} publication de plus affichée` : `${count} publications de plus affichées`),
  profile: (host) => `Voir les publications sur ${host}`,
  pinned: 'Épinglé',
  verified: 'vérifié',
  stale: 'Actualisation impossible : ces publications ne sont peut-être pas à jour.',
  consent: (hosts) => `Afficher les publications de ${hosts}`,
  posts: (author) => `Publications de ${author}`,
  links: (author) => `${author} ailleurs`,
  repost: (original) => `Republié depuis ${original}`,
};
