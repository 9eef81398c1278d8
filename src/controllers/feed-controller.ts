import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchShared, readCache } from '../data/feed-cache.js';
import { loadFeed } from '../data/load-feed.js';
import { mergeFeeds } from '../data/merge-feeds.js';
import { FeedError } from '../errors.js';
import type { Feed, FeedFormat, FeedSource } from '../types.js';

/** Where the controller's current run stands, as in `@lit/task`. */
export type FeedStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What the host asks for; a change to any of them starts a new run. */
export interface FeedRequestArgs {
  /** One or more space-separated endpoints or profile URLs, relative to the document's base URL. */
  src: string;
  format: FeedFormat;
  /** Seconds a cached feed counts as fresh. */
  maxAge: number;
  /** How many posts to ask a network API for. */
  count: number;
}

/** How the controller reads its host's arguments and reports outcomes. */
export interface FeedControllerOptions {
  args: () => FeedRequestArgs;
  /** Called once per feed shown. */
  onLoad(feed: Feed, source: FeedSource): void;
  /** Called once per failed source of a run (never for an abort); other sources still show. */
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
    const changed = !last || (Object.keys(args) as (keyof FeedRequestArgs)[]).some((name) => args[name] !== last[name]);
    if (this.host.isConnected && changed) this.start(args, false);
  }

  private start(args: FeedRequestArgs, force: boolean): void {
    this.run?.abort();
    this.run = undefined;
    this.args = args;
    const sources = args.src.split(/\s+/).flatMap((src) => resolve(src) ?? []);
    const keys = sources.map((url) => `${url} ${args.format} ${args.count}`);
    const key = keys.join(' | ');
    // Another feed's posts must never show while this one loads.
    if (key !== this.key) this._value = this._source = undefined;
    this.key = key;
    this._error = undefined;
    if (!key) return this.set('initial');
    const cached = keys.map(readCache);
    if (!force && cached.every((entry) => entry && Date.now() - entry.fetchedAt < args.maxAge * 1000)) {
      return this.show(mergeFeeds(cached.map((entry) => entry!.feed)), 'memory');
    }
    const run = (this.run = new AbortController());
    this.set('pending');
    const loads = sources.map((url, i) =>
      fetchShared(keys[i], (signal) => loadFeed(url, { format: args.format, count: args.count, signal }), run.signal),
    );
    void Promise.allSettled(loads).then((outcomes) => {
      // Superseded, cancelled or aborted: nobody is waiting for this outcome.
      if (this.run !== run) return;
      this.run = undefined;
      const feeds = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.feed] : []));
      const errors = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason instanceof FeedError ? outcome.reason : new FeedError('network', String(outcome.reason))] : [],
      );
      if (feeds.length) this.show(mergeFeeds(feeds), 'network');
      else {
        this._error = errors[0];
        this.set('error');
      }
      for (const error of errors) this.options.onError(error);
    });
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
