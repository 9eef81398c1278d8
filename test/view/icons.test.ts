import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { networkIcon } from '../../src/view/icons.js';

const NETWORKS = [
  'facebook', 'linkedin', 'skype', 'twitter', 'slideshare', 'mastodon', 'bluesky',
  'github', 'instagram', 'youtube', 'rss', 'website', 'email',
];

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

/** Renders the icon for `network` into a fresh, attached div and returns its <svg>. */
function draw(network: string): SVGSVGElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(networkIcon(network), host);
  const svg = host.querySelector('svg');
  if (!svg) throw new Error(`no <svg> for ${network}`);
  return svg;
}

const pathOf = (network: string): string => draw(network).querySelector('path')?.getAttribute('d') ?? '';

describe('network icons', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('draws every known network as a decorative 24×24 svg with a single path in the text colour', () => {
    for (const network of NETWORKS) {
      const svg = draw(network);
      expect(svg.namespaceURI, network).to.equal('http://www.w3.org/2000/svg');
      expect(svg.getAttribute('viewBox'), network).to.equal('0 0 24 24');
      expect(svg.getAttribute('aria-hidden'), network).to.equal('true');
      expect(svg.getAttribute('focusable'), network).to.equal('false');
      expect(svg.getAttribute('fill'), network).to.equal('currentColor');
      expect(svg.hasAttribute('style'), network).to.be.false;
      expect(svg.querySelectorAll('path'), network).to.have.length(1);
      expect(pathOf(network), network).not.to.equal('');
    }
  });

  it('draws each known mark inside the 24×24 box and filling most of it', () => {
    for (const network of [...NETWORKS, 'unknown']) {
      const box = draw(network).querySelector('path')!.getBBox();
      expect(Math.max(box.width, box.height), network).to.be.within(20, 24.5);
      expect(box.x, network).to.be.at.least(-0.5);
      expect(box.y, network).to.be.at.least(-0.5);
      expect(box.x + box.width, network).to.be.at.most(24.5);
      expect(box.y + box.height, network).to.be.at.most(24.5);
    }
  });

  it('gives every known network a mark of its own', () => {
    const paths = NETWORKS.map(pathOf);
    expect(new Set(paths).size).to.equal(NETWORKS.length);
    expect(paths).not.to.include(pathOf('unknown'));
  });

  it('draws an alias with the same mark as the network it names', () => {
    for (const [alias, network] of Object.entries(ALIASES)) {
      expect(pathOf(alias), alias).to.equal(pathOf(network));
    }
  });

  it('ignores case and surrounding spaces in network names', () => {
    expect(pathOf('LinkedIn')).to.equal(pathOf('linkedin'));
    expect(pathOf(' GitHub ')).to.equal(pathOf('github'));
    expect(pathOf('X')).to.equal(pathOf('twitter'));
    expect(pathOf('E-Mail')).to.equal(pathOf('email'));
  });

  it('draws the same generic link for any network it does not know', () => {
    const generic = pathOf('myspace');
    expect(generic).not.to.equal('');
    for (const network of ['friendster', '', 'constructor', '__proto__', 'toString']) {
      expect(pathOf(network), network).to.equal(generic);
    }
  });

  it('is one em square by default and takes its size and colour from CSS', () => {
    const style = document.createElement('style');
    style.textContent = '.sized { font-size: 20px } .big svg { inline-size: 48px; block-size: 48px } .big { color: rgb(1, 2, 3) }';
    const host = document.createElement('div');
    host.className = 'sized';
    const icon = document.createElement('span');
    host.append(icon);
    document.body.append(style, host);
    render(networkIcon('github'), icon);
    const svg = icon.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.equal(20);
    host.classList.add('big');
    expect(svg.getBoundingClientRect().width).to.equal(48);
    expect(getComputedStyle(svg.querySelector('path')!).fill).to.equal('rgb(1, 2, 3)');
  });
});
