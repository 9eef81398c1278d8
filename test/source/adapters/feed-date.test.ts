import { expect } from '@open-wc/testing';
import { asFeedDate } from '../../../src/source/adapters/feed-date.js';

describe('asFeedDate', () => {
  const read = (value: unknown) => asFeedDate(value)?.toISOString();
  const reads = (cases: [string, string][]) => {
    for (const [value, iso] of cases) expect(read(value), value).to.equal(iso);
  };

  it('reads W3C-DTF and RFC 3339 dates, a date alone or a time without seconds or zone being UTC, as feedparser reads them', () => {
    reads([
      // RSS 1.0 dc:date in bio.rdf (bioRxiv) and rss_1.0_debian.xml
      ['2019-08-27', '2019-08-27T00:00:00.000Z'],
      ['2019-08', '2019-08-01T00:00:00.000Z'],
      ['2019', '2019-01-01T00:00:00.000Z'],
      // JSON Feed date_published in curt.json (curtclifton.net)
      ['2018-01-06T08:00', '2018-01-06T08:00:00.000Z'],
      ['2018-01-06T08:00:30', '2018-01-06T08:00:30.000Z'],
      ['2017-03-26T18:09:00+02:00', '2017-03-26T16:09:00.000Z'],
      ['2017-03-26t18:09:00.25-0500', '2017-03-26T23:09:00.250Z'],
      ['2017-03-26 18:09:00 +0000', '2017-03-26T18:09:00.000Z'],
      [' 2016-02-29T12:00Z ', '2016-02-29T12:00:00.000Z'],
    ]);
  });

  it('reads RFC 822 dates as publishers write them, computed field by field in every engine', () => {
    reads([
      ['Sun, 26 Mar 2017 18:09:00 +0200', '2017-03-26T16:09:00.000Z'],
      // a10.xml and rss_2.0_ilgiornale.xml: the "Z" zone, which WebKit's Date refuses
      ['Thu, 14 May 2020 10:00:18 Z', '2020-05-14T10:00:18.000Z'],
      ['Thu, 24 Aug 2017 12:00:00 UT', '2017-08-24T12:00:00.000Z'],
      // kc0011 and Radio UserLand feeds: one-digit days, two spaces before a named zone
      ['Wed, 9 Nov 2022 10:00:00  EST', '2022-11-09T15:00:00.000Z'],
      ['Thu, 31 Aug 2017 10:00:00 EDT', '2017-08-31T14:00:00.000Z'],
      ['Tue, 10 Jun 2003 09:41:01 PST', '2003-06-10T17:41:01.000Z'],
      // itunes-category.rss: no weekday; Bluesky's RSS: no seconds
      ['07 Nov 2015 12:00:00 EST', '2015-11-07T17:00:00.000Z'],
      ['26 Mar 2017 18:09 +0200', '2017-03-26T16:09:00.000Z'],
      // two-digit years, a weekday without its comma or glued to the day, lower case, extra spaces
      ['Thu, 12 Dec 02 10:00:00 -0500', '2002-12-12T15:00:00.000Z'],
      ['Sun 26 Mar 17 18:09:00 GMT', '2017-03-26T18:09:00.000Z'],
      ['Fri,24 Nov 2023 18:28:36 -0000', '2023-11-24T18:28:36.000Z'],
      ['sun, 26 mar 2017 18:09:00 gmt', '2017-03-26T18:09:00.000Z'],
      ['  Sun,   26  Mar  2017  18:09:00   +0200 ', '2017-03-26T16:09:00.000Z'],
      ['Mon, 2 Jan 2006 15:04:05 GMT+01:00', '2006-01-02T14:04:05.000Z'],
      ['Sun, 26 Mar 2017 18:09:00 +0200 (CEST)', '2017-03-26T16:09:00.000Z'],
      // no zone, or no time: UTC, as feedparser reads them
      ['Sun, 26 Mar 2017 18:09:00', '2017-03-26T18:09:00.000Z'],
      ['Sun, 26 Mar 2017', '2017-03-26T00:00:00.000Z'],
      // rss_2.0_nbcny.xml: the month before the day, a 12-hour clock
      ['Sat, Dec 16 2023 02:02:33 PM', '2023-12-16T14:02:33.000Z'],
      ['Sat, Dec 16 2023 12:02:33 AM', '2023-12-16T00:02:33.000Z'],
      // an Italian weekday, and month names whole or abbreviated with a dot
      ['mer, 16 nov 2022 10:00:00 +0100', '2022-11-16T09:00:00.000Z'],
      ['Tue, 5 Sept. 2017 10:00 CEST', '2017-09-05T08:00:00.000Z'],
      ['Tuesday, 19 December 2017 10:00:00 +0000', '2017-12-19T10:00:00.000Z'],
    ]);
  });

  it('reads nothing from impossible dates, placeholders, other formats and other types', () => {
    for (const value of [
      '2017-02-30',
      '2017-02-29T10:00Z',
      '2017-13-01',
      'Sun, 26 Mar 2017 25:09:00 GMT',
      'Sun, 26 Mar 2017 18:61:00 GMT',
      'Sun, 31 Apr 2017 18:09:00 GMT',
      'Sat, Dec 16 2023 13:02:33 PM',
      'Sun, 26 Mar 2017 18:09:00 +2500',
      'Sun, 26 Mar 2017 18:09:00 +0200 GMT',
      // kc0011.rss: a slashed date without a zone, which no feed reader reads
      '2020/1/10 14:33:00',
      // heraldsun.rss: a time without its colon
      '03 Apr 02 1500 GMT',
      // uolNoticias.rss: Portuguese month names, which feedparser does not read either
      'Seg, 24 Set 2018 19:42:40 -0300',
      'Sun, 26 Jab 2017 18:09:00 GMT',
      'Sun, 26 Anf 2017 18:09:00 GMT',
      '1970-01-01T00:00:00Z',
      '0001-01-01T00:00:00Z',
      '9999-12-31',
      'Thu, 01 Jan 1970 00:00:00 GMT',
      'yesterday',
      'tomorrow 12',
      '',
      1490544540000,
      null,
      { toString: () => '2017-03-26' },
    ]) {
      expect(asFeedDate(value), String(value)).to.equal(undefined);
    }
  });
});
