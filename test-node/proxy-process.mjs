// Runs one of the demo's proxy scripts as a real process, the way a site would, for the proxies' tests; and what
// every proxy must do whatever it proxies.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** Starts and stops processes of the proxy at `script`; `stopAll()` ends whatever is still running. */
export function proxyProcesses(script) {
  const running = new Set();
  return {
    /** Starts the proxy with `env` (plus PATH, and PORT 0 for a free port); resolves to its URL once it listens. */
    async start(env) {
      const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      running.add(child);
      child.on('exit', () => running.delete(child));
      let output = '';
      for await (const chunk of child.stdout) {
        output += chunk;
        const port = /localhost:(\d+)/.exec(output)?.[1];
        if (port) return `http://127.0.0.1:${port}/`;
      }
      throw new Error(`the proxy did not start: ${output}`);
    },
    /** Runs the proxy with only `env` (and PATH) until it exits; resolves to its exit code and error output. */
    async run(env) {
      const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk) => (errors += chunk));
      const [code] = await once(child, 'exit');
      return { code, errors };
    },
    stopAll() {
      for (const child of running) child.kill();
    },
  };
}

/** Asserts that the proxy at `url` refuses a POST (405, `Allow: GET, HEAD`) and answers a HEAD without a body. */
export async function assertGetAndHeadOnly(url) {
  const post = await fetch(url, { method: 'POST', body: '{}' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET, HEAD');
  const head = await fetch(url, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
}

/**
 * Writes a `total`-byte body to `response` (`head`, then filler), made as the reader takes it, so that a test of a cap
 * costs only what the proxy reads. Resolves once the connection closes: the bytes written and whether all were.
 */
export function streamLargeBody(response, total, head = '') {
  const filler = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  const write = () => {
    while (sent < total) {
      const chunk = sent === 0 ? Buffer.concat([Buffer.from(head), filler]) : filler;
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', write);
    }
    response.end();
  };
  const closed = once(response, 'close').then(() => ({ sent, complete: response.writableFinished }));
  write();
  return closed;
}
