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
