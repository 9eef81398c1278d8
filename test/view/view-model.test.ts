import { expect } from '@open-wc/testing';
import type { Feed, Post } from '../../src/types.js';
import { feedView, type ViewOptions } from '../../src/view/view-model.js';

const NOW = Date.UTC(2024, 4, 1, 12, 0);
const MINUTE = 60_000;
const post = (id: string, minutesAgo: number, extra: Partial<Post> = {}): Post => ({ id, text: id, published: new Date(NOW - minutesAgo * MINUTE), media: [], ...extra });
const feed = (...posts: Post[]): Feed => ({ author: { name: 'Sam' }, links: [], posts });
const options = (extra: Partial<ViewOptions> = {}): ViewOptions => ({
  shown: 2,
  showPinned: false,
  showReplies: false,
  hideReposts: false,
  now: NOW,
  locale: 'en',
  ...extra,
});
const ids = (view: ReturnType<typeof feedView>) => view.posts.map(({ post }) => post.id);

describe('feedView', () => {
  it('shows nothing for no feed', () => {
    expect(feedView(undefined, options())).to.deep.equal({ posts: [], hasMore: false, setSize: 0, wakeAt: Infinity });
  });

  it('shows the latest `shown` posts, says more are there, and counts the set', () => {
    const view = feedView(feed(post('a', 1), post('b', 2), post('c', 3)), options());
    expect(ids(view)).to.deep.equal(['a', 'b']);
    expect([view.hasMore, view.setSize]).to.deep.equal([true, 3]);
  });

  it('leaves replies and, when asked, reposts out of the posts and of the set', () => {
    const posts = [post('a', 1, { reply: true }), post('b', 2, { repostOf: { name: 'N' } }), post('c', 3)];
    expect(ids(feedView(feed(...posts), options({ shown: 5 })))).to.deep.equal(['b', 'c']);
    expect(ids(feedView(feed(...posts), options({ shown: 5, hideReposts: true })))).to.deep.equal(['c']);
    expect(ids(feedView(feed(...posts), options({ shown: 5, showReplies: true })))).to.deep.equal(['a', 'b', 'c']);
  });

  it('puts pinned posts first, on top of the `shown` latest, with showPinned', () => {
    const posts = [post('a', 1), post('b', 2), post('p', 60, { pinned: true })];
    expect(ids(feedView(feed(...posts), options({ shown: 1 })))).to.deep.equal(['a']);
    const pinned = feedView(feed(...posts), options({ shown: 1, showPinned: true }));
    expect(ids(pinned)).to.deep.equal(['p', 'a']);
    expect([pinned.hasMore, pinned.setSize]).to.deep.equal([true, 3]);
  });

  it('labels each post against `now` and says when the first label changes', () => {
    const view = feedView(feed(post('a', 5), post('b', 120)), options());
    expect(view.posts.map(({ label }) => label)).to.deep.equal(['5 minutes ago', '2 hours ago']);
    expect(view.posts[0].full).to.match(/2024/);
    expect(view.wakeAt).to.equal(NOW + MINUTE);
  });
});
