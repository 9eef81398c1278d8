import { startWorker, worker } from '../mocks/feed-handlers.js';
import { expectBuiltWidgetWorks } from './helpers.js';

const FILE = '/dist/social-feed.iife.js';

describe('dist/social-feed.iife.js', () => {
  before(startWorker);
  after(() => worker.stop());

  it('is a classic script that defines <social-feed> when loaded', async () => {
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: FILE, defer: true, onload: resolve, onerror: reject });
      document.head.append(script);
    });
    await expectBuiltWidgetWorks(FILE);
  });
});
