/**
 * Icons for the author's social links, inline so they need no request and follow the text colour.
 * Brand paths are from simple-icons 16.37.0 (CC0-1.0); LinkedIn and Skype (withdrawn from simple-icons
 * at the brands' request), website, email and the generic link are from @mdi/js 7.4.47 (Apache-2.0).
 * The MDI ones were scaled up about 20% to fill the box as the simple-icons marks do, and all were
 * rounded to one decimal with svgo: invisible at icon sizes, and about half the bytes.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** 24×24 path data by canonical network name. */
const PATHS: Record<string, string> = {
  facebook: 'M9.1 23.7v-8H6.6V12h2.5v-1.5q-.1-6 5.9-6h1.4l1.2.3V8h-1.4q-1 0-1.7.3l-.7.6q-.3.6-.3 1.7V12h3.9l-.4 2.1-.3 1.6h-3.2V24a12 12 0 1 0-4.4-.3',
  linkedin: 'M20.4 1.2a2.4 2.4 0 0 1 2.4 2.4v16.8a2.4 2.4 0 0 1-2.4 2.4H3.6a2.4 2.4 0 0 1-2.4-2.4V3.6a2.4 2.4 0 0 1 2.4-2.4zm-.6 18.6v-6.4a4 4 0 0 0-4-3.9q-1.7.1-2.7 1.6V9.8H9.8v10H13v-6q.1-1.4 1.7-1.6a2 2 0 0 1 1.7 1.7v5.9zm-14-12a2 2 0 0 0 2-2 2 2 0 0 0-2-2 2 2 0 0 0-2 2c0 1.2 1 2 2 2m1.7 12v-10H4.2v10z',
  skype: 'M20 4c2.8 2.7 3.8 6.5 3.1 10q.9 1.5.9 3.3a6.7 6.7 0 0 1-6.7 6.7q-1.8 0-3.2-.9A11 11 0 0 1 4 20 11 11 0 0 1 .9 10Q0 8.4 0 6.6A6.7 6.7 0 0 1 6.7 0q1.8 0 3.2.9A11 11 0 0 1 20 4m-8 14.9c3.9 0 5.8-1.9 5.8-4.3 0-1.6-.8-3.3-3.7-4l-2.6-.6c-1-.2-2.2-.5-2.2-1.4q0-1.6 2.3-1.7c3 0 2.7 2 4.2 2q1.2 0 1.4-1.2c0-1.8-3-3.2-5.4-3.2-2.7 0-5.5 1.2-5.5 4.2 0 1.5.5 3 3.4 3.8l3.6.9q1.4.4 1.3 1.4-.1 1.7-2.5 1.8c-3.3 0-2.8-2.5-4.5-2.5q-1.3.1-1.4 1.3C6.2 17 8 19 12.1 19',
  twitter: 'M14.2 10.2 23 0h-2l-7.7 8.8-6-8.8h-7l9.1 13.3L.3 24h2l8-9.3 6.4 9.3h7zm-2.8 3.3-1-1.4L3.2 1.6h3.2l6 8.5.9 1.3L21 22.5h-3.2z',
  slideshare: 'M3.2.2C1.8.2 1.1 1.3 1.1 2.5v7.9q-1-.6-1.1.3.1.8 1.4 2.5 1.4 1.5 3 2.3a11 11 0 0 0-.5 3.6q0 1.6.9 2.7 1.5 2 3.7 2c1.2 0 2.5-.6 2.7-2.4v-4.7c1.3.6 3.4.4 4.4-.4q.4-.2.4 0 .2-.1 0 .4a6 6 0 0 1-3.2 2v2.6a2.5 2.5 0 0 0 2.6 2.5q2.3-.2 3.1-1.2 1.2-.8 1.6-3.2a10 10 0 0 0-.5-4 10 10 0 0 0 3-2.2c.6-.7 1.4-2 1.4-2.5s-.6-.8-1-.3V2.5c0-.8-.5-2.3-2.2-2.3zm.4 1.4h16.8q1.2-.1 1.2 1.2v8.9a9 9 0 0 1-3.6 1.5c-1.6.4-3 .1-3.6.2q-1.4 0-1.3 1.8-1-.4-1.7-1.2t-1.6-.6H7.3a10 10 0 0 1-4.9-1.8V2.8q0-1.3 1.2-1.2m4.5 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6m7.8 0a3 3 0 1 0 0 6 3 3 0 0 0 0-6',
  mastodon: 'M23.3 5.3a6 6 0 0 0-5.3-5c-.5 0-2.2-.3-6.2-.3S6.9.2 6.5.3C3.9.7 1.5 2.5.9 5.1q-.4 2-.2 4 0 3 .2 5.7l.6 3.6c.6 2.3 2.8 4.1 5 4.9a13 13 0 0 0 8 .2q1-.2 1.8-.8v-1.9a20 20 0 0 1-4.7.5c-2.8 0-3.5-1.2-3.7-1.8l-.3-1.4q2.4.5 4.7.5h1.1l4.8-.4c2.5-.5 4.8-2 5-5.7V11c0-.6.3-3.7 0-5.6m-3.8 9.2H17V8.3q0-2-1.7-2-1.8 0-1.9 2.4V12H11V8.7q0-2.4-1.9-2.4-1.5 0-1.6 2v6.2H4.8V8.1q0-2 1-3.1t2.8-1.2q2 0 3 1.5l.6 1 .6-1q1-1.5 3-1.5 1.6 0 2.7 1.2 1 1.2 1 3.1z',
  bluesky: 'M5.2 2.9a28 28 0 0 1 6.8 8.5c1-2.3 4-6.5 6.8-8.5 2-1.5 5.2-2.7 5.2 1 0 .7-.4 6.1-.7 7-.8 3-4 3.9-6.7 3.4 4.8.8 6 3.6 3.4 6.3-5 5.2-7.3-1.3-7.8-3l-.2-.3-.2.3c-.5 1.7-2.7 8.2-7.8 3-2.7-2.7-1.4-5.5 3.4-6.3-2.8.5-5.9-.3-6.7-3.4C.4 10 0 4.6 0 4 0 .3 3.2 1.5 5.2 3',
  github: 'M12 .3a12 12 0 0 0-3.8 23.4q.8 0 .8-.6v-2c-3.3.7-4-1.6-4-1.6-.6-1.4-1.4-1.8-1.4-1.8-1-.7.1-.7.1-.7 1.2 0 1.9 1.2 1.9 1.2 1 1.8 2.8 1.3 3.5 1q.1-1.2.7-1.6c-2.7-.3-5.5-1.3-5.5-6q0-1.9 1.3-3.1c-.2-.4-.6-1.6 0-3.2 0 0 1-.3 3.4 1.2a12 12 0 0 1 6 0c2.3-1.5 3.3-1.2 3.3-1.2.6 1.6.2 2.8 0 3.2q1.3 1.2 1.3 3.2c0 4.6-2.8 5.6-5.5 5.9q.8.5.9 2.2v3.3q-.1.6.8.6A12 12 0 0 0 12 .3',
  instagram: 'M7 0Q5.2.3 4.1.7 3 1.2 2 2 1 3 .6 4.2.1 5.2.1 7a85 85 0 0 0 .5 12.8Q1.2 21 2 22q1 1 2.2 1.4 1 .5 2.9.5a85 85 0 0 0 12.8-.5Q21 22.8 22 22q1-1 1.4-2.2.5-1 .5-2.9a85 85 0 0 0-.5-12.8Q22.9 3 22 2 21 1 19.8.6q-1-.5-2.9-.5A86 86 0 0 0 7 0m.2 21.7q-1.7-.1-2.3-.4-.8-.3-1.3-1-.6-.4-1-1.3-.2-.5-.4-2.2a85 85 0 0 1 .4-12q.3-.8 1-1.3.4-.7 1.3-1 .5-.2 2.2-.4a84 84 0 0 1 12 .4q.8.4 1.3 1 .6.4 1 1.3.2.5.4 2.2a83 83 0 0 1-.4 12q-.3.8-1 1.3-.4.6-1.3 1-.5.2-2.2.4a85 85 0 0 1-9.7 0M17 5.6A1.4 1.4 0 1 0 18.4 4 1.4 1.4 0 0 0 17 5.6M5.8 12a6.2 6.2 0 1 0 12.4 0 6.2 6.2 0 0 0-12.4 0M8 12a4 4 0 1 1 4 4 4 4 0 0 1-4-4',
  youtube: 'M23.5 6.2A3 3 0 0 0 21.4 4c-1.9-.5-9.4-.5-9.4-.5s-7.5 0-9.4.5A3 3 0 0 0 .5 6.3C0 8 0 12 0 12s0 4 .5 5.8A3 3 0 0 0 2.6 20c1.9.6 9.4.6 9.4.6s7.5 0 9.4-.6a3 3 0 0 0 2.1-2c.5-2 .5-5.9.5-5.9s0-4-.5-5.8m-14 9.4V8.4l6.3 3.6z',
  rss: 'M19.2 24C19.2 13.5 10.5 4.8 0 4.8V0a24 24 0 0 1 24 24zm-16-6.6a3.3 3.3 0 1 1 0 6.6 3.3 3.3 0 0 1 0-6.6M16 24h-4.7c0-6.2-5-11.2-11.2-11.2V8A16 16 0 0 1 16 24',
  website: 'M17.2 14.4a20 20 0 0 0 0-4.8h4a10 10 0 0 1 0 4.8m-6 6.7q1-2 1.6-4.3h3.5q-1.8 3-5.2 4.3m-.3-6.7H9.2a16 16 0 0 1 0-4.8h5.6a18 18 0 0 1 0 4.8M12 21.6q-1.5-2.2-2.3-4.8h4.6q-.8 2.6-2.3 4.8M7.2 7.2H3.7q1.8-3 5.2-4.3-1 2-1.7 4.3m-3.5 9.6h3.5q.6 2.3 1.7 4.3-3.3-1.2-5.2-4.3m-1-2.4a10 10 0 0 1 0-4.8h4a20 20 0 0 0 0 4.8m5.3-12q1.5 2.2 2.3 4.8H9.7q.8-2.6 2.3-4.8m8.3 4.8h-3.5q-.6-2.3-1.7-4.3 3.3 1.3 5.2 4.3M12 0A12 12 0 0 0 0 12a12 12 0 0 0 12 12 12 12 0 0 0 12-12A12 12 0 0 0 12 0',
  email: 'm21.6 7.2-9.6 6-9.6-6V4.8l9.6 6 9.6-6m0-2.4H2.4C1.1 2.4 0 3.4 0 4.8v14.4a2.4 2.4 0 0 0 2.4 2.4h19.2a2.4 2.4 0 0 0 2.4-2.4V4.8c0-1.3-1-2.4-2.4-2.4',
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
const LINK = 'M2.3 12c0-2 1.6-3.7 3.7-3.7h4.8V6H6a6 6 0 0 0-6 6 6 6 0 0 0 6 6h4.8v-2.3H6c-2 0-3.7-1.6-3.7-3.7m4.9 1.2h9.6v-2.4H7.2zM18 6h-4.8v2.3H18a3.7 3.7 0 0 1 0 7.4h-4.8V18H18a6 6 0 0 0 6-6 6 6 0 0 0-6-6';

// hasOwn, not `in` or `??`: network names come from the feed, and "constructor" must not hit Object.prototype.
function pathOf(network: string): string | undefined {
  const name = network.trim().toLowerCase();
  const key = Object.hasOwn(ALIASES, name) ? ALIASES[name] : name;
  return Object.hasOwn(PATHS, key) ? PATHS[key] : undefined;
}

/** Whether `network` (case-insensitive, aliases included) has its own icon rather than the generic link. */
export function isKnownNetwork(network: string): boolean {
  return pathOf(network) !== undefined;
}

/** The decorative icon for `network`: 1em square by default, sized and coloured by CSS. */
export function networkIcon(network: string): TemplateResult {
  // An <svg> element belongs in an `html` template; lit's `svg` tag is only for what goes inside one.
  return html`<svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false"><path d=${pathOf(network) ?? LINK}></path></svg>`;
}
