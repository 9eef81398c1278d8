// Property-based tests: any input to any adapter gives a valid Feed or a FeedError, never another exception; any
// Feed renders without an exception and with only the widget's own elements and safe URLs. Fixed seeds keep every
// run the same; on a failure fast-check prints the seed and the shrunk counterexample.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { adaptBluesky } from '../../src/source/adapters/bluesky.js';
import { browserParsers } from '../../src/source/parsers.js';
import { type Adapter } from '../../src/source/adapters/context.js';
import { isRecord } from '../../src/source/adapters/guards.js';
import { adaptJsonFeed } from '../../src/source/adapters/jsonfeed.js';
import { adaptMastodon } from '../../src/source/adapters/mastodon.js';
import { adaptNative } from '../../src/source/adapters/native.js';
import * as richReader from '../../src/source/adapters/rich.js';
import { adaptRss } from '../../src/source/adapters/rss.js';
import { adaptTwitter } from '../../src/source/adapters/twitter.js';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import { FeedError } from '../../src/errors.js';
import '../../src/index.js';
import type { SocialFeed } from '../../src/social-feed.js';
import type { Feed, TextToken } from '../../src/types.js';
import { authorFeed } from '../fixtures/bluesky/author-feed.js';
import { profile as blueskyProfile } from '../fixtures/bluesky/profile.js';
import { mediaJsonFeed } from '../fixtures/jsonfeed/media.js';
import { jsonFeed10 } from '../fixtures/jsonfeed/v1.js';
import { jsonFeed11 } from '../fixtures/jsonfeed/v1-1.js';
import { richFeed as blueskyRichFeed } from '../fixtures/bluesky/rich-posts.js';
import { richStatuses } from '../fixtures/mastodon/rich-statuses.js';
import { profile as mastodonProfile } from '../fixtures/mastodon/statuses.js';
import { nativeFeed, richNativePost } from '../fixtures/native-feed.js';
import { atomFeed } from '../fixtures/rss/atom.js';
import { blogRss } from '../fixtures/rss/blog.js';
import { blueskyRss } from '../fixtures/rss/bluesky.js';
import { mastodonRss } from '../fixtures/rss/mastodon.js';
import { podcastRss, videoAtom, videoRss } from '../fixtures/rss/media.js';
import { rdfFeed } from '../fixtures/rss/rdf.js';
import { richTimeline } from '../fixtures/twitter/rich-tweets.js';
import { featureTimeline, referenceTimeline } from '../fixtures/twitter/user-tweets.js';
import { urlVectors, xssVectors } from '../fixtures/xss-vectors.js';
import { startWorker, worker } from '../mocks/feed-handlers.js';
import { installPwnedSpy, unsafeParts } from './safe-dom.js';

const SEED = 20_240_501;
const CONTEXT = { baseUrl: 'https://feeds.example/user/feed', ...browserParsers };

// ---- arbitraries

/** Keys that trip code which trusts a JSON object's shape: `{"toString": 1}` cannot be turned into a string. */
const TRAP_KEYS = ['toString', 'valueOf', '__proto__', 'constructor', 'hasOwnProperty', 'length', 'then'];
const key = fc.oneof(fc.string(), fc.constantFrom(...TRAP_KEYS));
const vector = fc.constantFrom(...xssVectors.map(({ vector }) => vector));
/** Strings a hostile feed may hold: any text, any code points, web URLs of any scheme, and the XSS corpus. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl({ validSchemes: ['javascript', 'data', 'vbscript', 'file', 'blob', 'mailto'] }),
  vector,
);
/** Objects made only of trap keys with non-function values, as `JSON.parse` makes them. */
const trap = fc.dictionary(fc.constantFrom(...TRAP_KEYS), fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { minKeys: 1, maxKeys: 3 });
/** Any value, objects with trap keys included. */
const wild = fc.oneof(fc.anything({ key, maxDepth: 3, maxKeys: 6 }), hostileString, trap);

/**
 * Values shaped like `template` (a stored fixture): its keys mostly kept with their values changed, dropped or
 * replaced by anything, arrays resized, trap keys added, so that the adapter's deep paths are reached.
 */
