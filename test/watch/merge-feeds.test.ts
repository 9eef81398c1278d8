import { expect } from '@open-wc/testing';
import { mergeFeeds } from '../../src/watch/merge-feeds.js';
import type { Feed, Post } from '../../src/types.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 12, minutes));
const post = (id: string, text: string, minutes: number): Post => ({ id, text, published: at(minutes), media: [] });
const feed = (name: string, ...posts: Post[]): Feed => ({ author: { name }, links: [{ network: name, label: name, url: `https://${name}.example` }], posts });

describe('mergeFeeds', () => {
  it('returns a single feed as it is', () => {
    const only = feed('mastodon', post('a', 'hello', 1));
    expect(mergeFeeds([only])).to.equal(only);
  });

  it('takes the author and links from the first source and merges posts newest first', () => {
    const merged = mergeFeeds([
      feed('mastodon', post('m1', 'first toot', 10), post('m2', 'older toot', 1)),
      feed('bluesky', post('b1', 'a skeet', 5), post('b2', 'the newest skeet', 20)),
    ]);
    expect(merged.author.name).to.equal('mastodon');
    expect(merged.links.map((link) => link.network)).to.deep.equal(['mastodon']);
    expect(merged.posts.map((p) => p.id)).to.deep.equal(['b2', 'm1', 'b1', 'm2']);
  });

  it('shows a cross-post once when the same words land within five minutes, whatever each network did to the link', () => {
    const merged = mergeFeeds([
      feed('mastodon', post('m1', 'New post on the blog: https://blog.example/2026/11/small-embeds #webdev', 10)),
      feed('bluesky', post('b1', 'New post on the blog: blog.example/2026/11/sma... #WebDev', 12)),
    ]);
    expect(merged.posts.map((p) => p.id)).to.deep.equal(['b1']);
  });

  it('keeps the same words posted hours apart, and different texts at the same time', () => {
    const merged = mergeFeeds([
      feed('mastodon', post('m1', 'Good morning', 0), post('m2', 'Lunch time', 50)),
      feed('rss', post('r1', 'Good morning', 40), post('r2', 'Another text', 50)),
    ]);
    expect(merged.posts.map((p) => p.id)).to.have.members(['m1', 'm2', 'r1', 'r2']);
  });

  it('never takes undated posts for cross-posts, and follows no older page of a source it cannot place in time', () => {
    const undated = (id: string): Post => ({ id, text: 'same words', media: [] });
    const merged = mergeFeeds([{ ...feed('blog', undated('r1')), next: 'https://blog.example/?page=2' }, feed('notes', undated('j1'))]);
    expect(merged.posts.map((each) => each.id)).to.deep.equal(['r1', 'j1']);
    expect(merged.next).to.equal(undefined);
  });

  it('holds back what is older than the end of a source that pages, and pages that source first', () => {
    // The blog's page ends at minute 50, the notes' at 10: the notes' post at 10 could follow posts of the blog's
    // next page, so it waits for that page, which is the merged feed's next.
    const blog = { ...feed('blog', post('b100', 'one', 100), post('b50', 'two', 50)), next: 'https://blog.example/?page=2' };
    const notes = { ...feed('notes', post('n90', 'three', 90), post('n10', 'four', 10)), next: 'https://notes.example/?page=2' };
    const merged = mergeFeeds([blog, notes]);
    expect(merged.posts.map((each) => each.id)).to.deep.equal(['b100', 'n90', 'b50']);
    expect(merged.next).to.equal('https://blog.example/?page=2');
    // The blog's next page reaches back to minute 5: now the notes' page is the one to ask for.
    const paged = { ...blog, posts: [...blog.posts, post('b30', 'five', 30), post('b5', 'six', 5)], next: 'https://blog.example/?page=3' };
    const later = mergeFeeds([paged, notes]);
    expect(later.posts.map((each) => each.id)).to.deep.equal(['b100', 'n90', 'b50', 'b30', 'n10']);
    expect(later.next).to.equal('https://notes.example/?page=2');
    // A source that does not page holds nothing back; once none pages, every post shows.
    expect(mergeFeeds([{ ...paged, next: undefined }, { ...notes, next: undefined }]).posts).to.have.length(6);
    expect(mergeFeeds([blog, { ...notes, next: undefined }]).posts.map((each) => each.id)).to.deep.equal(['b100', 'n90', 'b50']);
  });

  it('never merges posts that have no words, such as image-only posts', () => {
    const merged = mergeFeeds([feed('a', post('a1', '', 1)), feed('b', post('b1', '', 1))]);
    expect(merged.posts).to.have.length(2);
  });
});

describe('mergeFeeds on hostile input', () => {
  it('merges two sources of 8,000 posts at the same minute in linear time', () => {
    const many = (name: string) => feed(name, ...Array.from({ length: 8000 }, (_, i) => post(`${name}${i}`, `post number ${i} of ${name}`, 1)));
    const started = performance.now();
    const merged = mergeFeeds([many('a'), many('b')]);
    // A generous bound on a noisy machine: the quadratic merge took 12 s here.
    expect(performance.now() - started).to.be.below(1000);
    expect(merged.posts).to.have.length(16000);
  });

  it('compares a long unbroken word in linear time', () => {
    const word = `${'a'.repeat(50_000)}.`;
    const started = performance.now();
    const merged = mergeFeeds([feed('a', post('a1', word, 1)), feed('b', post('b1', word, 1))]);
    expect(performance.now() - started).to.be.below(1000);
    expect(merged.posts.map((p) => p.id)).to.have.length(1);
  });
});
