// `npm start`: serves the demo, with its feed endpoints answered live so timestamps are relative to now.
import { bodyText, endpoints } from './demo/feeds/endpoints.mjs';

export default {
  rootDir: '.',
  port: 8000,
  middleware: [
    function demoFeeds(context, next) {
      if (context.path === '/') return context.redirect('/demo/');
      if (!Object.hasOwn(endpoints, context.path)) return next();
      const endpoint = endpoints[context.path];
      context.set('Content-Type', `${endpoint.type}; charset=utf-8`);
      context.set('Cache-Control', 'no-store');
      context.body = bodyText(endpoint.build(Date.now(), context.origin));
    },
  ],
};
