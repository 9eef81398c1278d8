// Sam's blog as RSS 2.0 (/demo/feeds/blog.xml): titled posts with short HTML descriptions, one with an image enclosure.
import { DAY, HOUR, MINUTE } from './time.mjs';
import { escapeXml } from './xml.mjs';

const SITE = 'https://samrivera.example';

/** Builds the blog's RSS document, dated back from `now`; its image and enclosure are served by the demo at `origin`. */
export function blogRss(now = Date.now(), origin = 'http://localhost:8000') {
  // RFC 822 dates, as RSS 2.0 requires: `Wed, 26 Mar 2025 18:09:00 GMT`.
  const date = (ago) => new Date(now - ago).toUTCString();
  const item = (ago, slug, title, description, extra = '') => `
    <item>
      <title>${escapeXml(title)}</title>
      <link>${SITE}/posts/${slug}</link>
      <guid isPermaLink="true">${SITE}/posts/${slug}</guid>
      <pubDate>${date(ago)}</pubDate>
      <dc:creator>Sam Rivera</dc:creator>
      <description>${escapeXml(description)}</description>${extra}
    </item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Sam Rivera</title>
    <link>${SITE}/</link>
    <atom:link href="${SITE}/feed.xml" rel="self" type="application/rss+xml" />
    <description>Essays on the open web, accessibility and small websites.</description>
    <language>en-us</language>
    <lastBuildDate>${date(12 * MINUTE)}</lastBuildDate>
    <image>
      <url>${origin}/demo/assets/sam.svg</url>
      <title>Sam Rivera</title>
      <link>${SITE}/</link>
    </image>${item(
      12 * MINUTE,
      'small-embeds',
      'Small is a feature',
      '<p>What a 300 KB embed costs the people who read your page, and what five posts actually need.</p>',
    )}${item(
      2 * DAY + 3 * HOUR,
      'logical-properties-one-year-later',
      'Logical properties, one year later',
      '<p>Switching a whole design system to <code>margin-inline</code> and friends: what broke, and what we never had to fix again.</p>',
      `
      <enclosure url="${origin}/demo/assets/desk.svg" length="814" type="image/svg+xml" />`,
    )}${item(
      9 * DAY,
      'feed-pattern',
      'What the WAI-ARIA feed pattern asks of a widget',
      '<p>Articles, <a href="https://www.w3.org/WAI/ARIA/apg/patterns/feed/">aria-busy</a> and two keys most widgets forget.</p>',
    )}
  </channel>
</rss>
`;
}
