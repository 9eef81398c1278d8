// A reader's "show posts from this host" choice, remembered per host where the widget may store things.
import { storageFor, type StorageMode } from './web-storage.js';

const key = (host: string) => `social-feed:consent:${host}`;

/** True when the reader already allowed requests to every one of `hosts`. */
export function hasConsent(mode: StorageMode, hosts: string[]): boolean {
  try {
    return hosts.every((host) => storageFor(mode)?.getItem(key(host)) === '1');
  } catch {
    return false;
  }
}

/** Remembers that the reader allowed requests to `hosts`; skipped silently when storage is off, full or disabled. */
export function rememberConsent(mode: StorageMode, hosts: string[]): void {
  try {
    for (const host of hosts) storageFor(mode)?.setItem(key(host), '1');
  } catch {
    // The choice then lasts for this page view only.
  }
}