function shaped(template: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (Array.isArray(template)) {
    const item = template.length ? fc.oneof(...template.slice(0, 6).map((value) => shaped(value, depth + 1))) : wild;
    return fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) }, { weight: 1, arbitrary: wild });
  }
  if (isRecord(template) && depth < 8) {
    const fields = Object.fromEntries(Object.entries(template).map(([name, value]) => [name, shaped(value, depth + 1)]));
    const traps = fc.dictionary(fc.constantFrom(...TRAP_KEYS), wild, { maxKeys: 2 });
    const record = fc.oneof({ weight: 4, arbitrary: fc.record(fields) }, { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) });
    return fc.oneof(
      { weight: 8, arbitrary: record },
      { weight: 1, arbitrary: fc.tuple(record, traps).map(([fields, extra]) => ({ ...extra, ...fields })) },
      { weight: 1, arbitrary: wild },
    );
  }
  return fc.oneof({ weight: 6, arbitrary: fc.constant(template) }, { weight: 1, arbitrary: hostileString }, { weight: 1, arbitrary: wild });
}

/** RSS, RSS 1.0 and Atom documents: a stored feed changed by a few edits (text, attributes, removed or doubled elements). */
const XML_FIXTURES = [blogRss(), atomFeed(), rdfFeed(), mastodonRss(), blueskyRss(), podcastRss(), videoRss(), videoAtom()];
const xmlEdit = fc.record({
  target: fc.nat(),
  change: fc.constantFrom('text', 'attribute', 'remove', 'double', 'empty'),
  value: hostileString,
  attribute: fc.constantFrom('url', 'href', 'type', 'rel', 'medium', 'width', 'duration', 'scheme', 'xml:base', 'xml:lang', 'rdf:about'),
});
const editedXml = fc.tuple(fc.constantFrom(...XML_FIXTURES), fc.array(xmlEdit, { maxLength: 10 })).map(([source, edits]) => {
  const doc = browserParsers.parseXml(source);
  for (const { target, change, value, attribute } of edits) {
    const all = doc.getElementsByTagName('*');
    const el = all[target % all.length];
    if (change === 'text') el.textContent = value;
    else if (change === 'attribute') el.setAttribute(attribute, value);
    else if (change === 'remove' && el !== doc.documentElement) el.remove();
    else if (change === 'double' && el !== doc.documentElement) el.after(el.cloneNode(true));
    else if (change === 'empty') el.replaceChildren();
  }
  return doc;
});

/** Well-formed or not, XML-looking text made of feed vocabulary, parsed as the widget parses it. */
const FEED_TAGS = ['rss', 'channel', 'item', 'title', 'link', 'description', 'pubDate', 'guid', 'enclosure', 'feed', 'entry', 'content', 'summary', 'updated', 'id'];
const xmlText: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc
      .tuple(fc.constantFrom(...FEED_TAGS), fc.constantFrom('', ' xmlns="http://www.w3.org/2005/Atom"', ' url="u"', ' href="h"'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attributes, children]) => `<${tag}${attributes}>${children.join('')}</${tag}>`),
  ),
})).node;
const parsedXml = fc.oneof(fc.string(), xmlText).map((text) => browserParsers.parseXml(text));

// ---- what a valid Feed is

const TOKEN_KINDS = new Set(['text', 'url', 'mention', 'hashtag', 'emoji']);
const isString = (value: unknown): value is string => typeof value === 'string';

function tokenProblems(tokens: TextToken[] | undefined, where: string): string[] {
  if (tokens === undefined) return [];
  if (!Array.isArray(tokens)) return [`${where} is not an array`];
  return tokens.flatMap((token, i) =>
    !isRecord(token) || !TOKEN_KINDS.has(token.kind) || !isString(token.text) ||
    (token.kind === 'url' && !isString(token.href)) || (token.kind === 'emoji' && !isString(token.url))
      ? [`${where}[${i}] is not a token: ${JSON.stringify(token)}`]
      : [],
  );
}

