// How much of one field the widget keeps and renders: enough for any real post or bio, and a bound on the work a
// hostile one can cause (every node costs layout, and a paragraph's direction is recomputed per node inserted).
import type { TextToken } from '../types.js';

/** The most characters kept of a post's or a bio's text; the rest is cut, marked with "…". */
export const MAX_TEXT = 5_000;
/** The most links, mentions, hashtags and emoji in one text; past them, their text stays as plain text. */
export const MAX_RICH_TOKENS = 100;

/** `text` cut to `max` (at least 1) UTF-16 units, the cut marked with "…" and never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 2) >> 10 === 0x36;
  return `${text.slice(0, high ? max - 2 : max - 1)}…`;
}

/** Rich text within `max` characters and MAX_RICH_TOKENS links or emoji, adjacent text joined into one token. */
export function clipTokens(tokens: TextToken[], max = MAX_TEXT): TextToken[] {
  const out: TextToken[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length) out.push({ kind: 'text', text: text.join('') });
    text = [];
  };
  let length = 0;
  let rich = 0;
  for (const token of tokens) {
    const room = max - length;
    if (token.text.length > room) {
      text.push(clip(token.text, Math.max(room, 1)));
      break;
    }
    length += token.text.length;
    if (token.kind === 'text' || ++rich > MAX_RICH_TOKENS) text.push(token.text);
    else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out;
}
