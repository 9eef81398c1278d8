import { expect, fixture, html } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import '../src/index.js';

const worker = setupWorker(http.get('/feed.json', () => HttpResponse.json({ ok: 1 })));

describe('scaffold', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  it('renders and msw answers', async () => {
    const el = await fixture(html`<social-feed src="x"></social-feed>`);
    expect(el.shadowRoot!.textContent).to.contain('x');
    const r = await fetch('/feed.json');
    expect(await r.json()).to.deep.equal({ ok: 1 });
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Paris');
    expect(navigator.language).to.equal('en-US');
  });
});
