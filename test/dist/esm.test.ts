import { startWorker, worker } from '../mocks/feed-handlers.js';
import { expectBuiltRichPosts, expectBuiltWidgetWorks } from './helpers.js';

const FILE = '/dist/social-feed.js';

describe('dist/social-feed.js', () => {
  before(startWorker);
  after(() => worker.stop());

  it('is a self-contained ES module that defines <social-feed> when loaded', async () => {
    await import(/* @vite-ignore */ FILE);
    await expectBuiltWidgetWorks(FILE);
    await expectBuiltRichPosts();
  });
});
