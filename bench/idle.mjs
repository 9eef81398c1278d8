// Idle cost: 20 widgets stay open for an hour on Playwright's fake clock. Every timer callback that fires on the
// page is counted and compared with the fewest wake-ups the displayed labels need: one for each distinct moment in
// that hour when some post's label text changes.
import { labelChanges, relativeLabel } from './labels.mjs';
import { CONTEXT_OPTIONS, routeLocally } from './measure.mjs';

/** The idle scenario's size: widgets on the page, posts each shows (the default `limit`), simulated time. */
export const IDLE = { widgets: 20, posts: 5, hourMs: 3_600_000 };
/** The fake clock's start: a weekday morning in Paris, far from a new year or a daylight-saving change. */
const IDLE_START = Date.UTC(2026, 2, 10, 9, 0, 0);

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// A fixed pseudo-random sequence (mulberry32), so every run is fed the same ages.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 40 publication ages from seconds to months. Posts draw from this pool, so some widgets share a post's date
// (cross-posts): their labels change at the same moment and need one wake-up, not two.
const RANGES = [[0, MINUTE], [MINUTE, HOUR], [HOUR - 5 * MINUTE, HOUR], [HOUR, DAY], [DAY - 30 * MINUTE, DAY], [DAY, 7 * DAY], [7 * DAY, 200 * DAY]];
const next = random(2026);
const AGES = Array.from({ length: 40 }, (_, i) => {
  const [low, high] = RANGES[i % RANGES.length];
  return Math.round(low + next() * (high - low));
});

/** Widget `w`'s native feed for the idle page, dated back from the fake clock's start. */
export function idleFeed(w, origin) {
  const ages = Array.from({ length: IDLE.posts }, (_, j) => AGES[(w * 7 + j * 3) % AGES.length]).sort((a, b) => a - b);
  return {
    version: 1,
    author: { name: `Idle Author ${w + 1}`, avatar: `${origin}/bench/avatar.svg` },
    posts: ages.map((age, j) => ({
      id: `${w}-${j}`,
      url: `https://example.com/idle/${w}/${j}`,
      text: `Post ${j + 1} of widget ${w + 1}.`,
      published: new Date(IDLE_START - age).toISOString(),
    })),
  };
}

/** The idle page: 20 native widgets, each with its own feed. */
export function idlePageHtml() {
  const widgets = Array.from({ length: IDLE.widgets }, (_, w) => `<social-feed src="/api/idle/w${w}.json"></social-feed>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Idle cost</title><script type="module" src="/dist/social-feed.js"></script>
<style>body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 16px; align-items: start; }</style>
</head>
<body><div class="grid">${widgets.join('\n')}</div></body>
</html>
`;
}

// Installed after the fake clock, so it wraps the fake timers: records the fake time of every callback that runs.
const COUNT_WAKEUPS = () => {
  window.__wakeups = [];
  const wrap = (name, callbackIndex = 0) => {
    const original = window[name];
    window[name] = function (...args) {
      const callback = args[callbackIndex];
      if (typeof callback === 'function') {
        args[callbackIndex] = function (...callbackArgs) {
          window.__wakeups.push({ kind: name, at: Date.now() });
          return callback.apply(this, callbackArgs);
        };
      }
      return original.apply(this, args);
    };
  };
  for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback']) wrap(name);
};

// Every post's label and date as the page shows them.
const SHOWN_LABELS = () =>
  [...document.querySelectorAll('social-feed')].flatMap((element) =>
    [...(element.shadowRoot?.querySelectorAll('time[part~="time"]') ?? [])].map((time) => ({
      published: Date.parse(time.dateTime),
      text: time.textContent.trim(),
    })),
  );

/** Runs the idle scenario; returns the wake-ups counted, the minimum needed, and whether the labels stayed right. */
export async function measureIdle(browser, { origin, answer }) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    await routeLocally(context, origin, answer);
    const page = await context.newPage();
    await page.clock.install({ time: IDLE_START });
    await page.addInitScript(COUNT_WAKEUPS);
    await page.goto(`${origin}/page/idle`);
    await page.waitForFunction(
      ({ widgets, posts }) => {
        const hosts = document.querySelectorAll('social-feed');
        return hosts.length === widgets && [...hosts].every((h) => h.shadowRoot?.querySelectorAll('article[part~="post"]').length === posts);
      },
      IDLE,
      { polling: 100 },
    );
    // Stop the clock on a whole second, then count only what the hour itself wakes.
    const from = Math.ceil((await page.evaluate(() => Date.now())) / SECOND) * SECOND + SECOND;
    await page.clock.pauseAt(from);
    await page.evaluate(() => (window.__wakeups = []));
    const before = await page.evaluate(SHOWN_LABELS);
    await page.clock.runFor(IDLE.hourMs);
    const to = from + IDLE.hourMs;
    const wakeups = await page.evaluate(() => window.__wakeups);
    const after = await page.evaluate(SHOWN_LABELS);

    const { locale, timezoneId } = CONTEXT_OPTIONS;
    const wrong = [
      ...before.filter((post) => post.text !== relativeLabel(post.published, from, locale, timezoneId)),
      ...after.filter((post) => post.text !== relativeLabel(post.published, to, locale, timezoneId)),
    ];
    const changes = after.flatMap((post) => labelChanges(post.published, from, to, locale, timezoneId));
    const needed = new Set(changes);
    const woke = new Set(wakeups.map((w) => w.at));
    const byKind = {};
    for (const { kind } of wakeups) byKind[kind] = (byKind[kind] ?? 0) + 1;
    return {
      posts: after.length,
      labelChanges: changes.length,
      needed: needed.size,
      wakeups: wakeups.length,
      byKind,
      wasted: wakeups.filter((w) => !needed.has(w.at)).length,
      // More than one callback at the same moment: a second timer where one would do.
      duplicates: wakeups.length - woke.size,
      missed: [...needed].filter((at) => !woke.has(at)).length,
      wrongLabels: wrong.length,
      labelsChecked: before.length + after.length,
    };
  } finally {
    await context.close();
  }
}
