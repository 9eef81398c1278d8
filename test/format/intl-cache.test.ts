import { expect } from '@open-wc/testing';
import { dateTimeFormat, relativeTimeFormat, resetIntlCache } from '../../src/format/intl-cache.js';

describe('intl-cache', () => {
  afterEach(resetIntlCache);

  it('returns the same relative-time formatter for the same locale, with words like "yesterday"', () => {
    const rtf = relativeTimeFormat('en');
    expect(relativeTimeFormat('en')).to.equal(rtf);
    expect(relativeTimeFormat('fr')).not.to.equal(rtf);
    expect(rtf.format(-1, 'day')).to.equal('yesterday');
  });

  it('returns the same date formatter for the same locale and options, a new one when either differs', () => {
    const dtf = dateTimeFormat('fr', { day: 'numeric', month: 'short' });
    expect(dateTimeFormat('fr', { day: 'numeric', month: 'short' })).to.equal(dtf);
    expect(dateTimeFormat('en', { day: 'numeric', month: 'short' })).not.to.equal(dtf);
    expect(dateTimeFormat('fr', { day: 'numeric', month: 'long' })).not.to.equal(dtf);
  });

  it('builds new formatters after a reset', () => {
    const rtf = relativeTimeFormat('fr');
    const dtf = dateTimeFormat('fr', { dateStyle: 'full' });
    resetIntlCache();
    expect(relativeTimeFormat('fr')).not.to.equal(rtf);
    expect(dateTimeFormat('fr', { dateStyle: 'full' })).not.to.equal(dtf);
  });

  it("falls back to the browser's locale when the page's lang is malformed", () => {
    expect(relativeTimeFormat('en_US').resolvedOptions().locale).to.equal('en-US');
    expect(dateTimeFormat('fr_FR', {}).resolvedOptions().locale).to.equal('en-US');
  });
});
