// Background refreshes: one timer per source however many widgets show it, paused while the page is hidden or
// offline, and backing off after failures.
import { subscribeCache } from './feed-cache.js';
import { page } from '../page.js';

interface Schedule {
  /** Each subscriber's interval (ms); the shortest one wins. */
  intervals: Map<object, number>;
  run: () => Promise<unknown>;
  /** When the source was last loaded (or the schedule made). */
  loadedAt: number;
  /** After failures: when to try again. */
  retryAt: number;
  failures: number;
  running: boolean;
  timer?: number;
  stop: () => void;
}

const schedules = new Map<string, Schedule>();
const MAX_DELAY = 60 * 60_000;
/** Hidden or offline, a refresh is not worth making. */
const canRefresh = () => !page().isHidden() && page().isOnline();

const interval = (schedule: Schedule) => Math.min(...schedule.intervals.values());
const dueAt = (schedule: Schedule) => (schedule.failures ? schedule.retryAt : schedule.loadedAt + interval(schedule));

/**
 * Refreshes `key` with `run` every `every` ms while any widget wants it (the shortest interval of all of them).
 * After `n` failures in a row the next try waits `every × 2ⁿ`, at most an hour, less a random part of it, so many
 * readers' widgets do not all come back at once. Returns the unsubscribe function.
 */
export function scheduleRefresh(key: string, every: number, run: () => Promise<unknown>): () => void {
  let schedule = schedules.get(key);
  if (!schedule) {
    const created: Schedule = { intervals: new Map(), run, loadedAt: page().now(), retryAt: 0, failures: 0, running: false, stop: () => undefined };
    const wake = () => plan(created);
    const stops = [
      page().onVisibilityChange(wake),
      page().onOnline(wake),
      // Whoever loaded it (another widget, a retry), a fresh copy puts the next refresh one interval away.
      subscribeCache(key, {
        entry: () => {
          created.loadedAt = page().now();
          created.failures = 0;
          plan(created);
        },
        failure: () => undefined,
      }),
    ];
    created.stop = () => stops.forEach((stop) => stop());
    schedules.set(key, (schedule = created));
  }
  const token = {};
  schedule.intervals.set(token, every);
  plan(schedule);
  const current = schedule;
  return () => {
    current.intervals.delete(token);
    if (current.intervals.size) return plan(current);
    if (current.timer !== undefined) page().clearTimeout(current.timer);
    current.stop();
    schedules.delete(key);
  };
}

function plan(schedule: Schedule): void {
  if (schedule.timer !== undefined) page().clearTimeout(schedule.timer);
  schedule.timer = undefined;
  // Hidden or offline: no timer at all; the visibility or online event plans again, and runs at once if due.
  if (!canRefresh() || schedule.running) return;
  schedule.timer = page().setTimeout(() => void tick(schedule), Math.min(Math.max(dueAt(schedule) - page().now(), 0), 2 ** 31 - 1));
}

async function tick(schedule: Schedule): Promise<void> {
  if (!canRefresh()) return;
  schedule.running = true;
  try {
    await schedule.run();
    schedule.failures = 0;
    schedule.loadedAt = page().now();
  } catch {
    schedule.failures++;
    const backoff = Math.min(interval(schedule) * 2 ** schedule.failures, MAX_DELAY);
    schedule.retryAt = page().now() + backoff * (1 - page().random() / 2);
  }
  schedule.running = false;
  plan(schedule);
}

/** Stops every schedule (for tests). */
export function clearRefreshSchedules(): void {
  for (const schedule of schedules.values()) {
    if (schedule.timer !== undefined) page().clearTimeout(schedule.timer);
    schedule.stop();
  }
  schedules.clear();
}
