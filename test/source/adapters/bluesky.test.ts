import { expect } from '@open-wc/testing';
import { detectBluesky } from '../../../src/source/adapters/detect.js';
import { adaptBluesky } from '../../../src/source/adapters/bluesky.js';
import { browserParsers } from '../../../src/source/parsers.js';
import { FeedError } from '../../../src/errors.js';
import { shapeError } from '../../helpers/feed-error.js';
import type { Feed, Post } from '../../../src/types.js';
import { ALICE_DID, FACETED_TEXT, NATACHA_DID, authorFeed } from '../../fixtures/bluesky/author-feed.js';
import { BAD_FACETS_TEXT, badFacetsFeed, brokenItemsFeed, malformedResponses } from '../../fixtures/bluesky/malformed.js';
import { AUTHOR_AVATAR, AUTHOR_BIO, AUTHOR_DID, profile } from '../../fixtures/bluesky/profile.js';
import { richFeed } from '../../fixtures/bluesky/rich-posts.js';

const CONTEXT = { baseUrl: 'https://bsky.app/profile/cginisty.bsky.social', ...browserParsers };
const PROFILE = 'https://bsky.app/profile/cginisty.bsky.social';

const adapt = (input: unknown): Feed => adaptBluesky(input, CONTEXT);
const loaded = () => adapt({ profile: profile(), feed: authorFeed().feed });

function postById(feed: Feed, rkey: string): Post {
  const post = feed.posts.find((candidate) => candidate.id.endsWith(rkey));
  if (!post) throw new Error(`no post ${rkey}`);
  return post;
}

