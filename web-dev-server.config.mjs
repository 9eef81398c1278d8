// `npm start`: serves the demo, with its feed endpoints answered live so timestamps are relative to now.
import { cginistyFeed } from './demo/feeds/cginisty.mjs';
import { samFeed } from './demo/feeds/sam.mjs';

const feeds = { '/api/cginisty.json': cginistyFeed, '/api/sam.json': samFeed };

export default {
  rootDir: '.',
  port: 8000,
  middleware: [
    function demoFeeds(context, next) {
      if (context.path === '/') return context.redirect('/demo/');
      const feed = feeds[context.path];
      if (!feed) return next();
      context.type = 'application/json';
      context.set('Cache-Control', 'no-store');
      context.body = JSON.stringify(feed());
    },
  ],
};
