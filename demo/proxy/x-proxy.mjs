// A minimal server-side proxy for <social-feed format="twitter">: it calls the X API v2 with the site's bearer token,
// which stays on the server, and answers the JSON unchanged; `?pagination_token=` (the widget's "Show more") asks X for
// the older page that token names. No dependencies (Node 18+).
//
//   X_BEARER_TOKEN=… X_USER_ID=18349316 ALLOWED_ORIGIN=https://blog.example PORT=8787 node x-proxy.mjs
//
// X_USER_ID is the numeric id (GET /2/users/by/username/:username gives it). ALLOWED_ORIGIN is the page's origin when
// the proxy is on another one; leave it out when the page and the proxy share an origin. X_API_BASE is for tests.
import { createServer } from 'node:http';

const { X_BEARER_TOKEN, X_USER_ID, ALLOWED_ORIGIN, PORT = '8787', X_API_BASE = 'https://api.x.com' } = process.env;
if (!X_BEARER_TOKEN || !X_USER_ID) {
  console.error('x-proxy: set X_BEARER_TOKEN and X_USER_ID');
  process.exit(1);
}

const MAX_AGE = 300;
const MAX_BYTES = 2 * 1024 * 1024;
const query = new URLSearchParams({
  expansions: 'author_id,attachments.media_keys,referenced_tweets.id,referenced_tweets.id.author_id,referenced_tweets.id.attachments.media_keys,attachments.poll_ids',
  'tweet.fields': 'created_at,entities,lang,referenced_tweets,attachments,in_reply_to_user_id,public_metrics,possibly_sensitive,note_tweet',
  'user.fields': 'name,username,description,profile_image_url,url,entities',
  'media.fields': 'url,preview_image_url,alt_text,width,height,type,variants,duration_ms',
  'poll.fields': 'end_datetime,voting_status',
});
const upstream = `${X_API_BASE}/2/users/${encodeURIComponent(X_USER_ID)}/tweets?${query}`;
// X's paging token, as the widget passes it on for "Show more": letters and digits only.
const TOKEN = /^\w{1,100}$/;

const badGateway = (detail) => ({ status: 502, body: JSON.stringify({ errors: [{ title: 'Bad Gateway', detail }] }) });

/**
 * Calls X for the latest page, or the older one `token` names; resolves to { status, body }, a 502 for a body over
 * MAX_BYTES, which is not read past the cap.
 */
async function call(token) {
  const answer = await fetch(token ? `${upstream}&pagination_token=${token}` : upstream, {
    headers: { authorization: `Bearer ${X_BEARER_TOKEN}` },
    redirect: 'error', // X does not redirect this call; following one would take the token to wherever it points
    signal: AbortSignal.timeout(10_000), // covers the body too: an answer that trickles cannot hold readers longer
  });
  if (Number(answer.headers.get('content-length')) > MAX_BYTES) {
    await answer.body?.cancel();
    return badGateway('The X API answered over 2 MB.');
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of answer.body ?? []) {
    size += chunk.length;
    // Leaving the loop cancels the body, which closes the connection: nothing more is downloaded or kept.
    if (size > MAX_BYTES) return badGateway('The X API answered over 2 MB.');
    chunks.push(chunk);
  }
  return { status: answer.status, body: Buffer.concat(chunks).toString() };
}

// X's rate limits are low: one upstream call serves every reader for MAX_AGE seconds, per page, and concurrent
// readers share it. The latest page is '' here; older ones are kept only while few.
const MAX_PAGES = 20;
const pages = new Map(); // token → { expires, response: Promise<{ status, body }> }, the oldest made first
function timeline(token) {
  let entry = pages.get(token);
  if (!entry || entry.expires < Date.now()) {
    entry = { expires: Date.now() + MAX_AGE * 1000, response: call(token) };
    pages.delete(token);
    pages.set(token, entry);
    if (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value);
    const made = entry;
    // Only a good answer is kept; the next reader retries after an error.
    const forget = () => pages.get(token) === made && pages.delete(token);
    made.response.then(({ status }) => status === 200 || forget(), forget);
  }
  return entry.response;
}

const server = createServer(async (request, response) => {
  const headers = ALLOWED_ORIGIN ? { 'access-control-allow-origin': ALLOWED_ORIGIN } : {};
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
    return;
  }
  const token = new URL(request.url ?? '/', 'http://proxy').searchParams.get('pagination_token') ?? '';
  if (token && !TOKEN.test(token)) {
    response.writeHead(400, { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(JSON.stringify({ errors: [{ title: 'Bad Request', detail: 'pagination_token is letters and digits.' }] }));
    return;
  }
  let { status, body } = badGateway('The X API could not be reached.');
  try {
    ({ status, body } = await timeline(token));
  } catch {
    // The 502 above says so; the error itself may name the upstream URL, which is nobody's business.
  }
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': status === 200 ? `public, max-age=${MAX_AGE}` : 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(Number(PORT), () => console.log(`x-proxy listening on http://localhost:${server.address().port}/`));
