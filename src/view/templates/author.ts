import { html, nothing, type TemplateResult } from 'lit';
import type { LinkTargets } from '../../format/link-targets.js';
import type { Strings } from '../../i18n/index.js';
import { safeUrl } from '../../format/safe-url.js';
import type { Feed } from '../../types.js';
import { externalLink, EXTERNAL_REL } from './external-link.js';
import { image } from './image.js';
import { renderEmoji, renderRichText, richText } from './rich-text.js';

/** The author block: avatar, name (a link to the profile), handle and bio. */
export function renderAuthor({ author }: Feed, targets: LinkTargets): TemplateResult {
  // A name holds no links (it is one): only its text and custom emoji, which the name's text already says.
  const name = author.nameContent?.map((token) => (token.kind === 'emoji' ? renderEmoji(token, '') : token.text)) ?? author.name;
  // Not a <header>: in a page's plain <div>, that would make the widget's author a second banner landmark.
  return html`<div part="bio">
    ${image(author.avatar, { part: 'avatar', alt: '', width: 48, height: 48, lazy: true })}
    <div>
      ${externalLink(author.url, name, 'name')}
      ${author.handle ? html`<span part="handle">${author.handle}</span>` : nothing}
    </div>
    ${author.bio ? html`<p part="bio-text" dir="auto">${renderRichText(richText(author, author.bioContent, author.bio), targets)}</p>` : nothing}
  </div>`;
}

/**
 * The author's social links, each with its network's icon: `icon` is undefined until the icons' file has arrived,
 * and an empty box of an icon's size stands in, so the links do not move.
 */
export function renderLinks(feed: Feed, strings: Strings, icon: ((network: string) => unknown) | undefined): unknown {
  const links = feed.links.filter((link) => safeUrl(link.url));
  if (links.length === 0) return nothing;
  return html`<ul part="links" aria-label=${strings.links(feed.author.name)}>
    ${links.map(
      (link) =>
        html`<li>
          ${externalLink(
            link.url,
            [
              icon?.(link.network) ?? html`<span class="icon"></span>`,
              html`<span>${link.label}</span>`,
              link.verified ? html`<span class="verified" aria-hidden="true"></span><span class="sr-only">(${strings.verified})</span>` : nothing,
            ],
            'link',
            `me ${EXTERNAL_REL}`,
          )}
        </li>`,
    )}
  </ul>`;
}
