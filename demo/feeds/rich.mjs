// The "Rich posts" demo feed: what people post besides text and a photo, one of each, in the native format and
// dated relative to now. Every file is the demo's own (demo/assets/), so the page's strict policy holds.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Builds the rich demo feed relative to `now`; `origin` serves the demo's assets. */
export function richFeed(now = Date.now(), origin = '') {
  const at = (ago) => new Date(now - ago).toISOString();
  const asset = (name) => `${origin}/demo/assets/${name}`;
  const post = (n, ago, text, extra) => ({ id: `r${n}`, url: `https://mastodon.social/@sam/10${n}`, text, published: at(ago), ...extra });
  return {
    version: 1,
    author: {
      name: 'Sam Rivera',
      handle: '@sam@mastodon.social',
      url: 'https://mastodon.social/@sam',
      avatar: asset('sam.svg'),
      bio: 'Writes about the open web and #accessibility.',
    },
    links: [],
    posts: [
      post(1, 20 * MINUTE, 'Wrote up why small embeds matter.', {
        card: {
          url: 'https://samrivera.example/posts/small-embeds',
          title: 'Small is a feature: what an embed costs every reader',
          description: 'Five posts should not weigh 300 KB.',
          image: { url: asset('weekly.svg'), alt: '', width: 1200, height: 630 },
        },
        counts: { replies: 38, reposts: 1_240, likes: 12_900 },
      }),
      post(2, 2 * HOUR, 'This, exactly.', {
        quote: {
          url: 'https://hachyderm.io/@ada/42',
          text: 'A widget that traps keyboard focus is a wall in the middle of the page. #a11y',
          published: at(5 * HOUR),
          author: { name: 'Ada Okafor', handle: '@ada@hachyderm.io', url: 'https://hachyderm.io/@ada', avatar: asset('ada.svg') },
          media: [{ url: asset('keyboard.svg'), alt: 'A keyboard with the Tab key highlighted', width: 1200, height: 675 }],
        },
      }),
      post(3, 4 * HOUR, 'Where do you read the feeds you follow?', {
        poll: {
          options: [
            { title: 'A feed reader', votes: 48 },
            { title: 'The network’s own app', votes: 31 },
            { title: 'Widgets on blogs', votes: 9 },
          ],
          votes: 88,
          closesAt: at(-20 * HOUR),
        },
      }),
      post(4, 7 * HOUR, 'A three-second clip from the talk rehearsal.', {
        media: [{ url: asset('clip.webm'), kind: 'video', preview: asset('clip-still.svg'), duration: 3, width: 320, height: 180, alt: 'An orange ball rolls across a dark blue stage' }],
        counts: { replies: 1, reposts: 2, likes: 15 },
      }),
      post(5, 11 * HOUR, 'The notification sound we picked.', {
        media: [{ url: asset('chime.wav'), kind: 'audio', duration: 1.5, alt: 'A three-note chime, rising' }],
      }),
      post(6, 20 * HOUR, 'Before and after the redesign. Content note: a surgery scar.', {
        sensitive: true,
        media: [{ url: asset('desk.svg'), alt: 'A desk, standing in for the photo', width: 1000, height: 1000 }],
      }),
      post(7, 1 * DAY + 2 * HOUR, 'Last week’s walk, in six pictures.', {
        media: [
          { url: asset('harbour.svg'), alt: 'The harbour at sunrise', width: 1200, height: 675 },
          { url: asset('trail.svg'), alt: 'A trail through pines', width: 1200, height: 675 },
          { url: asset('desk.svg'), alt: 'The desk where the walk was planned', width: 1000, height: 1000 },
          { url: asset('chart.svg'), alt: 'Steps per day, rising', width: 1200, height: 675 },
          { url: asset('keyboard.svg'), alt: 'A keyboard', width: 1200, height: 675 },
          { url: asset('poster.svg'), alt: 'A poster of the walk', width: 1200, height: 675 },
        ],
      }),
      post(8, 2 * DAY, 'The livestream, as the network serves it: a stream the widget links to.', {
        url: 'https://bsky.app/profile/sam.bsky.social/post/3lmstream22',
        media: [{ url: 'https://video.bsky.app/watch/did%3Aplc%3As4mr/bafkrei/playlist.m3u8', kind: 'video', preview: asset('clip-still.svg'), duration: 5025, alt: '', width: 320, height: 180 }],
      }),
      post(9, 3 * DAY, 'Which talk should I give first?', {
        poll: {
          options: [
            { title: 'Small embeds', votes: 12 },
            { title: 'Feeds for everyone', votes: 20 },
          ],
          votes: 32,
          closed: true,
        },
      }),
    ],
  };
}
