// What GET /api/v1/accounts/109/statuses on mastodon.social would answer for Sam: a bare Status[], newest first,
// with the HTML Mastodon writes (h-card mentions, hashtag links, URLs cut by `invisible` and `ellipsis` spans).
import { DAY, HOUR, MINUTE, WEEK } from './time.mjs';

const INSTANCE = 'https://mastodon.social';

/** Mastodon's ids are snowflakes: the creation time in milliseconds, shifted left by 16 bits, plus a sequence. */
const snowflake = (date, sequence) => String((BigInt(date.getTime()) << 16n) + BigInt(sequence));

const hashtag = (name, host = INSTANCE) =>
  `<a href="${host}/tags/${encodeURIComponent(name.toLowerCase())}" class="mention hashtag" rel="tag">#<span>${name}</span></a>`;

const mention = (username, host) =>
  `<span class="h-card" translate="no"><a href="https://${host}/@${username}" class="u-url mention">@<span>${username}</span></a></span>`;

/** A link as Mastodon writes it: the scheme hidden, the first 30 characters shown, the rest hidden after an ellipsis. */
function link(url) {
  const [prefix] = /^https?:\/\/(www\.)?/.exec(url);
  const rest = url.slice(prefix.length);
  const cut = rest.length > 30;
  return (
    `<a href="${url}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${prefix}</span>` +
    `<span class="${cut ? 'ellipsis' : ''}">${rest.slice(0, 30)}</span><span class="invisible">${rest.slice(30)}</span></a>`
  );
}

