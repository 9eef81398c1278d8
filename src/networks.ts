// The networks the widget knows, in one table: how a profile is addressed (its page, its handle), the public API
// calls that read it, where its mentions and hashtags link, and which sites' links are whose. Every other module asks
// here rather than matching URLs of its own.

/** A Bluesky DID, as its API and profile pages use them. */
export const DID = /^did:[a-z]+:[\w.:-]+$/;

// A domain name: Mastodon instances, Bluesky handles.
const DOMAIN = String.raw`[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)+`;
/** A domain name, such as a Bluesky handle (`name.bsky.social`, `example.com`). */
export const DOMAIN_NAME = new RegExp(`^${DOMAIN}$`, 'i');
const MASTODON_HANDLE = new RegExp(String.raw`^@(\w[\w.-]*)@(${DOMAIN})$`, 'i');
const BLUESKY_HANDLE = new RegExp(`^@(${DOMAIN})$`, 'i');
// `/@user` or `/@user@other.host`; not a feed file such as `/@user.rss`.
const MASTODON_PATH = /^\/@(\w[\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?)\/?$/;
const FEED_FILE = /\.(?:rss|atom|xml|json)$/i;
// Sites that use `/@name` paths without being Mastodon instances.
const NOT_MASTODON = /(^|\.)(medium|youtube|tiktok|threads|substack)\.(com|net)$/;

/** Bluesky's web app: profile pages, and where mentions and hashtags link. */
export const BLUESKY_APP = 'https://bsky.app/';
/** Bluesky's public AppView: no account or token needed. */
const BLUESKY_API = 'https://public.api.bsky.app/xrpc/';

/** A profile the widget reads through its network's public API. */
export type Profile =
  | { network: 'mastodon'; /** The instance, `https://host`. */ origin: string; /** `user` or `user@other.host`. */ user: string }
  | { network: 'bluesky'; /** A handle or a DID. */ actor: string };

/** The profile a URL is the page of: `https://bsky.app/profile/<handle or DID>` or a Mastodon-style `https://host/@user`. */
export function profileOf(url: URL): Profile | undefined {
  if (!/^https?:$/.test(url.protocol)) return undefined;
  if (url.hostname === 'bsky.app') {
    const actor = /^\/profile\/([^/]+)\/?$/.exec(url.pathname)?.[1];
    return actor && (DID.test(actor) || DOMAIN_NAME.test(actor)) ? { network: 'bluesky', actor } : undefined;
  }
  const user = FEED_FILE.test(url.pathname) ? undefined : MASTODON_PATH.exec(url.pathname)?.[1];
  return user && !NOT_MASTODON.test(url.hostname) ? { network: 'mastodon', origin: url.origin, user } : undefined;
}

/** The profile page a handle names: `@user@instance` (Mastodon), `@name.bsky.social` or `@example.com` (Bluesky). */
export function handlePage(src: string): string | undefined {
  const mastodon = MASTODON_HANDLE.exec(src);
  if (mastodon) return `https://${mastodon[2].toLowerCase()}/@${mastodon[1]}`;
  const bluesky = BLUESKY_HANDLE.exec(src);
  return bluesky ? `${BLUESKY_APP}profile/${bluesky[1].toLowerCase()}` : undefined;
}

/**
 * The API calls that start reading a profile, made at once (while the code that reads the answers loads): the
 * Mastodon account lookup; Bluesky's profile and its latest posts without replies, the pinned one included.
 */
export function firstCalls(profile: Profile, count: number): string[] {
  if (profile.network === 'mastodon') return [`${profile.origin}/api/v1/accounts/lookup?acct=${profile.user}`];
  const { actor } = profile;
  const limit = String(Math.min(100, Math.max(1, Math.floor(count) || 1)));
  return [
    `${BLUESKY_API}app.bsky.actor.getProfile?${new URLSearchParams({ actor })}`,
    `${BLUESKY_API}app.bsky.feed.getAuthorFeed?${new URLSearchParams({ actor, limit, filter: 'posts_no_replies', includePins: 'true' })}`,
  ];
}

/** Where a network's @mentions and #hashtags link to: the handle or tag is appended, URL-encoded. */
export interface LinkBases {
  mention?: string;
  hashtag?: string;
}

/** The link bases of the network a profile page belongs to: X, Bluesky or a Mastodon-style instance; none elsewhere. */
export function linkBases(profile: URL | undefined): LinkBases {
  const host = profile?.hostname.replace(/^(?:www|mobile)\./, '');
  if (host === 'x.com' || host === 'twitter.com') return { mention: 'https://x.com/', hashtag: 'https://x.com/hashtag/' };
  if (host === 'bsky.app') return { mention: `${BLUESKY_APP}profile/`, hashtag: `${BLUESKY_APP}hashtag/` };
  if (profile && MASTODON_PATH.test(profile.pathname)) return { mention: `${profile.origin}/@`, hashtag: `${profile.origin}/tags/` };
  return {};
}

// API paths that name their format, so that with format="auto" its reader can load with the response.
const API_FORMATS: [RegExp, 'mastodon' | 'bluesky' | 'rss'][] = [
  [/\/api\/v1\/(?:accounts\/[^/]+\/statuses|timelines\/)/, 'mastodon'],
  [/\/xrpc\/app\.bsky\.feed\./, 'bluesky'],
  [/\.(?:rss|atom|xml)$|\/(?:feed|rss|atom)\/?$/i, 'rss'],
];

/** The format a URL's path gives away (`/api/v1/accounts/1/statuses`, `/feed.xml`), if any. */
export function formatOfPath(url: URL): 'mastodon' | 'bluesky' | 'rss' | undefined {
  return API_FORMATS.find(([path]) => path.test(url.pathname))?.[1];
}

// Sites whose links are known networks', by domain (subdomains included).
const SITES: [string, string][] = [
  ['github.com', 'github'],
  ['bsky.app', 'bluesky'],
  ['youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
  ['instagram.com', 'instagram'],
  ['linkedin.com', 'linkedin'],
  ['x.com', 'twitter'],
  ['twitter.com', 'twitter'],
  ['facebook.com', 'facebook'],
];

/** The network a link's host belongs to (`github.com` → `github`), else `website`. */
export function siteNetwork(host: string): string {
  return SITES.find(([domain]) => host === domain || host.endsWith(`.${domain}`))?.[1] ?? 'website';
}
