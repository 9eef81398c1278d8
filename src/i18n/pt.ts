import type { Strings } from './en.js';

/** Português (Brazilian, as Intl's `pt` is). */
export const pt: Strings = {
  loading: 'Carregando publicações…',
  empty: 'Nenhuma publicação ainda.',
  errors: {
    http: 'Não foi possível carregar o feed.',
    network: 'Não foi possível acessar o feed. Verifique sua conexão.',
    timeout: 'O feed demorou demais para responder.',
    'too-large': 'O feed é grande demais para ser exibido.',
    'invalid-json': 'Não foi possível ler o feed.',
    'invalid-shape': 'Não foi possível ler o feed.',
    'unsupported-format': 'Este formato de feed não é compatível.',
    'invalid-address': 'Este não é o endereço de um feed ou perfil.',
  },
  retry: 'Tentar novamente',
  showMore: 'Ver mais',
  moreShown: (count) => (count === 1 ? 'Mais 1 publicação exibida' : `Mais ${count} publicações exibidas`),
  profile: (host) => `Ver as publicações em ${host}`,
  pinned: 'Fixado',
  verified: 'verificado',
  stale: 'Não foi possível atualizar: estas publicações podem estar desatualizadas.',
  consent: (hosts) => `Mostrar publicações de ${hosts}`,
  posts: (author) => `Publicações de ${author}`,
  links: (author) => `${author} em outras redes`,
  repost: (original) => `Republicado de ${original}`,
};
