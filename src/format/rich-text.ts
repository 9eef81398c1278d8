import type { TextToken } from '../types.js';
import { safeUrl } from './safe-url.js';

export type { TextToken };

const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;
// `user`, `name.bsky.social`: dots and hyphens only between word characters, so a sentence's final dot stays out.
const NAME = `${WORD}+(?:[.-]${WORD}+)*`;
// One alternative per kind: a URL (emoji end it), an @mention with an optional Mastodon `@host`, a #hashtag.
// No `i` flag: case-folding every letter class of Unicode doubles the time the pattern takes to compile.
const TOKEN = new RegExp(
  String.raw`((?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww]{3}\.)[\p{L}\p{N}][^\s<>"\p{Extended_Pictographic}]*)|@(${NAME}(?:@${NAME})?)|#([\p{L}\p{N}_]${WORD}*)`,
  'gu',
);
// What may not come right before each kind: glued to a word (`a@b.com`, `x#1`), an HTML entity (`&#39;`),
// or a domain or e-mail (`a.www.b`, `me@www.site`). URLs follow Twitter in allowing non-Latin letters before them.
const URL_AFTER = /[\w@.]$/u;
const MENTION_AFTER = new RegExp(`${WORD}$`, 'u');
const HASHTAG_AFTER = /[\p{L}\p{M}\p{N}_&]$/u;

/** Splits plain text into text, URL, @mention and #hashtag tokens whose `text` fields join back into the input. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let done = 0;
  // `exec` on the one pattern rather than `matchAll`, which compiles a copy of it on first use.
  TOKEN.lastIndex = 0;
  for (let match; (match = TOKEN.exec(text)); ) {
    const token = read(match, text.slice(Math.max(0, match.index - 2), match.index));
    if (!token) continue;
    if (match.index > done) tokens.push({ kind: 'text', text: text.slice(done, match.index) });
    tokens.push(token);
    done = match.index + token.text.length;
  }
  if (done < text.length) tokens.push({ kind: 'text', text: text.slice(done) });
  return tokens;
}

function read([text, url, handle, tag]: RegExpExecArray, before: string): TextToken | undefined {
  if (url) {
    if (URL_AFTER.test(before)) return undefined;
    const trimmed = trimUrl(url);
    const href = safeUrl(/^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed);
    return href ? { kind: 'url', text: trimmed, href } : undefined;
  }
  if (handle) return MENTION_AFTER.test(before) ? undefined : { kind: 'mention', text, handle };
  return tag && /\p{L}/u.test(tag) && !HASHTAG_AFTER.test(before) ? { kind: 'hashtag', text, tag } : undefined;
}

/** Drops the sentence punctuation after a URL, and each `)` closing a parenthesis the URL did not open. */
function trimUrl(url: string): string {
  // Counted once and updated while trimming: re-counting at each step made a run of `)` quadratic.
  let unopened = url.split(')').length - url.split('(').length;
  let end = url.length;
  for (; end > 0; end--) {
    const last = url[end - 1];
    if (last === ')' && unopened > 0) unopened--;
    else if (!'.,;:!?\'"»”’…'.includes(last)) break;
  }
  return url.slice(0, end);
}

/** A URL as readers see it: no scheme, `www.` or final `/`, decoded, at most `max` code points ending in `…`. */
export function shortenUrl(href: string, max = 32): string {
  let short = href.replace(/^[a-z][\w+.-]*:(?:\/\/)?(?:www\.)?/i, '').replace(/\/$/, '');
  try {
    short = decodeURI(short);
  } catch {
    // A malformed escape stays as written: still a faithful, if less readable, picture of the URL.
  }
  const chars = [...short];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : short;
}
