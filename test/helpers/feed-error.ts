import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/errors.js';

/** Runs `fn`, asserts it throws a FeedError('invalid-shape'), and returns it for more assertions. */
export function shapeError(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('invalid-shape');
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}
