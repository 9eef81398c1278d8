/**
 * Icons for the author's social links, inline so they need no request and follow the text colour.
 * Facebook, X, Bluesky and RSS are simple-icons 16.37.0 paths (CC0-1.0), simplified; the other marks
 * were drawn for this file as plain geometry (arcs, round coordinates) that keeps each logo's shape at
 * the 16–24 px it is shown at, for about half the bytes of the detailed originals.
 * Holes are wound against their outline because the path fills with the default nonzero rule.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** 24×24 path data by canonical network name. */
const PATHS: Record<string, string> = {
  facebook: 'M9 23.6V16H6.5v-4H9v-1.5A5.5 5.5 0 0 1 14.5 5H17v3.5h-1.5a2 2 0 0 0-2 2V12h3.8l-.6 4h-3.2v8A12 12 0 1 0 9 23.6',
  linkedin: 'M3 1h18a2 2 0 0 1 2 2v18a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2m1.5 8v10.5H8V9zm1.75-5.5a2 2 0 0 0 0 4 2 2 0 0 0 0-4M10 9v10.5h3.3v-6c0-1.2.6-2 1.7-2s1.7.8 1.7 2v6H20v-6.5c0-3-1.5-4.5-4-4.5q-2 0-3 1.5V9z',
  skype: 'M2 10.5A6 6 0 0 1 10.5 2 10 10 0 0 1 22 13.5 6 6 0 0 1 13.5 22 10 10 0 0 1 2 10.5m14.1-4.1A4.7 4.7 0 1 0 12 13.4a1.9 1.9 0 1 1-1.6 2.8l-2.5 1.4a4.7 4.7 0 1 0 4.1-7 1.9 1.9 0 1 1 1.6-2.8z',
  twitter: 'M14.2 10.2 23 0h-2l-7.7 8.8-6-8.8H0l9 13.3L0 24h2l8.3-9.3 6.4 9.3H24zm-2.8 3.3-1-1.4L3 1.5h3.5l6 8.5.9 1.3L21 22.5h-3.5z',
  slideshare: 'M3 0h18a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V2a2 2 0 0 1 2-2m0 2v9h18V2zm2 7a3 3 0 1 1 6 0 3 3 0 1 1-6 0m8 0a3 3 0 1 1 6 0 3 3 0 1 1-6 0m-8 4h6v8a3 3 0 0 1-6 0zm8 0h6v8a3 3 0 0 1-6 0z',
  mastodon: 'M6 1h12a5 5 0 0 1 5 5v7a5 5 0 0 1-5 5h-7q0 2 2 2h3v2.5C9 24.5 1 22 1 13V6a5 5 0 0 1 5-5m-1 14h2.5V9.5a1.75 1.75 0 0 1 3.5 0V13h2V9.5a1.75 1.75 0 0 1 3.5 0V15H19V9a3.5 4 0 0 0-7 0 3.5 4 0 0 0-7 0z',
  bluesky: 'M12 11C11 8.5 8 4.5 5 3S0 1 0 4c0 1 .5 6 1 7 1 3 4 3.5 6.5 3-5 1-6 4-3.5 6.5 5 5 7.5-1.5 8-3.5.5 2 3 8.5 8 3.5 2.5-2.5 1.5-5.5-3.5-6.5 2.5.5 5.5 0 6.5-3 .5-1 1-6 1-7 0-3-3-2-5-1C16 4.5 13 8.5 12 11',
  github: 'M9.5 23.7v-2.2C6.5 22 5 20 3.8 17c1.2 0 1.7 1 2.2 1.7.8 1.1 2 1.4 3.5 1.1v-1.3C6.5 18 5 16 5 12.5q0-2 1.3-3.3-.5-1.7.1-3.7 1.6 0 3.6 1.3a10 10 0 0 1 4 0q2-1.3 3.6-1.3.6 2 .1 3.7Q19 10.5 19 12.5c0 3.5-1.5 5.5-4.5 6v5.2A12 12 0 1 0 9.5 23.7',
  instagram: 'M7 1h10a6 6 0 0 1 6 6v10a6 6 0 0 1-6 6H7a6 6 0 0 1-6-6V7a6 6 0 0 1 6-6m0 2a4 4 0 0 0-4 4v10a4 4 0 0 0 4 4h10a4 4 0 0 0 4-4V7a4 4 0 0 0-4-4zm-.5 9a5.5 5.5 0 1 0 11 0 5.5 5.5 0 1 0-11 0m2 0a3.5 3.5 0 1 1 7 0 3.5 3.5 0 1 1-7 0M16 6a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0',
  youtube: 'M5 4h14a5 5 0 0 1 5 5v6a5 5 0 0 1-5 5H5a5 5 0 0 1-5-5V9a5 5 0 0 1 5-5m4.5 4.5v7l6-3.5z',
  rss: 'M19 24A19 19 0 0 0 0 5V0a24 24 0 0 1 24 24zM3 18a3 3 0 1 1 0 6 3 3 0 0 1 0-6m13 6h-5A11 11 0 0 0 0 13V8a16 16 0 0 1 16 16',
  website: 'M1 12a11 11 0 1 0 22 0 11 11 0 1 0-22 0m2.4 0a8.6 8.6 0 1 1 17.2 0 8.6 8.6 0 1 1-17.2 0M1 10.8v2.4h22v-2.4zM12 1a5.5 11 0 0 0 0 22 5.5 11 0 0 0 0-22 3.1 11 0 0 1 0 22 3.1 11 0 0 1 0-22',
  email: 'M2 4h20a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2m0 2v2.5l10 6.5 10-6.5V6l-10 6.5z',
};

/** Other names for the same networks (X is Twitter renamed, so it gets the current X mark). */
const ALIASES: Record<string, string> = {
  x: 'twitter',
  feed: 'rss',
  atom: 'rss',
  web: 'website',
  site: 'website',
  blog: 'website',
  homepage: 'website',
  url: 'website',
  mail: 'email',
  'e-mail': 'email',
};

/** A chain link, for networks we have no mark for. */
const LINK = 'M7 6h4v2.5H7a3.5 3.5 0 0 0 0 7h4V18H7A6 6 0 0 1 7 6m6 0h4a6 6 0 0 1 0 12h-4v-2.5h4a3.5 3.5 0 0 0 0-7h-4zm-6 4.8v2.4h10v-2.4z';

// hasOwn, not `in` or `??`: network names come from the feed, and "constructor" must not hit Object.prototype.
function pathOf(network: string): string | undefined {
  const name = network.trim().toLowerCase();
  const key = Object.hasOwn(ALIASES, name) ? ALIASES[name] : name;
  return Object.hasOwn(PATHS, key) ? PATHS[key] : undefined;
}

/** The decorative icon for `network`: 1em square by default, sized and coloured by CSS. */
export function networkIcon(network: string): TemplateResult {
  // An <svg> element belongs in an `html` template; lit's `svg` tag is only for what goes inside one.
  return html`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false"><path d=${pathOf(network) ?? LINK}></path></svg>`;
}
