import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchShared, readCache } from '../data/feed-cache.js';
import { loadFeed } from '../data/load-feed.js';
import { FeedError } from '../errors.js';
import type { Feed, FeedFormat, FeedSource } from '../types.js';

/** Where the controller's current run stands, as in `@lit/task`. */
export type FeedStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What the host asks for; a change to any of them starts a new run. */
export interface FeedRequestArgs {
  /** The endpoint, relative to the document's base URL. */
  src: string;
  format: FeedFormat;
  /** Seconds a cached feed counts as fresh. */
  maxAge: number;
}

/** How the controller reads its host's arguments and reports outcomes. */
export interface FeedControllerOptions {
  args: () => FeedRequestArgs;
  /** Called once per feed shown. */
  onLoad(feed: Feed, source: FeedSource): void;
  /** Called once per failed run (never for an abort). */
  onError(error: FeedError): void;
}

/** Loads the host's feed through the page-wide cache: arguments in; status, value, source and error out. */
export class FeedController implements ReactiveController {
  private _status: FeedStatus = 'initial';
  private _value?: Feed;
  private _source?: FeedSource;
  private _error?: FeedError;
  /** The arguments of the last run; unset when a run must happen at the next update. */
  private args?: FeedRequestArgs;
  private key = '';
  private run?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
  }

  /** Where the current run stands. */
  get status(): FeedStatus {
    return this._status;
  }

  /** The feed to show; a failed refresh of the same feed keeps it. */
  get value(): Feed | undefined {
    return this._value;
  }

  /** Where `value` came from. */
  get source(): FeedSource | undefined {
    return this._source;
  }

  /** Why the last run failed, while `status` is `error`. */
  get error(): FeedError | undefined {
    return this._error;
  }

  /** Loads from the network again, even when the cached feed is fresh. */
  retry(): void {
    this.start(this.options.args(), true);
  }

  hostConnected(): void {
    // Arguments may have changed, or a run been cancelled, while the host was away.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Code that moves the host by removing and re-inserting it does so in one task: only a real removal cancels.
    queueMicrotask(() => {
      if (this.host.isConnected || !this.run) return;
      this.run.abort();
      this.run = this.args = undefined;
    });
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.args;
    if (
      this.host.isConnected &&
      (!last || args.src !== last.src || args.format !== last.format || args.maxAge !== last.maxAge)
    ) {
      this.start(args, false);
    }
  }

  private start(args: FeedRequestArgs, force: boolean): void {
    this.run?.abort();
    this.run = undefined;
    this.args = args;
    const url = resolve(args.src);
    const key = url ? `${url} ${args.format}` : '';
    // Another feed's posts must never show while this one loads.
    if (key !== this.key) this._value = this._source = undefined;
    this.key = key;
    this._error = undefined;
    if (!url) return this.set('initial');
    const cached = readCache(key);
    if (!force && cached && Date.now() - cached.fetchedAt < args.maxAge * 1000) return this.show(cached.feed, 'memory');
    const run = (this.run = new AbortController());
    this.set('pending');
    fetchShared(key, (signal) => loadFeed(url, { format: args.format, signal }), run.signal).then(
      (entry) => {
        if (this.run === run) this.show(entry.feed, 'network');
      },
      (error: unknown) => {
        // Superseded, cancelled or aborted: nobody is waiting for this outcome.
        if (this.run !== run) return;
        this.run = undefined;
        const feedError = error instanceof FeedError ? error : new FeedError('network', String(error));
        this._error = feedError;
        this.set('error');
        this.options.onError(feedError);
      },
    );
  }

  private show(feed: Feed, source: FeedSource): void {
    this.run = undefined;
    this._value = feed;
    this._source = source;
    this.set('complete');
    this.options.onLoad(feed, source);
  }

  private set(status: FeedStatus): void {
    this._status = status;
    this.host.requestUpdate();
  }
}

/** The absolute URL of `src`, or undefined when it is empty or unparsable. */
function resolve(src: string): string | undefined {
  if (!src.trim()) return undefined;
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}
