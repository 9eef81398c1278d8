// The reference page's sidebar as a native feed, dated relative to now so the demo always reads "il y a 5 minutes".
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Builds the French demo feed with posts published `ago` milliseconds before `now`. */
export function cginistyFeed(now = Date.now()) {
  const at = (ago) => new Date(now - ago).toISOString();
  const tweet = (id, ago, text, extra = {}) => ({
    id,
    url: `https://x.com/cginisty/status/${id}`,
    text,
    published: at(ago),
    ...extra,
  });
  return {
    version: 1,
    author: {
      name: 'Christophe Ginisty',
      handle: '@cginisty',
      url: 'https://x.com/cginisty',
      avatar: '/demo/assets/cginisty.svg',
      bio: 'Professionnel de la communication, optimiste exigeant et idéaliste compulsif, j’essaye de consacrer du temps au projet de changer le monde.',
    },
    links: [
      { network: 'facebook', label: 'Facebook', url: 'https://www.facebook.com/cginisty' },
      { network: 'linkedin', label: 'LinkedIn', url: 'https://www.linkedin.com/in/cginisty' },
      { network: 'skype', label: 'Skype', url: 'https://join.skype.com/invite/cginisty' },
      { network: 'twitter', label: 'Twitter', url: 'https://x.com/cginisty' },
      { network: 'slideshare', label: 'Slideshare', url: 'https://www.slideshare.net/cginisty' },
    ],
    posts: [
      tweet(
        '846027357434798080',
        5 * MINUTE,
        'Etats-Unis : elle a voté pour Trump, son mari mexicain sans papiers va être expulsé https://t.co/8oiFG0JBSe via @LeParisienMonde',
      ),
      tweet('845936765740564480', 3 * HOUR, 'Wow... worth reading ! https://t.co/vhSvMM7que'),
      tweet(
        '845695553653149696',
        DAY + 2 * HOUR,
        '#Fillon sur écoute ? Bien oui, y’a des millions de français qui attendent qu’il dise quelque chose de censé depuis des mois !',
      ),
      tweet(
        '845693282517811200',
        2 * DAY + 5 * HOUR,
        'Non, #Fillon n’est pas mis en cause par la presse mais par des juges, la presse ne se contentant de relayer',
      ),
      tweet(
        '845693053022228480',
        3 * DAY + 4 * HOUR,
        'Ce que l’on ne sait pas, par contre, c’est si #Fillon fait aussi de beaux cadeaux à ses amis #costumes #montres #quandonaimeonnecomptepas',
      ),
      tweet(
        '845683010167169024',
        9 * DAY,
        'Sur les réseaux, on fait davantage confiance à la personne qui partage qu’à la source de l’information https://t.co/QtPUjMDb…',
        { repostOf: { name: 'Natacha Quester-Séméon', handle: '@NatachaQS', url: 'https://x.com/NatachaQS' } },
      ),
    ],
  };
}
