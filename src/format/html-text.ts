// Untrusted HTML (Mastodon content, RSS descriptions, JSON Feed content_html) to the widget's rich text, by allow-list:
// paragraphs, line breaks, safe links, mentions, hashtags and custom emoji survive; everything else becomes text.
import type { TextToken } from '../types.js';
import { safeImageUrl, safeUrl } from './safe-url.js';

// Dropped with their content: nothing in them is prose a reader would see.
const HIDDEN = /^(script|style|template|noscript|iframe|object|embed)$/;
const BLOCK = /^(p|div|li|ul|ol|dt|dd|blockquote|h[1-6]|pre|hr|table|tr|figure|figcaption|section|article|header|footer|aside)$/;
// Node types as numbers: the module reads a parsed document but needs no DOM global.
const ELEMENT = 1;
const TEXT = 3;

/** A Mastodon custom emoji: `:shortcode:` in text shows as the image at `url`. */
export interface CustomEmoji {
  shortcode: string;
  url: string;
}

/**
 * The most HTML read from one field. Parsing deeply nested or misnested markup costs more than its length (a run of
 * `<div>`s is quadratic in the browser's parser), and no post or bio needs more: the rest is cut, marked with "…".
 */
export const MAX_HTML = 16_000;

/**
 * The rich text of an HTML fragment; relative links resolve against `baseUrl`, unsafe ones become their text.
 * Elements of class `dropped` go with their content (Mastodon's "RE:" link to a quoted post the widget shows).
 */
export function htmlToTokens(html: string, { parseHtml }: { parseHtml(html: string): Document }, baseUrl?: string, dropped?: string): TextToken[] {
  const tokens: TextToken[] = [];
  // The text since the last link or emoji, in pieces: every step looks only at its end, so each costs the same
  // however long the text grows (an end-anchored pattern over the whole text made long inputs quadratic).
  let run: string[] = [];
  // A paragraph break waits for the next content, so blocks never leave leading, trailing or doubled breaks.
  let pending = false;

  const lastChar = (): string => (run.at(-1) ?? tokens.at(-1)?.text ?? '\n').slice(-1);
  /** Drops the trailing characters found in `chars`, looking no further back than they go. */
  const trimEnd = (chars: string) => {
    for (let piece; (piece = run.at(-1)) !== undefined; run.pop()) {
      let end = piece.length;
      while (end && chars.includes(piece[end - 1])) end--;
      if (end) {
        run[run.length - 1] = piece.slice(0, end);
        return;
      }
    }
  };
  const flush = () => {
    if (run.length) tokens.push({ kind: 'text', text: run.join('') });
    run = [];
  };
  const add = (token: TextToken) => {
    if (pending && (tokens.length || run.length)) {
      trimEnd(' \n');
      run.push('\n\n');
    }
    pending = false;
    if (token.kind === 'text') run.push(token.text);
    else {
      flush();
      tokens.push(token);
    }
  };
  // Spaces collapse as a browser renders them: one between words, none at the start of a line.
  const text = (value: string, pre = false) => {
    if (!pre) {
      value = value.replace(/[ \t\n\r\f]+/g, ' ');
      if (pending || ' \n'.includes(lastChar())) value = value.replace(/^ /, '');
    }
    if (value) add({ kind: 'text', text: value });
  };

  const walk = (node: Node, pre: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT) text((child as Text).data, pre);
      else if (child.nodeType === ELEMENT) element(child as Element, pre);
    }
  };

  const element = (el: Element, pre: boolean) => {
    const name = el.localName;
    // Mastodon hides the scheme and the tail of long URLs in `.invisible` and marks the cut with `.ellipsis`.
    if (HIDDEN.test(name) || el.classList.contains('invisible') || (dropped && el.classList.contains(dropped))) return;
    if (name === 'br') {
      trimEnd(' ');
      return add({ kind: 'text', text: '\n' });
    }
    if (name === 'img') return image(el);
    const href = name === 'a' ? safeUrl(el.getAttribute('href'), baseUrl) : undefined;
    const label = href && visibleText(el).replace(/[ \t\n\r\f]+/g, ' ');
    if (href && label?.trim()) return link(el, href, label);
    const block = BLOCK.test(name);
    pending ||= block;
    walk(el, pre || name === 'pre');
    if (el.classList.contains('ellipsis')) text('…');
    pending ||= block;
  };

  const link = (el: Element, href: string, label: string) => {
    const shown = label.trim();
    if (label.startsWith(' ')) text(' ');
    if (el.classList.contains('hashtag') || /(^|\s)tag(\s|$)/i.test(el.getAttribute('rel') ?? '')) {
      if (shown.startsWith('#')) add({ kind: 'hashtag', text: shown, tag: shown.slice(1), href });
      else add({ kind: 'url', text: shown, href });
    } else if (el.classList.contains('mention') && shown.startsWith('@')) {
      add({ kind: 'mention', text: shown, handle: shown.slice(1), href });
    } else add({ kind: 'url', text: shown, href });
    if (label.endsWith(' ')) text(' ');
  };

  const image = (el: Element) => {
    const alt = el.getAttribute('alt')?.trim();
    if (!alt || !(el.classList.contains('emoji') || el.classList.contains('custom-emoji'))) return;
    const url = safeImageUrl(el.getAttribute('src'), baseUrl);
    if (url) add({ kind: 'emoji', text: alt, url });
    else text(alt);
  };

  walk(parseHtml(html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html).body, false);
  if (html.length > MAX_HTML) text('…');
  trimEnd(' \n');
  flush();
  const first = tokens[0];
  if (first?.kind === 'text' && !(first.text = first.text.replace(/^[ \n]+/, ''))) tokens.shift();
  for (const token of tokens) if (token.kind === 'text') token.text = token.text.replace(/\n{3,}/g, '\n\n');
  return tokens;
}

/** The text a link shows: Mastodon's hidden parts left out, its cut marked with "…", images by their alt. */
function visibleText(node: Node): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === TEXT) out.push((node as Text).data);
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    if (HIDDEN.test(el.localName) || el.classList.contains('invisible')) return;
    if (el.localName === 'img') out.push(el.getAttribute('alt') ?? '');
    el.childNodes.forEach(visit);
    if (el.classList.contains('ellipsis')) out.push('…');
  };
  visit(node);
  return out.join('');
}

/** Splits the `:shortcode:`s of text tokens into emoji tokens, for sources that send custom emoji beside the text. */
export function replaceEmoji(tokens: TextToken[], emojis: CustomEmoji[]): TextToken[] {
  const urls = new Map(emojis.map((emoji) => [emoji.shortcode, emoji.url]));
  if (!urls.size) return tokens;
  return tokens.flatMap((token): TextToken[] => {
    if (token.kind !== 'text') return [token];
    const parts: TextToken[] = [];
    let done = 0;
    // The closing colon is looked ahead, not consumed, so `:a:b:` still finds `:b:` when `a` is no emoji.
    for (const match of token.text.matchAll(/:(\w+)(?=:)/g)) {
      const url = urls.get(match[1]);
      if (!url || match.index < done) continue;
      if (match.index > done) parts.push({ kind: 'text', text: token.text.slice(done, match.index) });
      parts.push({ kind: 'emoji', text: `:${match[1]}:`, url });
      done = match.index + match[0].length + 1;
    }
    if (done < token.text.length) parts.push({ kind: 'text', text: token.text.slice(done) });
    return parts;
  });
}
