// The README's X proxy, run as a real process against a stub of the X API on 127.0.0.1.
// Run: node --test test-node/
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertGetAndHeadOnly, proxyProcesses, streamLargeBody } from './proxy-process.mjs';

const PROXY = fileURLToPath(new URL('../demo/proxy/x-proxy.mjs', import.meta.url));
const TOKEN = 'secret-bearer-token';
const TIMELINE = JSON.stringify({
  data: [{ id: '846031295476666095', text: 'Q&amp;R https://t.co/8oiFG0JBSe', edit_history_tweet_ids: ['846031295476666095'] }],
  includes: { users: [{ id: '18349316', name: 'Christophe Ginisty', username: 'cginisty' }] },
  meta: { result_count: 1 },
});

/** The stub X API: records each request and answers with `reply` (its `stream` writes the body when there is one). */
const upstream = { requests: [], reply: { status: 200, body: TIMELINE } };
const stub = createServer((request, response) => {
  upstream.requests.push({ url: request.url, headers: request.headers });
  response.writeHead(upstream.reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-rate-limit-remaining': '0',
    'set-cookie': 'guest_id=v1%3A123; Domain=.x.com',
    ...upstream.reply.headers,
  });
  if (upstream.reply.stream) upstream.reply.stream(response);
  else response.end(upstream.reply.body);
});
let stubBase;

const proxy = proxyProcesses(PROXY);
/** Starts the proxy against the stub with the token and user id, and `env`; resolves to its URL. */
const startProxy = (env) => proxy.start({ X_BEARER_TOKEN: TOKEN, X_USER_ID: '18349316', X_API_BASE: stubBase, ...env });
/** Runs the proxy with only `env` until it exits. */
const runProxy = (env) => proxy.run(env);

before(async () => {
  stub.listen(0, '127.0.0.1');
  await once(stub, 'listening');
  stubBase = `http://127.0.0.1:${stub.address().port}`;
});

beforeEach(() => {
  upstream.requests = [];
  upstream.reply = { status: 200, body: TIMELINE };
});

after(() => {
  proxy.stopAll();
  stub.close();
});