/** Builds Sam's latest statuses, dated back from `now`; media and emoji are served by the demo at `origin`. */
export function mastodonStatuses(now = Date.now(), origin = 'http://localhost:8000') {
  const blobcoffee = {
    shortcode: 'blobcoffee',
    url: `${origin}/demo/assets/blobcoffee.svg`,
    static_url: `${origin}/demo/assets/blobcoffee.svg`,
    visible_in_picker: true,
    category: 'Blobs',
  };
  const sam = {
    id: '109',
    username: 'sam',
    acct: 'sam',
    display_name: 'Sam Rivera :blobcoffee:',
    locked: false,
    bot: false,
    discoverable: true,
    indexable: true,
    group: false,
    created_at: '2022-11-07T00:00:00.000Z',
    note: `<p>Writes about the open web and ${hashtag('accessibility')}. Slow coffee, small websites.</p>`,
    url: `${INSTANCE}/@sam`,
    uri: `${INSTANCE}/users/sam`,
    avatar: `${origin}/demo/assets/sam.svg`,
    avatar_static: `${origin}/demo/assets/sam.svg`,
    header: `${INSTANCE}/headers/original/missing.png`,
    header_static: `${INSTANCE}/headers/original/missing.png`,
    followers_count: 1843,
    following_count: 312,
    statuses_count: 2210,
    last_status_at: new Date(now).toISOString().slice(0, 10),
    hide_collections: false,
    noindex: false,
    emojis: [blobcoffee],
    roles: [],
    fields: [
      { name: 'Blog', value: link('https://samrivera.example/'), verified_at: new Date(now - 30 * DAY).toISOString() },
      { name: 'Bluesky', value: link('https://bsky.app/profile/sam.bsky.social'), verified_at: null },
      { name: 'GitHub', value: link('https://github.com/samrivera'), verified_at: null },
      { name: 'Pronouns', value: 'they/them', verified_at: null },
    ],
  };
  const ada = {
    ...sam,
    id: '108',
    username: 'ada',
    acct: 'ada@hachyderm.io',
    display_name: 'Ada Okafor',
    note: '<p>Accessibility engineer. Screen reader user.</p>',
    url: 'https://hachyderm.io/@ada',
    uri: 'https://hachyderm.io/users/ada',
    avatar: `${origin}/demo/assets/ada.svg`,
    avatar_static: `${origin}/demo/assets/ada.svg`,
    emojis: [],
    fields: [],
  };

  let sequence = 0;
  /** A public status with every attribute the API sends, `ago` milliseconds old. */
  const status = (ago, content, overrides = {}, account = sam) => {
    const date = new Date(now - ago);
    const id = snowflake(date, sequence++);
    const host = new URL(account.url).origin;
    return {
      id,
      created_at: date.toISOString(),
      in_reply_to_id: null,
      in_reply_to_account_id: null,
      sensitive: false,
      spoiler_text: '',
      visibility: 'public',
      language: 'en',
      uri: `${host}/users/${account.username}/statuses/${id}`,
      url: `${account.url}/${id}`,
      replies_count: 0,
      reblogs_count: 3,
      favourites_count: 12,
      edited_at: null,
      content,
      reblog: null,
      application: { name: 'Web', website: null },
      account,
      media_attachments: [],
      mentions: [],
      tags: [],
      emojis: [],
      card: null,
      poll: null,
      ...overrides,
    };
  };
  const boost = (ago, original) => {
    const wrapper = status(ago, '', { language: null, url: null, reblog: original });
    return { ...wrapper, uri: `${wrapper.uri}/activity` };
  };
  const tagOf = (name, host = INSTANCE) => ({ name: name.toLowerCase(), url: `${host}/tags/${encodeURIComponent(name.toLowerCase())}` });
  const mentionOf = (account) => ({ id: account.id, username: account.username, url: account.url, acct: account.acct });

  const adaPost = status(
    3 * HOUR,
    `<p>The WAI-ARIA feed pattern is underrated: aria-busy while loading, one article per post, Page Down to move between them. ${link('https://www.w3.org/WAI/ARIA/apg/patterns/feed/')} ${hashtag('a11y', 'https://hachyderm.io')}</p>`,
    { tags: [tagOf('a11y', 'https://hachyderm.io')] },
    ada,
  );

  // A quote post (Mastodon 4.5): Ada's status, accepted for quoting, and Sam's words on it. Mastodon adds the "RE:"
  // paragraph for apps that cannot show quotes; the widget shows the quote in its place.
  const adaQuoted = status(DAY + 6 * HOUR, '<p>Test your widget with the screen reader your readers use, not the one you have.</p>', {}, ada);

  return [
    status(
      4 * MINUTE,
      `<p>Small is a feature: an embed that loads 300 KB to show five posts is a tax on every reader. ${hashtag('WebPerf')} ${link('https://samrivera.example/posts/small-embeds')}</p>`,
      { tags: [tagOf('WebPerf')] },
    ),
    status(38 * MINUTE, '<p>Morning walk before the meetup :blobcoffee: The fog lifted just as I reached the ridge.</p>', {
      emojis: [blobcoffee],
      media_attachments: [
        {
          id: snowflake(new Date(now - 40 * MINUTE), 0),
          type: 'image',
          url: `${origin}/demo/assets/trail.svg`,
          preview_url: `${origin}/demo/assets/trail.svg`,
          remote_url: null,
          preview_remote_url: null,
          text_url: null,
          meta: {
            original: { width: 1200, height: 800, size: '1200x800', aspect: 1.5 },
            small: { width: 640, height: 427, size: '640x427', aspect: 1.498829 },
            focus: { x: 0, y: 0 },
          },
          description: 'A dirt path climbing through a pine forest, morning fog between the trunks and a pale sun above the ridge.',
          blurhash: 'UBF~pN4n00%M~q9F%MRj00%M%M%M_3IU%MRj',
        },
      ],
    }),
    // A boost: the wrapper has no content of its own and is dated when Sam boosted; the boosted status is in `reblog`.
    boost(2 * HOUR, adaPost),
    status(
      3 * HOUR - 10 * MINUTE,
      `<p>${mention('ada', 'hachyderm.io')} Yes! And Home and End to leave the feed, which almost nobody implements.</p>`,
      { in_reply_to_id: adaPost.id, in_reply_to_account_id: ada.id, mentions: [mentionOf(ada)] },
    ),
    status(5 * HOUR, '<p>I did not see that ending coming. The lighthouse keeper was the narrator all along?!</p>', {
      sensitive: true,
      spoiler_text: 'Spoilers: The Long Tide, season finale',
    }),
    status(DAY, `<p class="quote-inline">RE: ${link(adaQuoted.url)}</p><p>And in the browser they use: Safari and Firefox, not only Chrome.</p>`, {
      quote: { state: 'accepted', quoted_status: adaQuoted },
    }),
    status(
      DAY + 2 * HOUR,
      `<p>Petit rappel : un widget de 16 Ko qui s’affiche tout de suite vaut mieux qu’un embed de 300 Ko qui bloque la page. ${hashtag('accessibilité')} ${hashtag('WebPerf')}</p>`,
      { language: 'fr', tags: [tagOf('accessibilité'), tagOf('WebPerf')] },
    ),
    status(
      WEEK,
      `<p>New on the blog, with thanks to ${mention('bob', 'fosstodon.org')} for the review: logical properties, one year later.<br />${link('https://samrivera.example/posts/logical-properties-one-year-later')}</p>`,
      { mentions: [{ id: '110', username: 'bob', url: 'https://fosstodon.org/@bob', acct: 'bob@fosstodon.org' }] },
    ),
  ];
}
