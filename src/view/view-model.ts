// What the element shows of a feed, worked out from the data alone: which posts (filters, pinned first, `limit` plus
// what "show more" revealed), their time labels against `now`, and when the next label changes. Pure: no DOM.
import { formatFull, formatRelative } from '../format/relative-time.js';
import { tokenize } from '../format/rich-text.js';
import type { Feed, Post } from '../types.js';

/** A post as shown, with its time labels (empty for a post without a date). */
export interface PostView {
  post: Post;
  /** Relative: "3 hours ago". */
  label: string;
  /** The full local date. */
  full: string;
}

/** The posts shown and what the element needs around them. */
export interface FeedView {
  posts: PostView[];
  /** More posts pass the filters than are shown: "show more" has something to reveal. */
  hasMore: boolean;
  /** How many posts pass the filters, shown or not: the feed pattern's set size. */
  setSize: number;
  /** When a label next changes (epoch ms), `Infinity` for never. */
  wakeAt: number;
}

/** What decides which posts show. */
export interface ViewOptions {
  /** How many of the latest posts show: `limit` plus what "show more" revealed. */
  shown: number;
  showPinned: boolean;
  showReplies: boolean;
  hideReposts: boolean;
  /** The time labels are worked out against (epoch ms). */
  now: number;
  locale: string;
}

const fullDates = new WeakMap<Post, { locale: string; text: string }>();

/** A post's full local date, formatted once per locale: labels change every minute, the full date never. */
function fullDate(post: Post, locale: string): string {
  let cached = fullDates.get(post);
  if (cached?.locale !== locale) fullDates.set(post, (cached = { locale, text: post.published ? formatFull(post.published, locale) : '' }));
  return cached.text;
}

/** The view of `feed` (none yet: nothing to show) under `options`. */
export function feedView(feed: Feed | undefined, options: ViewOptions): FeedView {
  const { shown, showPinned, showReplies, hideReposts, now, locale } = options;
  const posts = (feed?.posts ?? []).filter((post) => (showReplies || !post.reply) && !(hideReposts && post.repostOf));
  const pinned = showPinned ? posts.filter((post) => post.pinned) : [];
  const latest = showPinned ? posts.filter((post) => !post.pinned) : posts;
  let wakeAt = Infinity;
  const views = [...pinned, ...latest.slice(0, shown)].map((post) => {
    // An open poll turns to its final results when it closes.
    const closes = +(post.poll?.closesAt ?? 0);
    if (closes > now) wakeAt = Math.min(wakeAt, closes);
    if (!post.published) return { post, label: '', full: '' };
    const time = formatRelative(post.published, now, locale);
    wakeAt = Math.min(wakeAt, time.changesAt);
    return { post, label: time.text, full: fullDate(post, locale) };
  });
  return { posts: views, hasMore: latest.length > shown, setSize: pinned.length + latest.length, wakeAt };
}

const warmed = new Set<string>();

/**
 * Builds the locale's date formatters and compiles the text pattern while the feed is in flight: the first posts
 * then render without paying for them. Once per locale.
 */
export function warmUp(locale: string, now: number): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  formatFull(new Date(now), locale);
  formatRelative(new Date(now), now, locale);
  tokenize('@a #b https://c.example');
}
