import { expect } from '@open-wc/testing';
import { formatFull, formatRelative } from '../../src/format/relative-time.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Sunday 2 April 2017, noon in Paris (the runner's time zone).
const now = new Date('2017-04-02T12:00:00+02:00').getTime();
const ago = (ms: number) => new Date(now - ms);
const nextNewYear = new Date('2018-01-01T00:00:00+01:00').getTime();

const cases: [when: string, date: Date, en: string, fr: string, changesAt: number][] = [
  ['at the very moment', ago(0), 'now', 'maintenant', now + MINUTE],
  ['59 s later', ago(59 * SECOND), 'now', 'maintenant', now - 59 * SECOND + MINUTE],
  ['for a date up to 1 h in the future (clock skew)', ago(-HOUR), 'now', 'maintenant', now + HOUR + MINUTE],
  ['1 min later', ago(MINUTE), '1 minute ago', 'il y a 1 minute', now + MINUTE],
  ['5 min 20 s later', ago(5 * MINUTE + 20 * SECOND), '5 minutes ago', 'il y a 5 minutes', now + 40 * SECOND],
  ['59 min later', ago(59 * MINUTE), '59 minutes ago', 'il y a 59 minutes', now + MINUTE],
  ['1 h later', ago(HOUR), '1 hour ago', 'il y a 1 heure', now + HOUR],
  ['3 h 10 min later', ago(3 * HOUR + 10 * MINUTE), '3 hours ago', 'il y a 3 heures', now + 50 * MINUTE],
  ['23 h later', ago(23 * HOUR), '23 hours ago', 'il y a 23 heures', now + HOUR],
  ['1 day later', ago(DAY), 'yesterday', 'hier', now + DAY],
  ['1 day 23 h later', ago(DAY + 23 * HOUR), 'yesterday', 'hier', now + HOUR],
  ['6 days later', ago(6 * DAY), '6 days ago', 'il y a 6 jours', now + DAY],
  ['7 days later, as the day and month', ago(7 * DAY), 'Mar 26', '26 mars', nextNewYear],
  [
    'in a later year, with the year',
    new Date('2016-03-26T18:09:00+01:00'),
    'Mar 26, 2016',
    '26 mars 2016',
    Infinity,
  ],
];

describe('formatRelative', () => {
  for (const [when, date, en, fr, changesAt] of cases) {
    it(`shows "${en}" / "${fr}" ${when}, until exactly the moment that changes`, () => {
      const english = formatRelative(date, now, 'en');
      expect(english).to.deep.equal({ text: en, changesAt });
      expect(formatRelative(date, now, 'fr')).to.deep.equal({ text: fr, changesAt });
      if (changesAt === Infinity) return;
      expect(formatRelative(date, changesAt - 1, 'en').text).to.equal(en);
      expect(formatRelative(date, changesAt, 'en').text).not.to.equal(en);
    });
  }

  it('adds the year when the local year turns, not the UTC one', () => {
    const date = new Date('2017-12-20T10:00:00+01:00');
    const lastEvening = new Date('2017-12-31T23:30:00+01:00').getTime();
    expect(formatRelative(date, lastEvening, 'fr')).to.deep.equal({ text: '20 déc.', changesAt: nextNewYear });
    expect(formatRelative(date, nextNewYear, 'fr').text).to.equal('20 déc. 2017');
    expect(formatRelative(date, nextNewYear, 'en').text).to.equal('Dec 20, 2017');
  });

  it('says "2 days ago" / "avant-hier" two days later', () => {
    expect(formatRelative(ago(2 * DAY), now, 'en').text).to.equal('2 days ago');
    expect(formatRelative(ago(2 * DAY), now, 'fr').text).to.equal('avant-hier');
  });
});

describe('formatFull', () => {
  const date = new Date('2017-03-26T18:09:00+02:00');

  it('gives the full local date and time in French', () => {
    expect(formatFull(date, 'fr')).to.equal('dimanche 26 mars 2017 à 18:09');
  });

  it('gives the full local date and time in English', () => {
    // ICU puts a narrow no-break space before "PM".
    expect(formatFull(date, 'en').replace(/\s/g, ' ')).to.equal('Sunday, March 26, 2017 at 6:09 PM');
  });
});
