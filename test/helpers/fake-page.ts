// A page whose time moves only when a test says so: timers fire in order as `advance` passes them, and visibility,
// connectivity and chance are set by hand. The clock and the refresh scheduler take it instead of the real page.
import type { Page } from '../../src/page.js';

export interface FakePage extends Page {
  /** The current time, epoch ms. */
  time: number;
  hidden: boolean;
  online: boolean;
  /** What `random()` returns. */
  chance: number;
  /** Timers pending, by id. */
  timers: Map<number, { at: number; callback: () => void }>;
  /** The visibility listeners registered. */
  listeners: Set<() => void>;
  /** Moves time on by `ms`, firing the timers that come due on the way, in order, each at its own time. */
  advance(ms: number): void;
  /** Moves time on like `advance`, letting the promises each fired timer starts settle before the next one fires. */
  advanceAsync(ms: number): Promise<void>;
  setHidden(hidden: boolean): void;
  setOnline(online: boolean): void;
}

/** A fake page at `time` (1,000,000 ms by default), visible and online. */
export function fakePage(time = 1_000_000): FakePage {
  const online = new Set<() => void>();
  // Far from the ids of real timers: a fake id handed to the real clearTimeout clears nothing.
  let nextId = 1_000_000_000;
  const due = (end: number) => [...page.timers].filter(([, timer]) => timer.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const page: FakePage = {
    time,
    hidden: false,
    online: true,
    chance: 0.5,
    timers: new Map(),
    listeners: new Set(),
    now: () => page.time,
    setTimeout(callback, delay) {
      page.timers.set(nextId, { at: page.time + delay, callback });
      return nextId++;
    },
    clearTimeout: (id) => void page.timers.delete(id),
    random: () => page.chance,
    isHidden: () => page.hidden,
    isOnline: () => page.online,
    onVisibilityChange(listener) {
      page.listeners.add(listener);
      return () => void page.listeners.delete(listener);
    },
    onOnline(listener) {
      online.add(listener);
      return () => void online.delete(listener);
    },
    advance(ms) {
      const end = page.time + ms;
      for (let next = due(end); next; next = due(end)) {
        page.timers.delete(next[0]);
        page.time = next[1].at;
        next[1].callback();
      }
      page.time = end;
    },
    async advanceAsync(ms) {
      const end = page.time + ms;
      await settle();
      for (let next = due(end); next; next = due(end)) {
        page.timers.delete(next[0]);
        page.time = next[1].at;
        next[1].callback();
        await settle();
      }
      page.time = end;
    },
    setHidden(hidden) {
      page.hidden = hidden;
      page.listeners.forEach((listener) => listener());
    },
    setOnline(value) {
      page.online = value;
      if (value) online.forEach((listener) => listener());
    },
  };
  return page;
}
