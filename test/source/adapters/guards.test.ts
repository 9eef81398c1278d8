import { expect } from '@open-wc/testing';
import { asIsoDate } from '../../../src/source/adapters/guards.js';

describe('asIsoDate', () => {
  it('reads ISO 8601 date-times with a time zone', () => {
    expect(asIsoDate('2017-03-26T18:09:00+02:00')?.toISOString()).to.equal('2017-03-26T16:09:00.000Z');
    expect(asIsoDate(' 2016-02-29T12:00Z ')?.toISOString()).to.equal('2016-02-29T12:00:00.000Z');
    expect(asIsoDate('2024-05-02T08:30:00.123Z')?.getUTCMilliseconds()).to.equal(123);
  });

  it('refuses impossible days instead of rolling them into the next month', () => {
    for (const value of ['2017-02-30T10:00:00Z', '2017-02-29T10:00:00Z', '2024-04-31T10:00:00Z', '2024-13-01T10:00:00Z', '2024-00-10T10:00:00Z']) {
      expect(asIsoDate(value), value).to.equal(undefined);
    }
  });

  it('refuses dates without a time zone, other formats and other types', () => {
    for (const value of ['2017-03-26T18:09:00', '2017-03-26', 'Sun, 26 Mar 2017 18:09:00 +0200', 'yesterday', 1490544540000, null]) {
      expect(asIsoDate(value), String(value)).to.equal(undefined);
    }
  });
});
