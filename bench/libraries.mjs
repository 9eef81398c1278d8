// The libraries under test: how each is embedded (as its README shows), what it is fed, and how the benchmark
// knows that every post is on screen. `compare` names our rows fed the same API as a peer.
import { HOSTS, blueskyHandle, mastodonId, mastodonUser } from './feeds.mjs';
import { MASTODON_PAGE_CAP } from './mock-api.mjs';

// As the README embeds it: the script, and the placeholder's height (10rem + 8rem a post, up to ten) reserved, so
// that nothing moves when the script runs.
const OURS = (posts) =>
  '<script type="module" src="/dist/social-feed.js"></script>' +
  `<style>social-feed { display: block; min-block-size: ${10 + 8 * Math.min(posts, 10)}rem; }</style>`;
const ours = (src, posts) => `<social-feed src="${src}" limit="${posts}"></social-feed>`;

/** Every library, ours first; `head(posts)` goes in the page's head; `shows(posts)` is how many posts it can show of a feed that has `posts`. */
export const LIBRARIES = [
  {
    id: 'social-feed (native)',
    ours: true,
    head: OURS,
    widget: (w, posts) => ours(`/api/native/w${w}-n${posts}.json`, posts),
    rendered: { host: 'social-feed', shadow: true, post: 'article[part~="post"]' },
    shows: (posts) => posts,
  },
  {
    id: 'social-feed (bluesky)',
    ours: true,
    head: OURS,
    widget: (w, posts) => ours(`https://bsky.app/profile/${blueskyHandle(w, posts)}`, posts),
    rendered: { host: 'social-feed', shadow: true, post: 'article[part~="post"]' },
    shows: (posts) => posts,
  },
  {
    id: 'social-feed (mastodon)',
    ours: true,
    head: OURS,
    widget: (w, posts) => ours(`https://${HOSTS.mastodon}/@${mastodonUser(w, posts)}`, posts),
    rendered: { host: 'social-feed', shadow: true, post: 'article[part~="post"]' },
    // The profile recipe pages past Mastodon's cap with max_id.
    shows: (posts) => posts,
  },
  {
    id: 'social-feed (mastodon API)',
    ours: true,
    head: OURS,
    // What @idotj/mastodon-embed-timeline is given: the account id, so no lookup; one page of statuses.
    widget: (w, posts) =>
      ours(`https://${HOSTS.mastodon}/api/v1/accounts/${mastodonId(w, posts)}/statuses?limit=${Math.min(posts, MASTODON_PAGE_CAP)}&exclude_replies=true`, posts),
    rendered: { host: 'social-feed', shadow: true, post: 'article[part~="post"]' },
    shows: (posts) => Math.min(posts, MASTODON_PAGE_CAP),
  },
  {
    id: 'bsky-embed',
    compare: ['social-feed (bluesky)'],
    head: () => '<script type="module" src="/peers/bsky-embed/bsky-embed.es.js" async></script>',
    widget: (w, posts) => `<bsky-embed username="${blueskyHandle(w, posts)}" limit="${posts}"></bsky-embed>`,
    rendered: { host: 'bsky-embed', shadow: true, post: 'section > div[id^="post-"]' },
    shows: (posts) => posts,
  },
  {
    id: 'bluesky-profile-feed-embed',
    compare: ['social-feed (bluesky)'],
    // Published for a bundler: its README imports the package, its style.css and a theme "on your app". The
    // benchmark bundles those three lines as an app's production build would (bench/bundle.mjs) and loads the result.
    bundle: {
      name: 'bluesky-profile-feed-embed',
      imports: ['bluesky-profile-feed-embed', 'bluesky-profile-feed-embed/style.css', 'bluesky-profile-feed-embed/themes/light.css'],
    },
    head: () =>
      '<link rel="stylesheet" href="/peers/bluesky-profile-feed-embed/app.css" />' +
      '<script type="module" src="/peers/bluesky-profile-feed-embed/app.js"></script>',
    // Its README's markup: the actor (a handle or DID), pinned posts included, a fallback link inside. No
    // `service-uri`, so it calls its default AppView, public.api.bsky.app, which the mock answers.
    widget: (w, posts) =>
      `<bluesky-profile-feed actor="${blueskyHandle(w, posts)}" include-pins>` +
      `<a target="_blank" href="https://bsky.app/profile/${blueskyHandle(w, posts)}" class="bluesky-profile-feed-fallback">` +
      `Posts by Bench Author ${w + 1}</a></bluesky-profile-feed>`,
    // It replaces its children (light DOM) with the rendered feed, one div.feed-post a post.
    rendered: { host: 'bluesky-profile-feed', shadow: false, post: 'div.feed-post' },
    // It always asks getAuthorFeed for 30 posts and has no attribute to change that.
    shows: (posts) => Math.min(posts, 30),
  },
  {
    id: '@idotj/mastodon-embed-timeline',
    compare: ['social-feed (mastodon)', 'social-feed (mastodon API)'],
    head: () => '<link rel="stylesheet" href="/peers/mastodon-embed-timeline/mastodon-timeline.min.css" />',
    widget: (w, posts) =>
      `<div id="mt-${w}" class="mt-container" data-user-id="${mastodonId(w, posts)}" data-user="${mastodonUser(w, posts)}">` +
      '<div class="mt-body" role="feed"><div class="mt-loading-spinner"></div></div></div>',
    // Its setup script, as in its install guide, once for all the timelines on the page.
    tail: (posts) => `<script type="module">
import { Init } from '/peers/mastodon-embed-timeline/mastodon-timeline.esm.js';
for (const el of document.querySelectorAll('.mt-container')) {
  new Init({ mtContainerId: el.id, instanceUrl: 'https://${HOSTS.mastodon}', timelineType: 'profile',
    userId: el.dataset.userId, profileName: '@' + el.dataset.user, maxNbPostFetch: '${posts}', maxNbPostShow: '${posts}' });
}
</script>`,
    rendered: { host: '.mt-container', shadow: false, post: 'article.mt-post' },
    shows: (posts) => posts,
  },
  {
    id: 'emfed',
    compare: ['social-feed (mastodon)', 'social-feed (mastodon API)'],
    // Its README loads it from esm.sh, which resolves `dompurify`; an import map does that here.
    head: () =>
      '<link rel="stylesheet" href="/peers/emfed/toots.css" />' +
      '<script type="importmap">{"imports":{"dompurify":"/peers/dompurify/purify.es.mjs"}}</script>',
    widget: (w, posts) =>
      `<a class="mastodon-feed" href="https://${HOSTS.mastodon}/@${mastodonUser(w, posts)}" data-toot-limit="${posts}">Follow me on Mastodon</a>`,
    tail: () => '<script type="module" src="/peers/emfed/dist/emfed.js"></script>',
    rendered: { host: 'ol.toots', shadow: false, post: 'li.toot' },
    shows: (posts) => Math.min(posts, MASTODON_PAGE_CAP),
  },
];

/** The page of a scenario: a heading, `widgets` widgets in a grid and text after them, so any shift shows. */
export function pageHtml(library, { posts, widgets }) {
  const cells = Array.from({ length: widgets }, (_, w) => `<div class="cell">${library.widget(w, posts)}</div>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" href="data:," />
<title>${library.id}: ${widgets} × ${posts} posts</title>
<style>
body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 16px; align-items: start; }
</style>
${library.head(posts)}
</head>
<body>
<h1>Benchmark page</h1>
<p>An article's first paragraph, above the widgets.</p>
<div class="grid">
${cells}
</div>
<p id="after">Text after the widgets: it moves if they grow after it was painted.</p>
${library.tail?.(posts) ?? ''}
</body>
</html>
`;
}