describe('bluesky adapter', () => {
  it('takes the author from the profile, with the description as a plain-text bio and no links', () => {
    const feed = loaded();
    expect(feed.author).to.deep.equal({
      name: 'Christophe Ginisty',
      handle: '@cginisty.bsky.social',
      url: PROFILE,
      avatar: AUTHOR_AVATAR,
      bio: AUTHOR_BIO,
    });
    expect(feed.links).to.deep.equal([]);
  });

  it('lists every post newest first, reposts placed at the time they were reposted', () => {
    expect(loaded().posts.map((post) => post.id)).to.deep.equal([
      `at://${AUTHOR_DID}/app.bsky.feed.post/3lla7facets2c`,
      'at://did:plc:n4tq5cxs2vbe7ml3wo6hrjyk/app.bsky.feed.post/3lkz5reposted:repost:2025-03-26T08:30:12.345Z',
      `at://${AUTHOR_DID}/app.bsky.feed.post/3lky3japan22d`,
      `at://${AUTHOR_DID}/app.bsky.feed.post/3lkx7images2e`,
      `at://${AUTHOR_DID}/app.bsky.feed.post/3lkx9quote22f`,
      `at://${AUTHOR_DID}/app.bsky.feed.post/3lkw2reply22g`,
      `at://${AUTHOR_DID}/app.bsky.feed.post/3lkv6plain22h`,
      `at://${AUTHOR_DID}/app.bsky.feed.post/3lf3pinpost2k`,
    ]);
  });

  it('cuts facets at UTF-8 byte offsets: a link after emoji and accented words covers exactly its text', () => {
    const post = postById(loaded(), '3lla7facets2c');
    expect(post.text).to.equal(FACETED_TEXT);
    expect(post.content).to.deep.equal([
      { kind: 'text', text: '🦋 café 👩‍👩‍👧 ' },
      { kind: 'url', text: 'https://example.com/x', href: 'https://example.com/x' },
      { kind: 'text', text: ' — déjà vu avec ' },
      { kind: 'mention', text: '@alice.bsky.social', handle: 'alice.bsky.social', href: `https://bsky.app/profile/${ALICE_DID}` },
      { kind: 'text', text: ' ' },
      { kind: 'hashtag', text: '#Fête', tag: 'Fête', href: 'https://bsky.app/hashtag/F%C3%AAte' },
    ]);
  });

  it('builds the permalink from the post URI and the author handle, and keeps the record date and language', () => {
    const post = postById(loaded(), '3lla7facets2c');
    expect(post.url).to.equal(`${PROFILE}/post/3lla7facets2c`);
    expect(post.published?.toISOString()).to.equal('2025-03-26T16:09:00.000Z');
    expect(post.lang).to.equal('fr');
    expect(post.media).to.deep.equal([]);
    expect(post.reply).to.equal(undefined);
    expect(post.pinned).to.equal(undefined);
    expect(post.repostOf).to.equal(undefined);
  });

  it('reads a Japanese post: its language, its date with an offset, and a hashtag in three-byte characters', () => {
    const post = postById(loaded(), '3lky3japan22d');
    expect(post.lang).to.equal('ja');
    expect(post.published?.toISOString()).to.equal('2025-03-24T23:00:00.000Z');
    expect(post.content).to.deep.equal([
      { kind: 'text', text: '今日は東京で ' },
      { kind: 'hashtag', text: '#ブルースカイ', tag: 'ブルースカイ', href: 'https://bsky.app/hashtag/%E3%83%96%E3%83%AB%E3%83%BC%E3%82%B9%E3%82%AB%E3%82%A4' },
      { kind: 'text', text: ' の話をしました。' },
    ]);
  });

  it('shows a repost as the original post, naming its author, dated when it was reposted', () => {
    const post = postById(loaded(), '3lkz5reposted:repost:2025-03-26T08:30:12.345Z');
    expect(post.repostOf).to.deep.equal({
      name: 'Natacha Quester-Séméon',
      handle: '@natacha.bsky.social',
      url: 'https://bsky.app/profile/natacha.bsky.social',
      avatar: `https://cdn.bsky.app/img/avatar/plain/${NATACHA_DID}/bafkreibn5tq4m2o3vdl7xhzkcyr6wea4fpsjug2iq7nxt3lbm5hkdzoye4@jpeg`,
    });
    expect(post.url).to.equal('https://bsky.app/profile/natacha.bsky.social/post/3lkz5reposted');
    expect(post.text).to.equal('Sur les réseaux, la bienveillance n’est pas une option. #com');
    expect(post.published?.toISOString()).to.equal('2025-03-26T08:30:12.345Z');
    expect(post.content?.at(-1)).to.deep.equal({ kind: 'hashtag', text: '#com', tag: 'com', href: 'https://bsky.app/hashtag/com' });
  });

  it('marks the pinned post, and shows it once when the feed also lists it at its own place', () => {
    const { feed } = authorFeed();
    const pinned = feed[0].post;
    const posts = adapt({ profile: profile(), feed: [...feed, { post: pinned }] }).posts;
    expect(posts.filter((post) => post.id.endsWith('3lf3pinpost2k')).map((post) => post.pinned)).to.deep.equal([true]);
    expect(posts.filter((post) => post.pinned)).to.have.length(1);
  });

  it('keeps the images of an images embed, full size, with alt text and aspect ratio', () => {
    const post = postById(loaded(), '3lkx7images2e');
    expect(post.media).to.deep.equal([
      {
        url: `https://cdn.bsky.app/img/feed_fullsize/plain/${AUTHOR_DID}/bafkreiaxv2m4q7tzhc3lwy5odnrj6kfpgeu2sbi4nqx7tlmhzcvd3ye5wa@jpeg`,
        alt: 'Courbe des abonnés, de 1 200 à 1 843 en mars',
        width: 1200,
        height: 675,
      },
      {
        url: `https://cdn.bsky.app/img/feed_fullsize/plain/${AUTHOR_DID}/bafkreidq5lz3xvm7ctn2hwe4oykr6afjpgbu4si2nqtx7lmhzcv3dye5wb@jpeg`,
        alt: '',
        width: 1000,
        height: 1000,
      },
    ]);
    expect(post.content).to.equal(undefined);
    expect(post.text).to.equal('Le tableau de bord du mois 📊');
  });

  it('keeps the images beside a quoted post, but not the quoted text, and a shortened link keeps its full target', () => {
    const post = postById(loaded(), '3lkx9quote22f');
    expect(post.media.map(({ alt, width, height }) => ({ alt, width, height }))).to.deep.equal([
      { alt: 'Capture du billet de blog', width: 1600, height: 900 },
    ]);
    expect(post.text).not.to.contain('avant la crise');
    expect(post.content?.[1]).to.deep.equal({
      kind: 'url',
      text: 'blog.example.com/2025/03/com-d…',
      href: 'https://blog.example.com/2025/03/com-de-crise',
    });
  });

  it('marks replies, and only replies', () => {
    const feed = loaded();
    expect(feed.posts.filter((post) => post.reply).map((post) => post.id)).to.deep.equal([
      `at://${AUTHOR_DID}/app.bsky.feed.post/3lkw2reply22g`,
    ]);
    expect(postById(feed, '3lkw2reply22g').content?.[0]).to.deep.include({ kind: 'mention', handle: 'alice.bsky.social' });
  });

  it('leaves a post without facets as plain text for the widget to tokenize', () => {
    const post = postById(loaded(), '3lkv6plain22h');
    expect(post.text).to.equal('Optimiste exigeant, toujours.');
    expect(post.content).to.equal(undefined);
  });

  describe('a bare getAuthorFeed output', () => {
    it('takes the author from the first post that is not a repost', () => {
      const { feed, cursor } = authorFeed();
      const repostFirst = [feed[2], ...feed.slice(3)];
      const result = adapt({ feed: repostFirst, cursor });
      expect(result.author).to.deep.equal({
        name: 'Christophe Ginisty',
        handle: '@cginisty.bsky.social',
        url: PROFILE,
        avatar: AUTHOR_AVATAR,
        bio: undefined,
      });
      expect(result.posts).to.have.length(6);
    });

    it('takes the author from who reposted when the feed holds only reposts', () => {
      expect(adapt({ feed: [authorFeed().feed[2]] }).author.name).to.equal('Christophe Ginisty');
    });
  });

  it('names an account whose handle does not resolve by its DID', () => {
    const author = adapt({ profile: { ...profile(), handle: 'handle.invalid' }, feed: [] }).author;
    expect(author).to.deep.include({ name: 'Christophe Ginisty', handle: undefined, url: `https://bsky.app/profile/${AUTHOR_DID}` });
    const nameless = adapt({ profile: { did: AUTHOR_DID, handle: 'cginisty.bsky.social' }, feed: [] }).author;
    expect(nameless.name).to.equal('cginisty.bsky.social');
  });

  describe('rich posts', () => {
    const rich = () => adapt({ profile: profile(), feed: richFeed().feed });

    it('reads an external embed as a link card with its title, description and thumbnail', () => {
      expect(postById(rich(), '3lmc5external').card).to.deep.equal({
        url: 'https://conf.example/replay',
        title: 'Replay : la confiance en ligne',
        description: 'Deux heures de débats.',
        image: { url: `https://cdn.bsky.app/img/feed_thumbnail/plain/${AUTHOR_DID}/bafkreibq3lz5xvm7ctn2hwe4oykr6afjpgbu4si2nqtx7lmhzcv3dye6ac@jpeg`, alt: '' },
      });
    });

    it('reads a video embed with its still, alt text and ratio, and hides media labelled graphic', () => {
      const post = postById(rich(), '3lmc4video22');
      const [video] = post.media;
      expect(video).to.deep.include({ kind: 'video', alt: 'Un plateau de tournage.', width: 1920, height: 1080 });
      expect(video.url).to.match(/^https:\/\/video\.bsky\.app\/watch\/.+\/playlist\.m3u8$/);
      expect(video.preview).to.match(/\/thumbnail\.jpg$/);
      expect(post.sensitive).to.equal(true);
    });

    it('reads a quoted post alone: its author, text, date and link', () => {
      const { quote } = postById(rich(), '3lmc3quote22');
      expect(quote).to.deep.include({
        url: 'https://bsky.app/profile/natacha.bsky.social/post/3lmb2quoted2a',
        text: 'La transparence n’est pas une stratégie, c’est une condition.',
        media: [],
      });
      expect(quote?.published?.toISOString()).to.equal('2025-04-01T08:00:00.000Z');
      expect(quote?.author).to.deep.include({ name: 'Natacha Quester-Séméon', handle: '@natacha.bsky.social' });
    });

    it('reads a quote beside images: both the post’s images and the quoted post', () => {
      const post = postById(loaded(), '3lkx9quote22f');
      expect(post.media.map((media) => media.alt)).to.deep.equal(['Capture du billet de blog']);
      expect(post.quote?.text).to.equal('La com’ de crise commence avant la crise.');
    });

    it('shows the text of a post whose quoted post is gone, without a quote', () => {
      const post = postById(rich(), '3lmc2gone222');
      expect(post.text).to.equal('Je répondais à ceci.');
      expect(post.quote).to.equal(undefined);
    });

    it('shows a shared feed, list, starter pack or labeler as a card to its page, whose address the text never gives', () => {
      const CREATOR = 'did:plc:z72i7hdynmk6r22z27h6tvur';
      const shared = (record: Record<string, unknown>) => {
        const feed = richFeed();
        const item = feed.feed.find((candidate) => candidate.post.uri.endsWith('3lmc5external'))!;
        (item.post as Record<string, unknown>).embed = { $type: 'app.bsky.embed.record#view', record };
        (item.post.record as Record<string, unknown>).text = '';
        return postById(adapt({ profile: profile(), feed: feed.feed }), '3lmc5external').card;
      };
      const avatar = `https://cdn.bsky.app/img/avatar/plain/${CREATOR}/bafkreifeed@jpeg`;
      expect(
        shared({ $type: 'app.bsky.feed.defs#generatorView', uri: `at://${CREATOR}/app.bsky.feed.generator/whats-hot`, cid: 'bafy1', did: 'did:web:feed.example', creator: {}, displayName: 'Discover', description: 'Trending posts', avatar, indexedAt: '2025-01-01T00:00:00.000Z' }),
      ).to.deep.equal({ url: `https://bsky.app/profile/${CREATOR}/feed/whats-hot`, title: 'Discover', description: 'Trending posts', image: { url: avatar, alt: '' } });
      expect(shared({ $type: 'app.bsky.graph.defs#listView', uri: `at://${CREATOR}/app.bsky.graph.list/3kflist`, cid: 'bafy2', name: 'Web folks', purpose: 'app.bsky.graph.defs#curatelist', indexedAt: '2025-01-01T00:00:00.000Z' })).to.deep.equal({
        url: `https://bsky.app/profile/${CREATOR}/lists/3kflist`,
        title: 'Web folks',
      });
      expect(
        shared({ $type: 'app.bsky.graph.defs#starterPackViewBasic', uri: `at://${CREATOR}/app.bsky.graph.starterpack/3kfpack`, cid: 'bafy3', record: { $type: 'app.bsky.graph.starterpack', name: 'A11y people', description: 'Who to follow', list: '', createdAt: '2025-01-01T00:00:00.000Z' }, creator: {}, indexedAt: '2025-01-01T00:00:00.000Z' }),
      ).to.deep.equal({ url: `https://bsky.app/starter-pack/${CREATOR}/3kfpack`, title: 'A11y people', description: 'Who to follow' });
      // A labeler (app.bsky.labeler.defs#labelerView) is its account: name, bio and picture are the creator's.
      const labeler = {
        $type: 'app.bsky.labeler.defs#labelerView',
        uri: `at://${CREATOR}/app.bsky.labeler.service/self`,
        cid: 'bafy4',
        creator: { did: CREATOR, handle: 'moderation.bsky.app', displayName: 'Bluesky Moderation Service', description: 'Official moderation', avatar, labels: [] },
        likeCount: 12,
        indexedAt: '2025-01-01T00:00:00.000Z',
      };
      expect(shared(labeler)).to.deep.equal({ url: `https://bsky.app/profile/${CREATOR}`, title: 'Bluesky Moderation Service', description: 'Official moderation', image: { url: avatar, alt: '' } });
      expect(shared({ ...labeler, creator: { did: CREATOR, handle: 'moderation.bsky.app' } })).to.deep.equal({ url: `https://bsky.app/profile/${CREATOR}`, title: 'moderation.bsky.app' });
      // What an account shows only to signed-in readers, a record of another kind, or an address that is no record's,
      // shows no card (and the empty post no post).
      const signedInOnly = [{ src: CREATOR, uri: `at://${CREATOR}/app.bsky.actor.profile/self`, val: '!no-unauthenticated', cts: '2025-01-01T00:00:00.000Z' }];
      expect(() => shared({ ...labeler, creator: { ...labeler.creator, labels: signedInOnly } })).to.throw('no post 3lmc5external');
      expect(() => shared({ $type: 'app.bsky.graph.defs#listView', uri: `at://${CREATOR}/app.bsky.graph.list/3kflist`, name: 'Web folks', creator: { did: CREATOR, handle: 'a.example', labels: signedInOnly } })).to.throw(
        'no post 3lmc5external',
      );
      expect(() => shared({ $type: 'app.bsky.graph.defs#starterPackViewBasic', uri: `at://${CREATOR}/app.bsky.graph.follow/3kf`, record: { name: 'x' } })).to.throw('no post 3lmc5external');
      expect(() => shared({ $type: 'app.bsky.feed.defs#generatorView', uri: 'javascript:alert(1)//app.bsky.feed.generator/x', displayName: 'x' })).to.throw('no post 3lmc5external');
    });

    it('reads replies, reposts and likes as counts', () => {
      expect(postById(rich(), '3lmc5external').counts).to.deep.equal({ replies: 2, reposts: 4, likes: 17 });
    });

    it('hides a quoted post’s media when the quoted post or its author is labelled, and only then', () => {
      const feed = authorFeed();
      const quoting = feed.feed.find((item) => item.post.uri.endsWith('3lkx9quote22f'))!.post as unknown as {
        embed: { record: { record: { labels: unknown[]; author: { labels: unknown[] }; embeds: unknown[] } }; media: unknown };
      };
      const record = quoting.embed.record.record;
      record.embeds = [{ $type: 'app.bsky.embed.images#view', images: [{ fullsize: 'https://cdn.example/q.jpg', alt: 'Q' }] }];
      // The quoting post's own image (a capture) carries no label: only the quote's is in question.
      const sensitive = () => postById(adapt({ profile: profile(), feed: feed.feed }), '3lkx9quote22f').sensitive;
      expect(sensitive()).to.equal(undefined);
      record.labels = [{ val: 'nudity' }];
      expect(sensitive()).to.equal(true);
      record.labels = [];
      record.author.labels = [{ val: 'porn' }];
      expect(sensitive()).to.equal(true);
    });

    it('leaves out reposts and quotes of an account that asks to be shown only to signed-in readers', () => {
      const feed = authorFeed();
      // A self-label as the AppView lists it on the account: Bluesky's "logged-out visibility" setting.
      const signedInOnly = { src: NATACHA_DID, uri: `at://${NATACHA_DID}/app.bsky.actor.profile/self`, val: '!no-unauthenticated', cts: '2025-01-01T00:00:00.000Z' };
      for (const item of feed.feed) {
        const post = item.post as unknown as { author: { did: string; labels: unknown[] }; embed?: { record?: { record?: { author: { labels: unknown[] } } } } };
        if (post.author.did === NATACHA_DID) post.author.labels = [signedInOnly];
        const quoted = post.embed?.record?.record?.author;
        if (quoted) quoted.labels = [signedInOnly];
      }
      const posts = adapt({ profile: profile(), feed: feed.feed }).posts;
      expect(posts.some((post) => post.repostOf)).to.equal(false);
      expect(posts.map((post) => post.id.split('/').pop())).to.not.include('3lkz5reposted:repost:2025-03-26T08:30:12.345Z');
      const quoting = postById(adapt({ profile: profile(), feed: feed.feed }), '3lkx9quote22f');
      expect([quoting.quote, quoting.media.length]).to.deep.equal([undefined, 1]);
      expect(posts).to.have.length(loaded().posts.length - 1);
    });

    it('reads no post of an author who asks to be shown only to signed-in readers, from the profile or the feed alone', () => {
      const label = { val: '!no-unauthenticated' };
      const refusal = (input: unknown) => {
        try {
          adapt(input);
        } catch (error) {
          return error instanceof FeedError ? error.code : error;
        }
        return 'read';
      };
      expect(refusal({ profile: { ...profile(), labels: [label] }, feed: authorFeed().feed })).to.equal('signed-in-only');
      const feed = authorFeed();
      for (const { post } of feed.feed) if (post.author.did === AUTHOR_DID) (post.author as { labels: unknown[] }).labels = [label];
      expect(refusal({ feed: feed.feed })).to.equal('signed-in-only');
      expect(refusal({ profile: profile(), feed: authorFeed().feed })).to.equal('read');
    });

    it('does not take a label it does not know for a reason to hide media', () => {
      const feed = richFeed();
      (feed.feed[1].post as { labels: { val: string }[] }).labels[0].val = '!no-unauthenticated';
      expect(postById(adapt({ profile: profile(), feed: feed.feed }), '3lmc4video22').sensitive).to.equal(undefined);
    });
  });

  describe('hostile data', () => {
    it('ignores facets out of range, overlapping, inside a character, of unknown kinds or unsafe targets', () => {
      const feed = adapt(badFacetsFeed());
      const post = postById(feed, '3lbadfacets2a');
      expect(post.text).to.equal(BAD_FACETS_TEXT);
      expect(post.content).to.deep.equal([
        { kind: 'text', text: 'Ça 🦋 marche ' },
        { kind: 'url', text: 'https://ok.example', href: 'https://ok.example/' },
      ]);
    });

    it('leaves the text plain when no facet applies, or facets is not a list', () => {
      const feed = adapt(badFacetsFeed());
      for (const rkey of ['3lnofacets22b', '3lfacetsobj2c']) {
        expect(postById(feed, rkey).content).to.equal(undefined);
        expect(postById(feed, rkey).text).to.be.a('string').and.not.equal('');
      }
    });

    it('skips items without a post, record, text, valid date or post URI, and keeps what can be shown', () => {
      const posts = adapt(brokenItemsFeed()).posts;
      expect(posts.map((post) => post.id.split('/').pop())).to.deep.equal(['3limageonly2b', '3lnoauthor22a']);
      const [imageOnly, authorless] = posts;
      expect(authorless).to.deep.include({
        url: `https://bsky.app/profile/${AUTHOR_DID}/post/3lnoauthor22a`,
        lang: undefined,
      });
      expect(authorless.media).to.deep.equal([{ url: 'https://cdn.example/thumb.jpg', alt: '' }]);
      // The record date is invalid: the AppView's indexing date stands in.
      expect(imageOnly.published?.toISOString()).to.equal('2025-03-20T12:00:01.000Z');
      expect(imageOnly.media).to.deep.equal([{ url: 'https://cdn.example/full.jpg', alt: 'A photo' }]);
    });

    for (const [what, input] of malformedResponses()) {
      it(`rejects ${what} as invalid-shape`, () => {
        expect(shapeError(() => adapt(input)).code).to.equal('invalid-shape');
      });
    }

    it('throws nothing but FeedError whatever field of the response has the wrong type', () => {
      // `{ toString: 1 }` is valid JSON that `String()` cannot convert.
      const replacements: unknown[] = [null, 42, 'x', [], {}, true, { toString: 1 }];
      const paths: (string | number)[][] = [];
      const walk = (value: unknown, path: (string | number)[]) => {
        paths.push(path);
        if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      };
      walk({ profile: profile(), feed: authorFeed().feed }, []);
      let calls = 0;
      for (const path of paths.slice(1)) {
        for (const replacement of replacements) {
          const input: Record<string, unknown> = { profile: profile(), feed: authorFeed().feed };
          type Node = Record<string | number, unknown>;
          const parent = path.slice(0, -1).reduce((node, key) => node[key] as Node, input as Node);
          parent[path[path.length - 1]] = replacement;
          try {
            adapt(input);
          } catch (error) {
            expect(error, `${path.join('.')} = ${JSON.stringify(replacement)}`).to.be.instanceOf(FeedError);
          }
          calls++;
        }
      }
      expect(calls).to.be.greaterThan(1000);
    });
  });

  describe('detection', () => {
    it('claims the profile loader output and a bare getAuthorFeed output', () => {
      expect(detectBluesky({ profile: profile(), feed: authorFeed().feed })).to.equal(true);
      expect(detectBluesky(authorFeed())).to.equal(true);
      expect(detectBluesky({ profile: profile(), feed: [] })).to.equal(true);
    });

    it('leaves other formats alone', () => {
      for (const input of [
        null,
        [],
        { version: 1, author: { name: 'A' }, posts: [] },
        { version: 'https://jsonfeed.org/version/1.1', title: 'Blog', items: [] },
        [{ id: '1', content: '<p>Hi</p>', account: { acct: 'a' } }],
        { data: [{ id: '1', text: 'Hi' }], includes: { users: [] } },
        { feed: [{ id: 'https://blog.example/1' }] },
        { feed: 'at://' },
      ]) {
        expect(detectBluesky(input), JSON.stringify(input)).to.equal(false);
      }
    });
  });
});
