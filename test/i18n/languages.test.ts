import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import { en } from '../../src/i18n/en.js';
import { loadStrings, type Strings } from '../../src/i18n/index.js';
import '../../src/index.js';
import type { SocialFeed } from '../../src/social-feed.js';
import { nativeFeed } from '../fixtures/native-feed.js';
import { FEED_URL, servedFeed, startWorker, worker } from '../mocks/feed-handlers.js';
import { part, parts } from '../helpers/parts.js';

const HOUR = 3_600_000;
const AUTHOR = 'Christophe Ginisty';

// Each language's retry button, written out here: a file that lost its strings, or loaded another's, fails.
const RETRY = {
  en: 'Try again',
  fr: 'Réessayer',
  de: 'Erneut versuchen',
  es: 'Reintentar',
  it: 'Riprova',
  pt: 'Tentar novamente',
  nl: 'Opnieuw proberen',
  ja: '再試行',
  ar: 'إعادة المحاولة',
};
const LANGUAGES = Object.keys(RETRY) as (keyof typeof RETRY)[];
// Messages that are rightly the same words as in English: French says "7 votes" too.
const SAME_AS_ENGLISH: Partial<Record<string, string[]>> = { fr: ['pollVotes'] };

/** Every message under `value` as [path, kind, text], functions called on a sample argument that they must show. */
function messages(value: unknown, path = ''): [string, string, string][] {
  if (typeof value === 'function') {
    // Counts come as a number and as the reader's language writes it.
    const argument = ['moreShown', 'pollVotes', 'replies', 'reposts', 'likes', 'moreMedia'].includes(path) ? 7 : 'Sam Rivera';
    const text = String((value as (argument: unknown, shown: string) => unknown)(argument, String(argument)));
    expect(text, path).to.contain(String(argument));
    return [[path, 'function', text]];
  }
  if (typeof value === 'string') return [[path, 'string', value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => messages(inner, path ? `${path}.${key}` : key));
}


describe('languages', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  for (const tag of LANGUAGES) {
    describe(tag, () => {
      it('has every English message, of the same kind, non-empty and translated', async () => {
        const strings = await loadStrings(tag);
        expect(strings.retry).to.equal(RETRY[tag]);
        const english = messages(en);
        const own = messages(strings);
        expect(own.map(([path, kind]) => [path, kind])).to.deep.equal(english.map(([path, kind]) => [path, kind]));
        for (const [path, , text] of own) expect(text.trim(), path).not.to.equal('');
        if (tag !== 'en') {
          own.forEach(([path, , text], i) => {
            if (!SAME_AS_ENGLISH[tag]?.includes(path)) expect(text, `${path} left in English`).not.to.equal(english[i][2]);
          });
        }
      });

      it('renders the feed with its strings and Intl times in that language', async () => {
        const strings: Strings = await loadStrings(tag);
        const [first, second] = nativeFeed().posts;
        const posts = [
          { ...first, published: new Date(Date.now() - 3 * HOUR).toISOString() },
          { ...second, published: new Date(Date.now() - 5 * HOUR).toISOString() },
        ];
        worker.use(servedFeed(FEED_URL, () => nativeFeed({ posts })).handler);
        const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} lang=${tag} limit="1"></social-feed>`);
        await waitUntil(() => parts(el, 'post').length > 0, 'never loaded');
        await el.updateComplete;
        expect(part(el, 'posts').getAttribute('aria-label')).to.equal(strings.posts(AUTHOR));
        expect(part(el, 'links').getAttribute('aria-label')).to.equal(strings.links(AUTHOR));
        expect(part(el, 'more').textContent!.trim()).to.equal(strings.showMore);
        expect(part(el, 'time').textContent).to.equal(new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(-3, 'hour'));
      });
    });
  }

  it('falls back from a regional tag to its language, and to English for a language it lacks', async () => {
    expect(await loadStrings('de-AT')).to.equal(await loadStrings('de'));
    expect(await loadStrings('pt-BR')).to.equal(await loadStrings('pt'));
    expect(await loadStrings('es-419')).to.equal(await loadStrings('es'));
    expect(await loadStrings('zh-CN')).to.equal(en);
  });
});