describe('x-proxy', () => {
  it("calls the user's timeline with the bearer token and the fields the twitter adapter reads", async () => {
    await fetch(await startProxy());
    assert.equal(upstream.requests.length, 1);
    const [{ url, headers }] = upstream.requests;
    const requested = new URL(url, stubBase);
    assert.equal(requested.pathname, '/2/users/18349316/tweets');
    assert.deepEqual(Object.fromEntries(requested.searchParams), {
      expansions: 'author_id,attachments.media_keys,referenced_tweets.id,referenced_tweets.id.author_id,referenced_tweets.id.attachments.media_keys,attachments.poll_ids',
      'tweet.fields': 'created_at,entities,lang,referenced_tweets,attachments,in_reply_to_user_id,public_metrics,possibly_sensitive,note_tweet',
      'user.fields': 'name,username,description,profile_image_url,url,entities',
      'media.fields': 'url,preview_image_url,alt_text,width,height,type,variants,duration_ms',
  'poll.fields': 'end_datetime,voting_status',
    });
    assert.equal(headers.authorization, `Bearer ${TOKEN}`);
  });

  it('answers the JSON unchanged, cacheable for five minutes, to the allowed origin', async () => {
    const response = await fetch(await startProxy({ ALLOWED_ORIGIN: 'https://blog.example' }));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), TIMELINE);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://blog.example');
  });

  it('sends no CORS header when no origin is allowed', async () => {
    const response = await fetch(await startProxy());
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it("never lets the token or X's own headers reach the browser", async () => {
    const response = await fetch(await startProxy());
    const everything = [...response.headers].flat().join('\n') + (await response.text());
    assert.ok(!everything.includes(TOKEN));
    assert.equal(response.headers.get('set-cookie'), null);
    assert.equal(response.headers.get('x-rate-limit-remaining'), null);
  });

  it('calls X once for all readers while the answer is fresh', async () => {
    const proxy = await startProxy();
    const bodies = await Promise.all([1, 2, 3].map(() => fetch(proxy).then((response) => response.text())));
    assert.equal(await (await fetch(proxy)).text(), TIMELINE);
    assert.deepEqual(bodies, [TIMELINE, TIMELINE, TIMELINE]);
    assert.equal(upstream.requests.length, 1);
  });

  it('passes an older page\'s pagination_token on to X, each page called once while fresh', async () => {
    const proxy = await startProxy();
    const older = `${proxy}?pagination_token=7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i`;
    await Promise.all([fetch(proxy), fetch(older), fetch(older)].map((answer) => answer.then((response) => response.text())));
    assert.equal(upstream.requests.length, 2);
    const tokens = upstream.requests.map(({ url }) => new URL(url, stubBase).searchParams.get('pagination_token'));
    assert.deepEqual(tokens.sort(), ['7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i', null]);
    const asked = new URL(upstream.requests.find(({ url }) => url.includes('pagination_token')).url, stubBase);
    assert.equal(asked.searchParams.get('tweet.fields'), 'created_at,entities,lang,referenced_tweets,attachments,in_reply_to_user_id,public_metrics,possibly_sensitive,note_tweet');
  });

  it('refuses a pagination_token that is not letters and digits, without calling X', async () => {
    const proxy = await startProxy();
    for (const token of ['a&expansions=x', '../1', 'x'.repeat(101)]) {
      const response = await fetch(`${proxy}?pagination_token=${encodeURIComponent(token)}`);
      assert.equal(response.status, 400, token);
      assert.match(await response.text(), /"title":"Bad Request"/);
    }
    assert.equal(upstream.requests.length, 0);
  });

  it("relays X's error status and body uncached, and asks X again next time", async () => {
    const problem = JSON.stringify({ title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 });
    upstream.reply = { status: 429, body: problem };
    const proxy = await startProxy();
    const response = await fetch(proxy);
    assert.equal(response.status, 429);
    assert.equal(await response.text(), problem);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    upstream.reply = { status: 200, body: TIMELINE };
    assert.equal(await (await fetch(proxy)).text(), TIMELINE);
    assert.equal(upstream.requests.length, 2);
  });

  it('answers 502 with an X-style error when X cannot be reached', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const base = `http://127.0.0.1:${closed.address().port}`;
    closed.close();
    const response = await fetch(await startProxy({ X_API_BASE: base }));
    assert.equal(response.status, 502);
    assert.equal((await response.json()).errors[0].title, 'Bad Gateway');
  });

  it('stops reading an answer over 2 MB, closes the connection to X and answers 502 with an X-style error', async () => {
    let sending;
    upstream.reply = { status: 200, stream: (response) => (sending = streamLargeBody(response, 256 * 2 ** 20, '{"data":["')) };
    const response = await fetch(await startProxy());
    assert.equal(response.status, 502);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), { errors: [{ title: 'Bad Gateway', detail: 'The X API answered over 2 MB.' }] });
    const { sent, complete } = await sending;
    assert.equal(complete, false);
    assert.ok(sent < 32 * 2 ** 20, `${sent} bytes sent`);
  });

  it('does not follow a redirect, which would take the token along', async () => {
    upstream.reply = { status: 302, headers: { location: '/elsewhere' }, body: '' };
    const response = await fetch(await startProxy());
    assert.equal(response.status, 502);
    assert.equal((await response.json()).errors[0].title, 'Bad Gateway');
    assert.deepEqual(upstream.requests.map(({ url }) => new URL(url, stubBase).pathname), ['/2/users/18349316/tweets']);
  });

  it('answers only GET and HEAD', async () => assertGetAndHeadOnly(await startProxy()));

  it('refuses to start without its token and user id', async () => {
    const { code, errors } = await runProxy({ X_USER_ID: '18349316' });
    assert.equal(code, 1);
    assert.match(errors, /X_BEARER_TOKEN and X_USER_ID/);
  });
});
