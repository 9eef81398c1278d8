import { expect } from '@open-wc/testing';
import { clockDuration } from '../../src/format/duration.js';

describe('clockDuration', () => {
  it('writes seconds as a player’s clock, hours only when there are any', () => {
    expect([0.4, 45, 185.9, 600, 3599, 3600, 3723, 36_000 + 61].map(clockDuration)).to.deep.equal([
      '0:00', '0:45', '3:05', '10:00', '59:59', '1:00:00', '1:02:03', '10:01:01',
    ]);
  });
});
