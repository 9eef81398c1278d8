// Posts as people post them, rendered: link cards, quoted posts, videos, GIFs and sounds, sensitive media behind a
// button, polls, counts and media grids, from the native format, the Mastodon, Bluesky and X APIs' shapes, and RSS,
// Atom and JSON Feed's sounds and videos.
import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { usePage } from '../../src/page.js';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import '../../src/index.js';
import type { SocialFeed } from '../../src/social-feed.js';
import type { NativeFeed } from '../../src/types.js';
import { profile as blueskyProfile } from '../fixtures/bluesky/profile.js';
import { richFeed } from '../fixtures/bluesky/rich-posts.js';
import { mediaJsonFeed } from '../fixtures/jsonfeed/media.js';
import { account } from '../fixtures/mastodon/account.js';
import { richTimeline } from '../fixtures/twitter/rich-tweets.js';
import { richStatuses } from '../fixtures/mastodon/rich-statuses.js';
import { podcastRss, videoAtom, videoRss } from '../fixtures/rss/media.js';
import { fakePage } from '../helpers/fake-page.js';
import { mount } from '../helpers/mount.js';
import { part, parts } from '../helpers/parts.js';
import { startWorker, worker } from '../mocks/feed-handlers.js';

const at = (minutes: number) => new Date(Date.UTC(2024, 5, 1, 12) - minutes * 60_000).toISOString();
const images = (count: number) => Array.from({ length: count }, (_, i) => ({ url: `https://cdn.example/${i}.png`, alt: `Photo ${i + 1}` }));

/** A native feed with one post per rich feature, newest first. */
function richNative(): NativeFeed {
  return {
    version: 1,
    author: { name: 'Ada Lovelace', handle: '@ada', url: 'https://social.example/@ada' },
    links: [],
    posts: [
      {
        id: 'card',
        url: 'https://social.example/@ada/1',
        text: 'Worth reading',
        published: at(1),
        card: { url: 'https://www.news.example/story', title: 'A long story', description: 'About it', image: { url: 'https://cdn.example/card.jpg', alt: 'Cover' } },
      },
      {
        id: 'quote',
        url: 'https://social.example/@ada/2',
        text: 'So true',
        published: at(2),
        quote: {
          url: 'https://social.example/@sam/9',
          text: 'The quoted words #tag',
          published: '2024-05-31T10:00:00Z',
          author: { name: 'Sam Rivera', handle: '@sam', url: 'https://social.example/@sam', avatar: 'https://cdn.example/sam.png' },
          media: [{ url: 'https://cdn.example/q.png', alt: 'In the quote' }],
        },
      },
      { id: 'poll', url: 'https://social.example/@ada/3', text: 'Tea or coffee?', published: at(3), poll: { options: [{ title: 'Tea', votes: 6 }, { title: 'Coffee', votes: 4 }], votes: 10 } },
      { id: 'closed', url: 'https://social.example/@ada/4', text: 'Over', published: at(4), poll: { options: [{ title: 'Yes', votes: 1 }, { title: 'No', votes: 0 }], closed: true } },
      {
        id: 'video',
        url: 'https://social.example/@ada/5',
        text: 'A clip',
        published: at(5),
        sensitive: true,
        media: [{ url: 'https://cdn.example/clip.mp4', alt: 'A walk in the park', kind: 'video', preview: 'https://cdn.example/clip.jpg', width: 1280, height: 720 }],
        counts: { replies: 3, reposts: 12, likes: 1 },
      },
      {
        id: 'motion',
        url: 'https://social.example/@ada/6',
        text: 'Moving pictures',
        published: at(6),
        media: [
          { url: 'https://cdn.example/loop.mp4', alt: '', kind: 'gifv', preview: 'https://cdn.example/loop.png' },
          { url: 'https://cdn.example/talk.mp3', alt: 'The talk', kind: 'audio' },
        ],
      },
      {
        id: 'stream',
        url: 'https://bsky.app/profile/ada.example/post/7',
        text: 'A stream',
        published: at(7),
        media: [{ url: 'https://video.example/watch/playlist.m3u8', alt: '', kind: 'video', preview: 'https://video.example/thumb.jpg', duration: 95.5 }],
      },
      {
        id: 'hidden-quote',
        url: 'https://social.example/@ada/10',
        text: 'Quoting a sensitive photo',
        published: at(7.5),
        sensitive: true,
        quote: { url: 'https://social.example/@sam/11', text: 'Careful', media: [{ url: 'https://cdn.example/secret.png', alt: 'Secret' }] },
      },
      { id: 'many', url: 'https://social.example/@ada/8', text: 'Six photos', published: at(8), media: images(6) },
      { id: 'three', url: 'https://social.example/@ada/9', text: 'Three photos', published: at(9), media: images(3) },
    ],
  } as unknown as NativeFeed;
}

