import { expect, fixture, html } from '@open-wc/testing';
import { loadStrings, stringsFor } from '../../src/i18n/index.js';
import { resolveLocale } from '../../src/i18n/locale.js';

describe('locale', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('takes the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="en-GB"><span lang="fr"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('fr');
  });

  it('takes the nearest [lang] ancestor, skipping empty ones', async () => {
    const el = await fixture(html`<div lang="de-CH"><p lang=""><span></span></p></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('de-CH');
  });

  it('falls back to the document, then the browser', async () => {
    const el = await fixture(html`<div><span></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en-US');
    document.documentElement.lang = 'it';
    expect(resolveLocale(el.querySelector('span')!)).to.equal('it');
  });

  it('skips a tag that is not valid BCP 47', async () => {
    const el = await fixture(html`<div lang="fr"><span lang="not a language!"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('fr');
  });

  it('loads strings by language subtag, with English as the fallback', async () => {
    expect((await loadStrings('fr-CA')).retry).to.equal('Réessayer');
    expect((await loadStrings('FR')).retry).to.equal('Réessayer');
    expect((await loadStrings('xx')).retry).to.equal('Try again');
    expect((await loadStrings('constructor')).retry).to.equal('Try again');
  });

  it('gives English until a language is loaded, then calls back once', async () => {
    // A fresh module instance would be needed to see the load itself; here French is already loaded above.
    let calls = 0;
    expect(stringsFor('fr', () => calls++).retry).to.equal('Réessayer');
    expect(stringsFor('de', () => calls++).retry).to.equal('Try again');
    await loadStrings('de');
    expect(calls).to.equal(1);
  });
});
