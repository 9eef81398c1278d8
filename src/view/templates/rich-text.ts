import { nothing } from 'lit';
import { clipTokens } from '../../format/clip.js';
import { linkLabel } from '../../format/link-label.js';
import type { LinkTargets } from '../../format/link-targets.js';
import { shortenUrl, tokenize } from '../../format/rich-text.js';
import { safeImageUrl } from '../../format/safe-url.js';
import type { TextToken } from '../../types.js';
import { externalLink } from './external-link.js';
import { image } from './image.js';

const tokensByOwner = new WeakMap<object, TextToken[]>();

/** Rich text of a post or bio: the source's own tokens, or its plain text tokenized once (labels re-render every minute). */
export function richText(owner: object, content: TextToken[] | undefined, text: string): TextToken[] {
  let tokens = content ?? tokensByOwner.get(owner);
  if (!tokens) tokensByOwner.set(owner, (tokens = clipTokens(tokenize(text))));
  return tokens;
}

/** A custom emoji as an image named by its shortcode (or by `alt`), or the shortcode when its URL is not safe. */
export function renderEmoji(token: Extract<TextToken, { kind: 'emoji' }>, alt = token.text): unknown {
  return safeImageUrl(token.url) ? image(token.url, { className: 'emoji', alt, title: token.text }) : alt || nothing;
}

/** Text, links, mentions, hashtags and custom emoji; mentions and tags without a link of their own go to `targets`. */
export function renderRichText(tokens: TextToken[], targets: LinkTargets): unknown[] {
  return tokens.map((token) => {
    switch (token.kind) {
      case 'text':
        return token.text;
      case 'url':
        return externalLink(token.href, linkLabel(shortenUrl(token.text), token.href));
      // A link the feed gave may lie about where it goes; one the widget made from a handle or tag cannot.
      case 'mention':
        return token.href ? externalLink(token.href, linkLabel(token.text, token.href)) : externalLink(targets.mention(token.handle), token.text);
      case 'hashtag':
        return token.href ? externalLink(token.href, linkLabel(token.text, token.href)) : externalLink(targets.hashtag(token.tag), token.text);
      case 'emoji':
        return renderEmoji(token);
    }
  });
}