/** Everything that makes `feed` not a valid Feed: empty when it is one. */
function feedProblems(feed: Feed): string[] {
  if (!isRecord(feed) || !isRecord(feed.author)) return ['no author object'];
  const { author, links, posts } = feed;
  const problems: string[] = [];
  const expectString = (value: unknown, where: string, optional = true) => {
    if (!(isString(value) || (optional && value === undefined))) problems.push(`${where} is a ${typeof value}`);
  };
  if (!isString(author.name) || !author.name.trim()) problems.push('author.name is not a non-empty string');
  for (const name of ['handle', 'url', 'avatar', 'bio'] as const) expectString(author[name], `author.${name}`);
  problems.push(...tokenProblems(author.nameContent, 'author.nameContent'), ...tokenProblems(author.bioContent, 'author.bioContent'));
  if (!Array.isArray(links)) problems.push('links is not an array');
  else {
    for (const [i, link] of links.entries()) {
      for (const name of ['network', 'label', 'url'] as const) expectString(isRecord(link) ? link[name] : link, `links[${i}].${name}`, false);
    }
  }
  if (!Array.isArray(posts)) return [...problems, 'posts is not an array'];
  for (const [i, post] of posts.entries()) {
    if (!isRecord(post)) {
      problems.push(`posts[${i}] is not an object`);
      continue;
    }
    expectString(post.id, `posts[${i}].id`, false);
    expectString(post.text, `posts[${i}].text`, false);
    for (const name of ['url', 'lang', 'spoiler'] as const) expectString(post[name], `posts[${i}].${name}`);
    for (const name of ['name', 'handle', 'url'] as const) expectString(post.repostOf?.[name], `posts[${i}].repostOf.${name}`);
    // Absent (an undated feed item) or a real date: never Invalid Date.
    if (post.published !== undefined && (!(post.published instanceof Date) || Number.isNaN(post.published.getTime()))) {
      problems.push(`posts[${i}].published is no valid Date`);
    }
    if (!Array.isArray(post.media) || !post.media.every((media) => isRecord(media) && isString(media.url) && isString(media.alt))) {
      problems.push(`posts[${i}].media is not a list of images with url and alt`);
    }
    problems.push(...tokenProblems(post.content, `posts[${i}].content`));
    problems.push(...richProblems(post, `posts[${i}]`));
  }
  if (new Set(posts.map((post) => post.id)).size !== posts.length) problems.push('post ids repeat');
  // Dated posts newest first (an undated one keeps its place in the feed's order).
  const dated = posts.flatMap((post) => post.published ?? []);
  if (dated.some((date, i) => i > 0 && date > dated[i - 1])) problems.push('posts are not newest first');
  return problems;
}

const MEDIA_KINDS = [undefined, 'image', 'video', 'gifv', 'audio'];

/** What is wrong with a post's rich fields: each absent, or of the shape the rich view reads. */
function richProblems(post: Record<string, unknown>, path: string): string[] {
  const problems: string[] = [];
  const strings = (value: unknown, names: string[], at: string) =>
    names.forEach((name) => isRecord(value) && value[name] !== undefined && typeof value[name] !== 'string' && problems.push(`${at}.${name} is not a string`));
  const media = (list: unknown, at: string) => {
    if (!Array.isArray(list)) {
      problems.push(`${at} is not an array`);
      return;
    }
    list.forEach((item, i) => {
      if (!isRecord(item) || typeof item.url !== 'string' || typeof item.alt !== 'string') problems.push(`${at}[${i}] has no url and alt`);
      else if (!MEDIA_KINDS.includes(item.kind as string)) problems.push(`${at}[${i}].kind is ${String(item.kind)}`);
      strings(item, ['preview'], `${at}[${i}]`);
      const { duration } = item as Record<string, unknown>;
      if (duration !== undefined && !(typeof duration === 'number' && Number.isFinite(duration) && duration > 0)) problems.push(`${at}[${i}].duration is ${String(duration)}`);
    });
  };
  const { card, quote, poll, counts, sensitive } = post;
  if (card !== undefined && (!isRecord(card) || typeof card.url !== 'string')) problems.push(`${path}.card has no url`);
  strings(card, ['title', 'description'], `${path}.card`);
  if (quote !== undefined) {
    if (!isRecord(quote) || typeof quote.text !== 'string') problems.push(`${path}.quote has no text`);
    else media(quote.media, `${path}.quote.media`);
    strings(quote, ['url'], `${path}.quote`);
    if (isRecord(quote) && quote.published !== undefined && !(quote.published instanceof Date && !Number.isNaN(quote.published?.getTime()))) {
      problems.push(`${path}.quote.published is no valid Date`);
    }
  }
  if (poll !== undefined) {
    const options = isRecord(poll) && Array.isArray(poll.options) ? poll.options : undefined;
    if (!options?.length || !options.every((option) => isRecord(option) && typeof option.title === 'string')) problems.push(`${path}.poll has no titled options`);
  }
  if (counts !== undefined && (!isRecord(counts) || !Object.values(counts).every((count) => Number.isInteger(count) && (count as number) >= 0))) {
    problems.push(`${path}.counts are not whole numbers`);
  }
  if (sensitive !== undefined && sensitive !== true) problems.push(`${path}.sensitive is ${String(sensitive)}`);
  media(post.media, `${path}.media`);
  return problems;
}

