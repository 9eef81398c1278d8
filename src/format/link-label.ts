// What a link shows. A label is the feed's word for where a link goes, and a feed can lie: `bank.example/login` over
// a link to evil.example. A label that names a host shows the link's real address unless it names that host.
import { shortenUrl } from './rich-text.js';
import { visibleSafe } from './visible-safe.js';

// The host a label claims: an e-mail address or fediverse handle (`@support@bank.example`), or a bare domain or URL
// without its scheme (`bank.example/login`, as labels are shown). A Bluesky handle (`@bank.example`) names an
// account, not a host. Read from the label's first 256 characters: no host is longer.
const CLAIM = /^(?:@?[^@\s/]+@([^@/?#\s…]+)|((?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*)(?::\d+)?(?:[/?#…]|$))/u;

/** The host of a URL without `www.`, lower-cased (an IDN in its ASCII form); a mailto: link's address's domain. */
function hostOf(url: string): string | undefined {
  try {
    const { hostname, protocol, pathname } = new URL(url);
    return (protocol === 'mailto:' ? pathname.split('@').pop()! : hostname).toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * The label to show for a link to `href` whose label, as shown, is `shown`: the label when it names no host or the
 * link's own (or a parent of it), else the link's real address. A URL with a user name
 * (`https://bank.example@evil.example`) hides its host, so it always shows its address, without the user name.
 */
export function linkLabel(shown: string, href: string): string {
  const claim = CLAIM.exec(shown.slice(0, 256));
  const claimed = claim && hostOf(`http://${claim[1] ?? claim[2]}`);
  const real = hostOf(href);
  const lies = /^[^/?#]*\/\/[^/?#]*@/.test(href) || (claim && !(real && claimed && (real === claimed || real.endsWith(`.${claimed}`))));
  return visibleSafe(lies ? shortenUrl(href.replace(/\/\/[^/?#]*@/, '//')) : shown);
}
