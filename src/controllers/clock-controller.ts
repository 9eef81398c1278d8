import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { page as currentPage, type Page } from '../page.js';

/** Something the clock wakes once, when `wakeAt` (epoch ms) passes; waking resets `wakeAt` to `Infinity`. */
export interface ClockSubscriber {
  wakeAt: number;
  wake(): void;
}

/** One timer for every subscriber: it fires at the earliest `wakeAt`, and never while the page is hidden. */
export class PageClock {
  #subscribers = new Set<ClockSubscriber>();
  #timer?: number;
  #firesAt?: number;
  #unlisten?: () => void;

  /** `page` for a clock of its own (tests); the page's clock reads whichever page is in place. */
  constructor(private readonly own?: Page) {}

  private get page(): Page {
    return this.own ?? currentPage();
  }

  /** When the pending timer fires (epoch ms), if one is pending. */
  get scheduledFor(): number | undefined {
    return this.#firesAt;
  }

  /** How many subscribers the clock serves. */
  get size(): number {
    return this.#subscribers.size;
  }

  /** The current time (epoch ms). */
  now(): number {
    return this.page.now();
  }

  /** Starts serving `subscriber`. */
  add(subscriber: ClockSubscriber): void {
    this.#subscribers.add(subscriber);
    this.#unlisten ??= this.page.onVisibilityChange(this.#tick);
    this.schedule();
  }

  /** Stops serving `subscriber`; the last one out leaves no timer and no listener behind. */
  delete(subscriber: ClockSubscriber): void {
    this.#subscribers.delete(subscriber);
    if (!this.size) {
      this.#unlisten?.();
      this.#unlisten = undefined;
    }
    this.schedule();
  }

  /** Re-plans the timer; call it after changing a subscriber's `wakeAt`. */
  schedule(): void {
    if (this.#timer !== undefined) this.page.clearTimeout(this.#timer);
    this.#timer = this.#firesAt = undefined;
    let wakeAt = Infinity;
    // `<` rather than Math.min skips a NaN (a bad date), which would otherwise spin the timer at 0 ms.
    for (const { wakeAt: at } of this.#subscribers) if (at < wakeAt) wakeAt = at;
    if (wakeAt === Infinity || this.page.isHidden()) return;
    const now = this.page.now();
    // Browsers run a delay above 2^31-1 ms at once; a timer that fires early simply reschedules.
    const delay = Math.min(Math.max(wakeAt - now, 0), 2 ** 31 - 1);
    this.#firesAt = now + delay;
    this.#timer = this.page.setTimeout(this.#tick, delay);
  }

  // Runs from the timer and on every visibility change; schedule() then clears whatever timer is left.
  #tick = (): void => {
    const now = this.page.now();
    if (!this.page.isHidden()) {
      for (const subscriber of this.#subscribers) {
        // Cleared before waking so a subscriber that never re-arms cannot spin the timer.
        if (subscriber.wakeAt <= now) {
          subscriber.wakeAt = Infinity;
          subscriber.wake();
        }
      }
    }
    this.schedule();
  };
}

/** The page's single clock, shared by every widget. */
export const pageClock = /* @__PURE__ */ new PageClock();

/** Asks its host to update when its labels go stale, through the page's one clock. */
export class ClockController implements ReactiveController {
  readonly #subscriber: ClockSubscriber;

  constructor(
    host: ReactiveControllerHost,
    private readonly clock: PageClock = pageClock,
  ) {
    this.#subscriber = { wakeAt: Infinity, wake: () => host.requestUpdate() };
    host.addController(this);
  }

  /** The time to format against (epoch ms). */
  now(): number {
    return this.clock.now();
  }

  /** Sets when the host's labels next change (`Infinity`: never); call it on every update, as waking clears it. */
  wakeAt(time: number): void {
    this.#subscriber.wakeAt = time;
    this.clock.schedule();
  }

  /** Joins the clock while the host is in the document. */
  hostConnected(): void {
    this.clock.add(this.#subscriber);
  }

  /** Leaves the clock when the host leaves the document. */
  hostDisconnected(): void {
    this.clock.delete(this.#subscriber);
  }
}