/** Runs `adapter`: a FeedError is a fine answer, a Feed must be valid, anything else thrown fails the property. */
function adaptsOrRefuses(adapter: Adapter, input: unknown): void {
  let feed: Feed;
  try {
    feed = adapter(input, CONTEXT);
  } catch (error) {
    if (error instanceof FeedError) return;
    throw error;
  }
  expect(feedProblems(feed)).to.deep.equal([]);
}

const ADAPTERS: [string, Adapter, fc.Arbitrary<unknown>][] = [
  ['native', (input, context) => adaptNative(input, context, richReader), shaped({ ...nativeFeed(), posts: [...nativeFeed().posts.slice(0, 2), richNativePost()] })],
  ['JSON Feed', adaptJsonFeed, fc.oneof(shaped(jsonFeed11()), shaped(jsonFeed10()), shaped(mediaJsonFeed()))],
  ['Mastodon', adaptMastodon, fc.oneof(shaped(mastodonProfile()), shaped(mastodonProfile().statuses), shaped(richStatuses()))],
  [
    'Bluesky',
    adaptBluesky,
    fc.oneof(shaped({ profile: blueskyProfile(), feed: authorFeed().feed }), shaped(authorFeed()), shaped({ profile: blueskyProfile(), feed: blueskyRichFeed().feed })),
  ],
  ['X', adaptTwitter, fc.oneof(shaped(referenceTimeline()), shaped(featureTimeline()), shaped(richTimeline()))],
  ['RSS and Atom', adaptRss, fc.oneof(editedXml, parsedXml)],
];

