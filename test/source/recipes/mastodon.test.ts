import { expect } from '@open-wc/testing';
import { profileOf } from '../../../src/networks.js';
import { mastodonProfile } from '../../../src/source/recipes/mastodon.js';
import { FeedError } from '../../../src/errors.js';
import { account } from '../../fixtures/mastodon/account.js';
import { pinned, statuses } from '../../fixtures/mastodon/statuses.js';

/** A fake getJson answering from a table of URLs and recording the calls, so no test touches the network. */
function api(responses: Record<string, unknown>) {
  const calls: string[] = [];
  const getJson = async (url: string) => {
    calls.push(url);
    const response = responses[url];
    if (response instanceof Error) throw response;
    if (response === undefined) throw new FeedError('http', `404 ${url}`, 404);
    return response;
  };
  return { calls, getJson };
}

const LOOKUP = 'https://social.example/api/v1/accounts/lookup?acct=camille';
const LATEST = 'https://social.example/api/v1/accounts/109412345678901234/statuses?limit=20&exclude_replies=true';
const PINNED = 'https://social.example/api/v1/accounts/109412345678901234/statuses?pinned=true';

/** The recipe of the Mastodon profile at `url`. */
function recipe(url: string) {
  const profile = profileOf(new URL(url));
  if (profile?.network !== 'mastodon') throw new Error(`${url} is no Mastodon profile`);
  return mastodonProfile(profile);
}

describe('mastodonProfile', () => {
  it('recognizes profile pages, with a remote handle or a trailing slash', () => {
    for (const url of ['https://social.example/@camille', 'https://social.example/@camille/', 'https://social.example/@camille@piaille.example', 'https://social.example/@camille.durand']) {
      expect(profileOf(new URL(url))?.network, url).to.equal('mastodon');
    }
  });

  it('leaves alone what is not a profile page', () => {
    for (const url of [
      'https://social.example/@camille/112400000000000009',
      'https://social.example/@camille/with_replies',
      'https://social.example/users/camille',
      'https://social.example/api/v1/accounts/1/statuses',
      'https://social.example/@',
      'https://bsky.app/profile/camille.example',
      'https://medium.com/@camille',
      'https://www.youtube.com/@camilledurand',
      'ftp://social.example/@camille',
    ]) {
      expect(profileOf(new URL(url))?.network, url).not.to.equal('mastodon');
    }
  });

  it('looks the account up, then asks for its latest statuses without replies and for its pinned ones', async () => {
    const { calls, getJson } = api({ [LOOKUP]: account(), [LATEST]: statuses(), [PINNED]: pinned() });
    const result = await recipe('https://social.example/@camille').load(getJson, 20);
    expect(calls).to.deep.equal([LOOKUP, LATEST, PINNED]);
    expect(result.input).to.deep.equal({ account: account(), statuses: statuses(), pinned: pinned() });
    // Fewer statuses than asked for: the oldest are there, and no older page.
    expect(result.next).to.equal(undefined);
  });

  it('pages past Mastodon’s 40 statuses with max_id until it has the count', async () => {
    const page = (from: number, size: number) => Array.from({ length: size }, (_, i) => ({ id: `s${from + i}` }));
    const base = 'https://social.example/api/v1/accounts/42/statuses';
    const { calls, getJson } = api({
      'https://social.example/api/v1/accounts/lookup?acct=camille': { ...account(), id: '42' },
      [`${base}?limit=40&exclude_replies=true`]: page(1, 40),
      [`${base}?limit=40&exclude_replies=true&max_id=s40`]: page(41, 40),
      [`${base}?limit=20&exclude_replies=true&max_id=s80`]: page(81, 20),
      [`${base}?pinned=true`]: [],
    });
    const result = await recipe('https://social.example/@camille').load(getJson, 100);
    const { statuses: latest } = result.input as { statuses: { id: string }[] };
    expect(latest.map((status) => status.id)).to.deep.equal(page(1, 100).map((status) => status.id));
    expect(calls.filter((url) => url.includes('max_id'))).to.have.length(2);
    // The last page was full: "Show more" may ask for the one after it.
    expect(result.next).to.equal(`${base}?limit=20&exclude_replies=true&max_id=s100`);
  });

  it('stops paging at a short page', async () => {
    const base = 'https://social.example/api/v1/accounts/42/statuses';
    const { calls, getJson } = api({
      'https://social.example/api/v1/accounts/lookup?acct=camille': { ...account(), id: '42' },
      [`${base}?limit=40&exclude_replies=true`]: [{ id: 's1' }, { id: 's2' }],
      [`${base}?pinned=true`]: [],
    });
    const result = await recipe('https://social.example/@camille').load(getJson, 100);
    expect(calls.filter((url) => url.includes('max_id'))).to.have.length(0);
    expect(result.next).to.equal(undefined);
  });

  it('passes the count as the limit, and a remote handle to the lookup', async () => {
    const { calls, getJson } = api({
      'https://social.example/api/v1/accounts/lookup?acct=natacha@piaille.example': { ...account(), id: '42' },
      'https://social.example/api/v1/accounts/42/statuses?limit=5&exclude_replies=true': [],
      'https://social.example/api/v1/accounts/42/statuses?pinned=true': [],
    });
    await recipe('https://social.example/@natacha@piaille.example').load(getJson, 5);
    expect(calls).to.deep.equal([
      'https://social.example/api/v1/accounts/lookup?acct=natacha@piaille.example',
      'https://social.example/api/v1/accounts/42/statuses?limit=5&exclude_replies=true',
      'https://social.example/api/v1/accounts/42/statuses?pinned=true',
    ]);
  });

  it('shows the latest statuses when the pinned ones fail to load', async () => {
    const { getJson } = api({ [LOOKUP]: account(), [LATEST]: statuses(), [PINNED]: new FeedError('http', '503', 503) });
    const result = await recipe('https://social.example/@camille').load(getJson, 20);
    expect(result.input).to.deep.equal({ account: account(), statuses: statuses(), pinned: [] });
  });

  it('fails as the latest statuses fail', async () => {
    const { getJson } = api({ [LOOKUP]: account(), [PINNED]: pinned() });
    const error = await recipe('https://social.example/@camille').load(getJson, 20).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('http');
  });

  for (const [what, lookup] of [
    ['a numeric id', { ...account(), id: 1 }],
    ['no id', { username: 'camille' }],
    ['an id that climbs out of the path', { ...account(), id: '../../instance' }],
    ['not an account', ['camille']],
  ] as const) {
    it(`rejects a lookup answer with ${what} as an invalid shape, asking nothing more`, async () => {
      const { calls, getJson } = api({ [LOOKUP]: lookup });
      const error = await recipe('https://social.example/@camille').load(getJson, 20).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).code).to.equal('invalid-shape');
      expect(calls).to.deep.equal([LOOKUP]);
    });
  }
});
