// A newsletter's JSON Feed 1.1 (/demo/feeds/feed.json): HTML and plain-text items, a summary under a title, attachments.
import { DAY, HOUR, WEEK } from './time.mjs';

const SITE = 'https://openweb.example';

/** Builds the newsletter's feed, dated back from `now`; its icon and images are served by the demo at `origin`. */
export function jsonFeed(now = Date.now(), origin = 'http://localhost:8000') {
  // RFC 3339 with the publisher's offset, as many JSON Feed generators write it.
  const date = (ago) => new Date(now - ago).toISOString().replace(/\.\d+Z$/, '+00:00');
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Open Web Weekly',
    home_page_url: `${SITE}/`,
    feed_url: `${SITE}/feed.json`,
    description: 'A weekly letter about building websites for everyone, by Léa Martin.',
    icon: `${origin}/demo/assets/weekly.svg`,
    favicon: `${origin}/demo/assets/weekly.svg`,
    language: 'en',
    authors: [{ name: 'Open Web Weekly', url: `${SITE}/about/` }],
    items: [
      {
        id: `${SITE}/notes/2025-most-shared`,
        url: `${SITE}/notes/2025-most-shared`,
        content_html:
          '<p>This week’s most shared link: <a href="https://www.w3.org/WAI/tutorials/images/decision-tree/">an alt text decision tree</a>. Print it, pin it above your desk.</p>',
        date_published: date(HOUR + 10 * 60_000),
        tags: ['a11y'],
      },
      {
        id: `${SITE}/issues/42`,
        url: `${SITE}/issues/42`,
        title: 'Issue 42: embeds without the weight',
        summary: 'Five social embeds measured, and a 16 KB alternative that still shows the latest posts.',
        content_html: `<p>${'Long read. '.repeat(60)}</p>`,
        date_published: date(DAY + 4 * HOUR),
      },
      {
        id: `${SITE}/notes/jsonfeed`,
        url: `${SITE}/notes/jsonfeed`,
        content_text: 'Reminder: if your blog has an RSS feed, a JSON Feed is ten more lines. Spec: https://www.jsonfeed.org/version/1.1/ #IndieWeb',
        date_published: date(3 * DAY),
      },
      {
        id: `${SITE}/issues/41`,
        url: `${SITE}/issues/41`,
        title: 'Issue 41: the keyboard is a user too',
        summary: 'Focus order, skip links and the one shortcut that should never be overridden.',
        date_published: date(WEEK + 4 * HOUR),
        // The issue read aloud, offered as a player beside its picture (a chime stands in for the recording).
        attachments: [
          { url: `${origin}/demo/assets/keyboard.svg`, mime_type: 'image/svg+xml', title: 'Keyboard illustration', size_in_bytes: 917 },
          { url: `${origin}/demo/assets/chime.wav`, mime_type: 'audio/wav', title: 'Issue 41, read aloud', size_in_bytes: 12044, duration_in_seconds: 1.5 },
        ],
      },
    ],
  };
}