describe('properties', () => {
  describe('every adapter returns a valid Feed or throws a FeedError, and nothing else', () => {
    for (const [name, adapter, shapedInput] of ADAPTERS) {
      it(`${name}: for any value`, () => {
        fc.assert(fc.property(wild, (input) => adaptsOrRefuses(adapter, input)), { seed: SEED, numRuns: 200 });
      });

      it(`${name}: for any JSON text, parsed`, () => {
        fc.assert(fc.property(fc.json(), (text) => adaptsOrRefuses(adapter, JSON.parse(text))), { seed: SEED, numRuns: 200 });
      });

      it(`${name}: for values shaped like its own responses`, function () {
        this.timeout(20_000);
        fc.assert(fc.property(shapedInput, (input) => adaptsOrRefuses(adapter, input)), { seed: SEED, numRuns: 200 });
      });
    }
  });

  describe('any Feed renders with no exception and only safe elements and URLs', () => {
    const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const text = fc.oneof(hostileString, fc.string({ unit: 'grapheme' }));
    const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom(...urlVectors.map(({ vector }) => vector)), text);
    const media = fc.record({
      url,
      alt: text,
      kind: maybe(fc.constantFrom('image', 'video', 'gifv', 'audio')),
      preview: maybe(url),
      duration: maybe(fc.double()),
      width: maybe(fc.double()),
      height: maybe(fc.double()),
    });
    const post = fc.record({
      id: fc.string(),
      url: maybe(url),
      text,
      published: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
      repostOf: maybe(fc.record({ name: maybe(text), handle: maybe(text), url: maybe(url), avatar: maybe(url) })),
      media: fc.array(media, { maxLength: 5 }),
      lang: maybe(text),
      spoiler: maybe(text),
      pinned: maybe(fc.boolean()),
      reply: maybe(fc.boolean()),
      card: maybe(fc.record({ url, title: maybe(text), description: maybe(text), image: maybe(fc.record({ url, alt: text })) })),
      quote: maybe(
        fc.record({
          url: maybe(url),
          text,
          published: maybe(fc.date({ noInvalidDate: true })),
          author: maybe(fc.record({ name: maybe(text), handle: maybe(text), url: maybe(url), avatar: maybe(url) })),
          media: fc.array(media, { maxLength: 2 }),
        }),
      ),
      poll: maybe(
        fc.record({
          options: fc.array(fc.record({ title: text, votes: maybe(fc.nat()) }), { minLength: 1, maxLength: 4 }),
          votes: maybe(fc.nat()),
          closed: maybe(fc.constant(true)),
        }),
      ),
      sensitive: maybe(fc.constant(true)),
      counts: maybe(fc.record({ replies: maybe(fc.nat()), reposts: maybe(fc.nat()), likes: maybe(fc.nat()) })),
    });
    const feed: fc.Arbitrary<Feed> = fc.record({
      author: fc.record({
        name: text.filter((name) => name.trim() !== ''),
        handle: maybe(text),
        url: maybe(url),
        avatar: maybe(url),
        bio: maybe(text),
      }),
      links: fc.array(fc.record({ network: text, label: text, url, verified: maybe(fc.boolean()) }), { maxLength: 4 }),
      posts: fc.array(post, { maxLength: 6 }),
    });
    const options = fc.record({
      lang: fc.constantFrom('en', 'fr', 'ar', 'ja'),
      limit: fc.integer({ min: 1, max: 8 }),
      hideReposts: fc.boolean(),
      showPinned: fc.boolean(),
      showReplies: fc.boolean(),
      showSensitive: fc.boolean(),
      showCounts: fc.boolean(),
    });

    const served = new Map<string, string>();
    const failures: unknown[] = [];
    const recordError = (event: ErrorEvent) => failures.push(event.error ?? event.message);
    const recordRejection = (event: PromiseRejectionEvent) => failures.push(event.reason);
    let spy: ReturnType<typeof installPwnedSpy>;

    before(() => startWorker());
    beforeEach(() => {
      worker.use(
        // Relative URLs in a feed resolve under its path: anything but a served feed there is a 404.
        http.get('/property/*', ({ request }) => {
          const body = served.get(new URL(request.url).pathname);
          return body ? HttpResponse.text(body, { headers: { 'Content-Type': 'application/json' } }) : new HttpResponse(null, { status: 404 });
        }),
        http.all(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, () => new HttpResponse(null, { status: 404 })),
      );
      window.addEventListener('error', recordError);
      window.addEventListener('unhandledrejection', recordRejection);
      spy = installPwnedSpy();
    });
    afterEach(() => {
      spy.restore();
      window.removeEventListener('error', recordError);
      window.removeEventListener('unhandledrejection', recordRejection);
      worker.resetHandlers();
      served.clear();
      clearFeedCache();
    });
    after(() => worker.stop());

    it('served as a native feed, with any widget options', async function () {
      this.timeout(60_000);
      await fc.assert(
        fc.asyncProperty(feed, options, async (generated, { lang, limit, ...flags }) => {
          const path = `/property/${served.size}`;
          served.set(path, JSON.stringify({ version: 1, ...generated }));
          const el = await fixture<SocialFeed>(
            html`<social-feed src=${path} format="native" lang=${lang} .limit=${limit} .hideReposts=${flags.hideReposts}
              .showPinned=${flags.showPinned} .showReplies=${flags.showReplies} .showSensitive=${flags.showSensitive}
              .showCounts=${flags.showCounts}></social-feed>`,
          );
          try {
            await waitUntil(() => el.shadowRoot!.querySelector('[part~="bio"], [role="alert"]'), 'the widget never showed the feed or an error');
            await el.updateComplete;
            expect(unsafeParts(el.shadowRoot!)).to.deep.equal([]);
            expect(failures).to.deep.equal([]);
            expect(spy.calls).to.deep.equal([]);
          } finally {
            el.remove();
            clearFeedCache();
          }
        }),
        { seed: SEED, numRuns: 40 },
      );
    });
  });
});
