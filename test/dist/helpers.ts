import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FEED_URL } from '../mocks/feed-handlers.js';

/** Asserts that the built file is Lit's production build and that the element it defined renders the reference feed. */
export async function expectBuiltWidgetWorks(file: string): Promise<void> {
  const source = await (await fetch(file)).text();
  expect(source).not.to.contain('Lit is in dev mode');
  expect(customElements.get('social-feed')).to.be.a('function');
  const el = await fixture(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
  await waitUntil(() => el.shadowRoot?.querySelectorAll('article').length === 5, 'the built widget never rendered');
  expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Christophe Ginisty');
}

/**
 * Asserts that the built element shows rich posts as the source does: the file that shows them arrives, and the
 * minified templates keep the spaces around separators.
 */
export async function expectBuiltRichPosts(): Promise<void> {
  const feed = {
    version: 1,
    author: { name: 'Ada' },
    links: [],
    posts: [
      {
        id: 'p',
        url: 'https://social.example/@ada/1',
        text: 'Tea or coffee?',
        published: '2024-05-01T10:00:00Z',
        poll: { options: [{ title: 'Tea', votes: 1 }, { title: 'Coffee', votes: 2 }], votes: 3 },
        counts: { replies: 1, reposts: 2, likes: 3 },
        card: { url: 'https://news.example/a', title: 'A story' },
      },
    ],
  };
  const el = await fixture(html`<social-feed lang="en" show-counts .feed=${feed}></social-feed>`);
  await waitUntil(() => el.shadowRoot?.querySelector('[part="poll"]'), 'the built widget never showed the poll');
  const text = (selector: string) => el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
  expect(text('[part="poll"] .note')).to.equal('3 votes · Vote on social.example');
  expect(text('[part="counts"]')).to.equal('1 reply · 2 reposts · 3 likes');
  expect(text('[part="card"]')).to.equal('A story news.example');
}
