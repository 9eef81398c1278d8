// What one feed may hold, whatever its source: every adapter's output passes through here. Enough for any real
// profile, and a bound on what a hostile feed can make the page do; names and labels lose the invisible characters
// that could make them read as something else.
import { clip, clipTokens, MAX_TEXT } from '../../format/clip.js';
import { visibleSafe } from '../../format/visible-safe.js';
import type { Feed, Media, Post, TextToken } from '../../types.js';

/** The most posts kept of one feed. */
export const MAX_POSTS = 500;
/** The most characters of a name, a handle or a link's label. */
export const MAX_NAME = 200;
const MAX_MEDIA = 20;
const MAX_LINKS = 30;
// The longest address of an older page followed: a Bluesky cursor is a few dozen characters.
const MAX_URL = 2000;

/** The feed within the caps above and those of `clip.ts`; the input is not changed. */
export function boundFeed({ author, links, posts, next }: Feed): Feed {
  const bounded: Feed = {
    author: { ...author, name: name(author.name) },
    links: links.slice(0, MAX_LINKS).map((link) => ({ ...link, label: name(link.label) })),
    posts: posts.slice(0, MAX_POSTS).map(boundPost),
  };
  if (next && next.length <= MAX_URL) bounded.next = next;
  const { nameContent, handle, bio, bioContent } = author;
  if (nameContent) bounded.author.nameContent = clipTokens(nameContent.map(visibleToken), MAX_NAME);
  if (handle !== undefined) bounded.author.handle = name(handle);
  if (bio !== undefined) bounded.author.bio = clip(bio, MAX_TEXT);
  if (bioContent) bounded.author.bioContent = clipTokens(bioContent);
  return bounded;
}

/** Attachments within their caps (a post's, a quoted post's). */
export const boundMedia = (media: Media[]) => media.slice(0, MAX_MEDIA).map((item) => ({ ...item, alt: clip(item.alt, MAX_TEXT) }));
/** A name, handle, title or label within MAX_NAME, without invisible reordering characters. */
export const name = (text: string) => clip(visibleSafe(text), MAX_NAME);

function boundPost(post: Post): Post {
  const bounded: Post = { ...post, text: clip(post.text, MAX_TEXT), media: boundMedia(post.media) };
  if (post.content) bounded.content = clipTokens(post.content);
  if (post.spoiler !== undefined) bounded.spoiler = clip(post.spoiler, MAX_TEXT);
  const { repostOf } = post;
  if (repostOf) {
    bounded.repostOf = { ...repostOf };
    if (repostOf.name !== undefined) bounded.repostOf.name = name(repostOf.name);
    if (repostOf.handle !== undefined) bounded.repostOf.handle = name(repostOf.handle);
  }
  return bounded;
}

const visibleToken = (token: TextToken): TextToken => (token.kind === 'text' ? { ...token, text: visibleSafe(token.text) } : token);