const mountFeed = (feed: NativeFeed, options: { showSensitive?: boolean; showCounts?: boolean } = {}) =>
  mount(
    html`<social-feed lang="en" .limit=${20} .feed=${feed} .showSensitive=${!!options.showSensitive} .showCounts=${!!options.showCounts}></social-feed>`,
  );

const article = (el: SocialFeed, index: number) => el.shadowRoot!.querySelectorAll('article')[index];
const byText = (el: SocialFeed, text: string) => [...el.shadowRoot!.querySelectorAll('article')].find((post) => post.textContent!.includes(text))!;

describe('rich posts', () => {
  before(() => startWorker());
  beforeEach(() => worker.use(http.get(/\.(png|jpe?g)$/, () => new HttpResponse(null, { status: 404 }))));
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  // First in this file: the rich view's file has not been asked for yet in this page.
  it('shows the first posts complete: the placeholder stays until the rich view is there, nothing pops in after', async () => {
    const el = document.createElement('social-feed') as SocialFeed;
    el.feed = richNative();
    const firstShown: boolean[] = [];
    document.body.append(el);
    const observer = new MutationObserver(() => {
      const first = el.shadowRoot!.querySelector('article');
      if (first && !firstShown.length) firstShown.push(!!first.querySelector('[part="card"]'));
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('article'), 'no posts showed');
      expect(firstShown).to.deep.equal([true]);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('shows a link card as one link: its thumbnail, title and domain', async () => {
    const el = await mountFeed(richNative());
    const card = part(el, 'card') as HTMLAnchorElement;
    expect(card.localName).to.equal('a');
    expect(card.href).to.equal('https://www.news.example/story');
    expect(card.rel).to.equal('noopener noreferrer nofollow ugc');
    expect(card.textContent!.replace(/\s+/g, ' ').trim()).to.equal('A long story news.example');
    // The thumbnail repeats the title's link: decorative.
    expect(card.querySelector('img')!.alt).to.equal('');
    expect(card.closest('article')).to.equal(article(el, 0));
  });

  it('shows a quoted post inset and named: its author, text with links, media and a link to it', async () => {
    const el = await mountFeed(richNative());
    const quote = part(el, 'quote');
    expect(quote.getAttribute('role')).to.equal('group');
    expect(quote.getAttribute('aria-label')).to.equal('Quoted post by Sam Rivera');
    expect(quote.textContent).to.contain('The quoted words');
    expect([...quote.querySelectorAll('a')].map((a) => a.href)).to.include.members(['https://social.example/@sam', 'https://social.example/@sam/9']);
    expect(quote.querySelector<HTMLImageElement>('img[part="media"]')!.alt).to.equal('In the quote');
    expect(quote.querySelector('time')!.getAttribute('datetime')).to.equal('2024-05-31T10:00:00.000Z');
    // Spelled out, not 5/31/2024, which reads another way in most of the world.
    expect(quote.querySelector('time')!.textContent).to.equal('May 31, 2024');
  });

  it('shows a poll read-only: each option’s share as a bar and a percentage, the votes and where to vote', async () => {
    const el = await mountFeed(richNative());
    const [open, closed] = parts(el, 'poll');
    expect(open.getAttribute('aria-label')).to.equal('Poll');
    expect([...open.querySelectorAll('progress')].map((bar) => [bar.value, bar.getAttribute('aria-label')])).to.deep.equal([
      [0.6, 'Tea'],
      [0.4, 'Coffee'],
    ]);
    expect([...open.querySelectorAll('.share')].map((share) => share.textContent)).to.deep.equal(['60%', '40%']);
    expect(open.querySelector('.note')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('10 votes · Vote on social.example');
    expect(open.querySelector('a')!.href).to.equal('https://social.example/@ada/3');
    expect(closed.querySelector('.note')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 vote · Final results');
    expect(closed.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input, form')).to.equal(null);
  });

  it('says when an open poll ends, and shows its final results once the clock passes that time', async () => {
    const page = fakePage(Date.UTC(2024, 5, 1, 12));
    usePage(page);
    try {
      // Posted two days ago: its own label next changes in a day, so only the poll's end can wake the widget at five.
      const feed = richNative();
      const poll = { ...feed.posts![2], published: '2024-05-30T12:00:00Z', poll: { ...feed.posts![2].poll!, closesAt: '2024-06-01T17:00:00Z' } };
      const el = await mountFeed({ ...feed, posts: [poll] } as unknown as NativeFeed);
      const note = () => part(el, 'poll').querySelector('.note')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(note()).to.match(/^10 votes · Ends Jun \d, \d{1,2}:\d\d [AP]M · Vote on social\.example$/);
      page.advance(5 * 3_600_000 - 1);
      await el.updateComplete;
      expect(note()).to.contain('Ends');
      page.advance(1);
      await el.updateComplete;
      expect(note()).to.equal('10 votes · Final results');
      expect(part(el, 'poll').querySelector('a')).to.equal(null);
      el.remove();
    } finally {
      usePage();
    }
  });

  it('keeps sensitive media behind a button, loading nothing, and shows them with focus on the first when pressed', async () => {
    const el = await mountFeed(richNative());
    const post = byText(el, 'A clip');
    expect(post.querySelector('video, img[part="media"]')).to.equal(null);
    const reveal = post.querySelector<HTMLButtonElement>('[part="reveal"]')!;
    expect(reveal.textContent).to.equal('Show sensitive media');
    expect(reveal.type).to.equal('button');
    reveal.focus();
    reveal.click();
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    const video = post.querySelector('video')!;
    expect(video).to.exist;
    expect(post.querySelector('[part="reveal"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(video);
  });

  it('keeps a quoted post’s sensitive media behind the post’s reveal button', async () => {
    const el = await mountFeed(richNative());
    const post = byText(el, 'Quoting a sensitive photo');
    expect(post.querySelector('[part="quote"]')!.textContent).to.contain('Careful');
    expect(post.querySelector('img[part="media"]')).to.equal(null);
    post.querySelector<HTMLButtonElement>('[part="reveal"]')!.click();
    await el.updateComplete;
    expect(post.querySelector<HTMLImageElement>('[part="quote"] img[part="media"]')!.alt).to.equal('Secret');
  });

  it('shows sensitive media at once with show-sensitive', async () => {
    const el = await mountFeed(richNative(), { showSensitive: true });
    expect(parts(el, 'reveal')).to.have.length(0);
    expect(byText(el, 'A clip').querySelector('video')).to.exist;
  });

  it('plays nothing by itself: a video with its still and controls, a GIF muted and looping, a sound with controls across the post', async () => {
    const el = await mountFeed(richNative(), { showSensitive: true });
    const video = byText(el, 'A clip').querySelector('video')!;
    expect(video.getAttribute('src')).to.equal('https://cdn.example/clip.mp4');
    expect(video.getAttribute('poster')).to.equal('https://cdn.example/clip.jpg');
    expect([video.controls, video.autoplay, video.preload]).to.deep.equal([true, false, 'none']);
    expect(video.getAttribute('aria-label')).to.equal('A walk in the park');
    expect([video.width, video.height]).to.deep.equal([1280, 720]);
    const [gif] = byText(el, 'Moving pictures').querySelectorAll('video');
    expect([gif.muted, gif.loop, gif.autoplay, gif.controls]).to.deep.equal([true, true, false, true]);
    const audio = byText(el, 'Moving pictures').querySelector('audio')!;
    expect([audio.controls, audio.autoplay, audio.preload, audio.getAttribute('aria-label')]).to.deep.equal([true, false, 'none', 'The talk']);
    // Its controls take room: a player folded to nothing cannot be pressed.
    expect(audio.getBoundingClientRect().height).to.be.greaterThan(20);
    // A player is no tile: the GIF alone fills the grid, the sound goes across the post below it.
    expect(audio.closest('.grid')).to.equal(null);
    expect(byText(el, 'Moving pictures').querySelector('.grid')!.getAttribute('data-count')).to.equal('1');
    expect(audio.getBoundingClientRect().width).to.be.greaterThan(gif.getBoundingClientRect().width * 0.8);
    for (const media of el.shadowRoot!.querySelectorAll('video, audio')) expect((media as HTMLMediaElement).paused).to.equal(true);
  });

  it('shows a playable video’s length over it until the player, asked to play, knows it itself', async () => {
    const feed = richNative();
    const clip = { ...feed.posts![4], sensitive: false, media: [{ ...feed.posts![4].media![0], duration: 42.5 }] };
    const el = await mountFeed({ ...feed, posts: [clip] } as unknown as NativeFeed);
    const video = el.shadowRoot!.querySelector('video')!;
    const badge = video.nextElementSibling as HTMLElement;
    expect([badge.className, badge.textContent, badge.hidden]).to.deep.equal(['duration', '0:42', false]);
    expect(getComputedStyle(badge).top).to.equal(getComputedStyle(badge).left);
    video.dispatchEvent(new Event('loadedmetadata'));
    expect(badge.hidden).to.equal(true);
    expect(getComputedStyle(badge).display).to.equal('none');
  });

  it('links a stream it cannot play (an HLS playlist) to its post, its still behind a play mark and its length', async () => {
    const el = await mountFeed(richNative());
    const still = byText(el, 'A stream').querySelector<HTMLAnchorElement>('a.still')!;
    expect(still.href).to.equal('https://bsky.app/profile/ada.example/post/7');
    expect(still.title).to.equal('Watch on bsky.app');
    expect(still.querySelector('img')!.getAttribute('src')).to.equal('https://video.example/thumb.jpg');
    expect(still.querySelector('.play')!.getAttribute('aria-hidden')).to.equal('true');
    expect(still.querySelector('.duration')!.textContent).to.equal('1:35');
    expect(byText(el, 'A stream').querySelector('video')).to.equal(null);
  });

  it('lays media out in a grid: three as one large and two small, past four a last tile that says how many more', async () => {
    const el = await mountFeed(richNative());
    const three = byText(el, 'Three photos').querySelector<HTMLElement>('.grid')!;
    expect(three.dataset.count).to.equal('3');
    const [first, second, third] = [...three.children].map((tile) => tile.getBoundingClientRect());
    expect(first.height).to.be.greaterThan(second.height * 1.5);
    expect(second.left).to.equal(third.left);
    const many = byText(el, 'Six photos').querySelector<HTMLElement>('.grid')!;
    expect(many.dataset.count).to.equal('4');
    expect(many.querySelectorAll('img[part="media"]')).to.have.length(4);
    const more = many.querySelector<HTMLAnchorElement>('.more-media > a:last-child')!;
    expect(more.href).to.equal('https://social.example/@ada/8');
    expect(more.textContent!.replace(/\s+/g, '')).to.equal('+22more');
    expect(more.querySelector('[aria-hidden="true"]')!.textContent).to.equal('+2');
    expect(more.querySelector('.sr-only')!.textContent).to.equal('2 more');
  });

  it('names each image link by its description, or says it opens the image', async () => {
    const el = await mountFeed(richNative());
    const tile = byText(el, 'Three photos').querySelector<HTMLAnchorElement>('a.tile')!;
    expect(tile.href).to.equal('https://cdn.example/0.png');
    expect(tile.querySelector('img')!.alt).to.equal('Photo 1');
  });

  it('shows counts in words only with show-counts, shortened past a thousand in the reader’s language, spelled out for screen readers', async () => {
    const without = await mountFeed(richNative(), { showSensitive: true });
    expect(parts(without, 'counts')).to.have.length(0);
    const el = await mountFeed(richNative(), { showCounts: true });
    expect(parts(el, 'counts').map((counts) => counts.textContent)).to.deep.equal(['3 replies · 12 reposts · 1 like']);
    const feed = richNative();
    const popular = { ...feed, posts: [{ ...feed.posts![4], counts: { replies: 1_204, reposts: 35_800, likes: 2_100_000 } }] } as NativeFeed;
    const english = await mountFeed(popular, { showCounts: true });
    const shown = (el: SocialFeed) => part(el, 'counts').querySelector('[aria-hidden="true"]')!.textContent!.replace(/\s/g, ' ');
    const spoken = (el: SocialFeed) => part(el, 'counts').querySelector('.sr-only')!.textContent!.replace(/\s/g, ' ');
    expect(shown(english)).to.equal('1.2K replies · 36K reposts · 2.1M likes');
    expect(spoken(english)).to.equal('1.2 thousand replies · 36 thousand reposts · 2.1 million likes');
    english.lang = 'de';
    await waitUntil(() => part(english, 'counts').textContent!.includes('Antworten'), 'German never arrived');
    expect(shown(english)).to.equal('1204 Antworten · 35.800 Mal geteilt · 2,1 Mio. Likes');
    expect(spoken(english)).to.equal('1204 Antworten · 35.800 Mal geteilt · 2,1 Millionen Likes');
    const poll = { ...feed.posts![2], poll: { ...feed.posts![2].poll!, votes: 4_321 } };
    const voted = await mountFeed({ ...feed, posts: [poll] } as unknown as NativeFeed);
    const votes = part(voted, 'poll').querySelector('.note')!;
    expect(votes.querySelector('[aria-hidden="true"]')!.textContent).to.equal('4.3K votes');
    expect(votes.querySelector('.sr-only')!.textContent).to.equal('4.3 thousand votes');
  });

  describe('from the networks', () => {
    it('Mastodon: a quote post, a sensitive video, polls and a card, counts when asked', async () => {
      const API = 'https://social.example/api/v1/accounts';
      worker.use(
        http.get(`${API}/lookup`, () => HttpResponse.json(account())),
        http.get(`${API}/:id/statuses`, ({ request }) => HttpResponse.json(new URL(request.url).searchParams.get('pinned') ? [] : richStatuses())),
      );
      const el = await mount(html`<social-feed src="https://social.example/@camille" lang="en" .limit=${10} show-counts></social-feed>`);
      expect(parts(el, 'reveal')).to.have.length(1);
      expect(parts(el, 'poll')).to.have.length(2);
      expect(parts(el, 'card').map((card) => (card as HTMLAnchorElement).href)).to.deep.equal(['https://news.example/2024/05/confiance', 'https://rapport.example/2024']);
      const counts = byText(el, 'La captation').querySelector('[part="counts"]')!;
      expect(counts.querySelector('[aria-hidden="true"]')!.textContent).to.equal('3 replies · 12 reposts · 1.2K likes');
      expect(counts.querySelector('.sr-only')!.textContent).to.equal('3 replies · 12 reposts · 1.2 thousand likes');
      const quoting = byText(el, 'Tout est dit.');
      expect(quoting.querySelector('[part="text"]')!.textContent).to.equal('Tout est dit.');
      expect(quoting.querySelector('[part="quote"]')!.getAttribute('aria-label')).to.equal('Quoted post by Natacha');
      const repost = part(el, 'repost');
      expect(repost.querySelector<HTMLImageElement>('img.mini-avatar')!.alt).to.equal('');
    });

    it('Bluesky: a card, a labelled video behind the button, a quoted post, and a post whose quote is gone', async () => {
      worker.use(
        http.get('https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile', () => HttpResponse.json(blueskyProfile())),
        http.get('https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed', () => HttpResponse.json(richFeed())),
      );
      const el = await mount(html`<social-feed src="https://bsky.app/profile/cginisty.bsky.social" lang="en"></social-feed>`);
      expect((part(el, 'card') as HTMLAnchorElement).href).to.equal('https://conf.example/replay');
      const video = byText(el, 'Les coulisses');
      expect(video.querySelector('[part="reveal"]')).to.exist;
      expect(video.querySelector('video, img[part="media"]')).to.equal(null);
      expect(part(el, 'quote').getAttribute('aria-label')).to.equal('Quoted post by Natacha Quester-Séméon');
      expect(byText(el, 'Je répondais à ceci.').querySelector('[part="quote"]')).to.equal(null);
    });

    it('X: a card, a quoted tweet with its photo, a video that plays its MP4, a sensitive GIF behind the button, a poll, counts when asked', async () => {
      worker.use(http.get('https://blog.example/api/x-timeline', () => HttpResponse.json(richTimeline())));
      const el = await mount(html`<social-feed src="https://blog.example/api/x-timeline" format="twitter" lang="en" .limit=${10} show-counts></social-feed>`);
      expect((part(el, 'card') as HTMLAnchorElement).href).to.equal('https://blog.example/small-embeds?ref=x');
      expect(part(el, 'card').textContent).to.contain('Small is a feature');
      const quote = byText(el, 'This, exactly.').querySelector('[part="quote"]')!;
      expect(quote.getAttribute('aria-label')).to.equal('Quoted post by Sam Rivera');
      expect(quote.querySelector('img[part="media"]')!.getAttribute('alt')).to.equal('A sketch of the widget in a sidebar');
      const video = byText(el, 'read aloud').querySelector('video')!;
      expect(video.getAttribute('src')).to.equal('https://video.twimg.com/ext_tw_video/1600000000000000007/pu/vid/640x360/mid.mp4?tag=12');
      expect(video.getAttribute('preload')).to.equal('none');
      const gif = byText(el, 'Before and after');
      expect(gif.querySelector('[part="reveal"]')).to.exist;
      expect(gif.querySelector('video')).to.equal(null);
      expect(byText(el, 'Wrote up').querySelector('[part="counts"]')!.textContent).to.equal('4 replies · 18 reposts · 73 likes');
      // Its end (December 1st, 2026) has passed: final results, no link to vote.
      const poll = part(el, 'poll');
      expect([...poll.querySelectorAll('.option')].map((option) => option.textContent)).to.deep.equal(['A feed reader', 'The network’s own app', 'Widgets on blogs']);
      expect(poll.querySelector('.note')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('88 votes · Final results');
      expect(part(el, 'repost').querySelector<HTMLImageElement>('img.mini-avatar')!.getAttribute('src')).to.equal(
        'https://pbs.twimg.com/profile_images/1500000000000000002/sam_bigger.png',
      );
    });

    it('RSS and Atom: a podcast episode as a player, a Media RSS video with its still, a rated one behind the button, a video site’s player as a still', async () => {
      worker.use(
        http.get('https://podcast.example/feed.xml', () => new HttpResponse(podcastRss(), { headers: { 'content-type': 'application/rss+xml' } })),
        http.get('https://video.example/feed/', () => new HttpResponse(videoRss(), { headers: { 'content-type': 'application/rss+xml' } })),
        http.get('https://tube.example/feeds/videos.xml', () => new HttpResponse(videoAtom(), { headers: { 'content-type': 'application/atom+xml' } })),
      );
      const podcast = await mount(html`<social-feed src="https://podcast.example/feed.xml" lang="en"></social-feed>`);
      const audio = byText(podcast, 'parler quand tout brûle').querySelector('audio')!;
      expect(audio.getAttribute('src')).to.equal('https://cdn.podcast.example/13.mp3');
      expect(audio.getAttribute('preload')).to.equal('none');
      expect(audio.getAttribute('aria-label')).to.equal('Épisode 13 : parler quand tout brûle');
      expect(audio.nextElementSibling!.textContent).to.equal('1:02:03');

      const videos = await mount(html`<social-feed src="https://video.example/feed/" lang="en"></social-feed>`);
      const montage = byText(videos, 'Le montage').querySelectorAll('video');
      expect([...montage].map((video) => [video.getAttribute('src'), video.getAttribute('poster')])).to.deep.equal([
        ['https://cdn.video.example/montage-1080.mp4', 'https://cdn.video.example/montage.jpg'],
        ['https://cdn.video.example/montage-480.webm', 'https://cdn.video.example/montage.jpg'],
      ]);
      const rated = byText(videos, 'Les coulisses');
      expect(rated.querySelector('[part="reveal"]')).to.exist;
      expect(rated.querySelector('video, img[part="media"]')).to.equal(null);

      const tube = await mount(html`<social-feed src="https://tube.example/feeds/videos.xml" lang="en"></social-feed>`);
      const still = byText(tube, 'trois minutes').querySelector<HTMLAnchorElement>('a.still')!;
      expect(still.href).to.equal('https://tube.example/watch?v=montage3min');
      expect(still.querySelector('img')!.getAttribute('src')).to.equal('https://i.tube.example/vi/montage3min/hqdefault.jpg');
      expect(still.querySelector('.duration'), 'the feed gives no length').to.equal(null);
      expect(byText(tube, 'Un extrait').querySelector('video')!.getAttribute('src')).to.equal('https://tube.example/files/clip.webm');
    });

    it('JSON Feed: an episode offered once among its alternates, and a video with the item’s image as its still', async () => {
      worker.use(http.get('https://podcast.example/feed.json', () => HttpResponse.json(mediaJsonFeed())));
      const el = await mount(html`<social-feed src="https://podcast.example/feed.json" lang="en"></social-feed>`);
      expect([...byText(el, 'Épisode 13').querySelectorAll('audio')].map((audio) => audio.getAttribute('src'))).to.deep.equal(['https://cdn.podcast.example/13.m4a']);
      const video = byText(el, 'Le montage').querySelector('video')!;
      expect([video.getAttribute('src'), video.getAttribute('poster')]).to.deep.equal(['https://podcast.example/videos/montage.mp4', 'https://podcast.example/montage.jpg']);
    });
  });
});
