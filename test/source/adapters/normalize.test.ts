import { expect } from '@open-wc/testing';
import { newestFirst } from '../../../src/source/adapters/normalize.js';
import type { Post } from '../../../src/types.js';

const post = (id: string, minute?: number): Post => ({
  id,
  text: id,
  media: [],
  ...(minute !== undefined && { published: new Date(Date.UTC(2024, 4, 1, 12, minute)) }),
});
const ids = (posts: Post[]) => posts.map((each) => each.id);

describe('newestFirst', () => {
  it('sorts dated posts newest first and keeps the first of a repeated id', () => {
    expect(ids(newestFirst([post('a', 1), post('b', 3), post('a', 9), post('c', 2)]))).to.deep.equal(['b', 'c', 'a']);
  });

  it('keeps undated posts in the feed’s order, at their places, the dated ones sorted around them (issue #14)', () => {
    expect(ids(newestFirst([post('x'), post('y'), post('z')]))).to.deep.equal(['x', 'y', 'z']);
    expect(ids(newestFirst([post('old', 1), post('undated'), post('new', 5), post('mid', 3)]))).to.deep.equal(['new', 'undated', 'mid', 'old']);
  });
});
