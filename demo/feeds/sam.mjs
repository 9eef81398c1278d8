// The English demo feed: a Mastodon-style author, with an image and links, dated relative to now.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Builds the English demo feed relative to `now`. */
export function samFeed(now = Date.now()) {
  const at = (ago) => new Date(now - ago).toISOString();
  return {
    version: 1,
    author: {
      name: 'Sam Rivera',
      handle: '@sam@mastodon.social',
      url: 'https://mastodon.social/@sam',
      avatar: '/demo/assets/sam.svg',
      bio: 'Writes about the open web and #accessibility. Newsletter: https://samrivera.example/news',
    },
    links: [
      { network: 'mastodon', label: 'Mastodon', url: 'https://mastodon.social/@sam' },
      { network: 'bluesky', label: 'Bluesky', url: 'https://bsky.app/profile/sam.bsky.social' },
      { network: 'github', label: 'GitHub', url: 'https://github.com/samrivera' },
      { network: 'rss', label: 'Blog feed', url: 'https://samrivera.example/feed.xml' },
    ],
    posts: [
      {
        id: 's1',
        url: 'https://mastodon.social/@sam/1',
        text: 'The sunrise over the harbour this morning 🌅 #photography',
        published: at(42 * MINUTE),
        media: [{ url: '/demo/assets/harbour.svg', alt: 'An orange sun rising over a calm harbour with two boats', width: 1200, height: 675 }],
      },
      {
        id: 's2',
        url: 'https://mastodon.social/@sam/2',
        text: 'Embeds that load 300 KB to show five posts are a tax on every reader. Small is a feature: https://samrivera.example/posts/small-embeds',
        published: at(5 * HOUR),
      },
      {
        id: 's3',
        url: 'https://mastodon.social/@sam/3',
        text: 'Great thread on the WAI-ARIA feed pattern by @aria@w3c.social',
        published: at(30 * HOUR),
        repostOf: { name: 'Ada Lovelace', handle: '@ada@hachyderm.io', url: 'https://hachyderm.io/@ada' },
      },
    ],
  };
}
