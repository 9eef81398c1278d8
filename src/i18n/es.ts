import type { Strings } from './en.js';

/** Español. */
export const es: Strings = {
  loading: 'Cargando publicaciones…',
  empty: 'Aún no hay publicaciones.',
  errors: {
    http: 'No se pudo cargar el feed.',
    network: 'No se pudo acceder al feed. Comprueba tu conexión.',
    timeout: 'El feed tardó demasiado en responder.',
    'too-large': 'El feed es demasiado grande para mostrarlo.',
    'invalid-json': 'No se pudo leer el feed.',
    'invalid-shape': 'No se pudo leer el feed.',
    'unsupported-format': 'Este formato de feed no es compatible.',
    'invalid-address': 'Esta no es la dirección de un feed o de un perfil.',
  },
  retry: 'Reintentar',
  showMore: 'Ver más',
  moreShown: (count) => (count === 1 ? 'Se muestra 1 publicación más' : `Se muestran ${count} publicaciones más`),
  profile: (host) => `Ver las publicaciones en ${host}`,
  pinned: 'Fijado',
  verified: 'verificado',
  stale: 'No se pudo actualizar: puede que estas publicaciones no estén al día.',
  consent: (hosts) => `Mostrar publicaciones de ${hosts}`,
  posts: (author) => `Publicaciones de ${author}`,
  links: (author) => `${author} en otras redes`,
  repost: (original) => `Republicado de ${original}`,
};
