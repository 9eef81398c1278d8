import { expect } from '@open-wc/testing';
import { visibleSafe } from '../../src/format/visible-safe.js';

describe('visibleSafe', () => {
  it('drops a right-to-left override, so "invoice‮fdp.exe" reads as what it is', () => {
    expect(visibleSafe('invoice\u202efdp.exe')).to.equal('invoicefdp.exe');
  });

  it('drops every bidi embedding, override and isolate, and zero-width spaces and word joiners', () => {
    const hidden = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u180e';
    expect(visibleSafe(`a${hidden}b`)).to.equal('ab');
  });

  it('keeps what real names need: joiners in emoji and scripts, direction marks, right-to-left letters', () => {
    for (const name of ['👩‍👩‍👧 Family', 'می‌خواهم', 'Sam \u200f(سام)', 'سام رفيرا', '山田 太郎']) {
      expect(visibleSafe(name)).to.equal(name);
    }
  });
});
