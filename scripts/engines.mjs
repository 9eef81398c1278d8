// The browser engines the browser tests run in, each from Debian's packages: Chromium, Firefox ESR, and WebKitGTK's
// MiniBrowser driven through WebKitWebDriver (under Xvfb when there is no display). Nothing is downloaded.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { CHROMIUM_ARGS } from './find-browser.mjs';

/** The one-line install of each engine on Debian and Ubuntu. */
export const INSTALL = {
  chromium: 'sudo apt-get install -y chromium',
  firefox: 'sudo apt-get install -y firefox-esr',
  webkit: 'sudo apt-get install -y webkit2gtk-driver xvfb',
};

const which = (name) => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
};

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/** Where each engine is on this machine; undefined for one that is missing. */
export function findEngines() {
  const chromium = firstExisting([process.env.CHROME_PATH, ...['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(which)]);
  const firefox = firstExisting([process.env.FIREFOX_PATH, which('firefox-esr'), which('firefox')]);
  const driver = which('WebKitWebDriver');
  const miniBrowser = firstExisting([
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
  const display = process.env.DISPLAY || which('Xvfb');
  return { chromium, firefox, webkit: driver && miniBrowser && display ? { driver, miniBrowser } : undefined };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const children = [];
// The helpers hold no process open (unref) and stop with it: a test process ends when its work does.
const keep = (child) => (child.unref(), children.push(child));
process.once('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/** Waits until something listens on `port`. */
async function listening(port, what) {
  for (let tries = 0; tries < 100; tries++) {
    const open = await new Promise((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start`);
}

/** Starts Xvfb when there is no display, and WebKitWebDriver; resolves to the driver's port. Both stop with the process. */
export async function startWebKitDriver(driver) {
  if (!process.env.DISPLAY) {
    const display = `:${90 + (process.pid % 100)}`;
    keep(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    process.env.DISPLAY = display;
  }
  const port = await freePort();
  // MiniBrowser takes its language from the environment, as the other engines take en-US from their options.
  const env = { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', LC_ALL: 'en_US.UTF-8' };
  keep(spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env }));
  await listening(port, 'WebKitWebDriver');
  return port;
}

export { CHROMIUM_ARGS };
