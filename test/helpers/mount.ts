// Mounting widgets the way every test needs: put the template on the page, wait until the widget settles (its posts
// or its alert show), and serve response bodies under made-up paths.
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import type { SocialFeed } from '../../src/social-feed.js';

/** Waits until `el` shows posts or its alert, then for its update to finish; resolves to `el`. */
export async function settled(el: SocialFeed, timeout = 4000): Promise<SocialFeed> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="post"], [role="alert"]'), 'the widget showed neither posts nor an alert', { timeout });
  await el.updateComplete;
  return el;
}

/** Mounts `template` and resolves to its `<social-feed>` (the template's root, or the first inside it), settled. */
export async function mount(template: TemplateResult, timeout?: number): Promise<SocialFeed> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'social-feed' ? root : root.querySelector('social-feed')) as SocialFeed;
  return settled(el, timeout);
}

/** Response bodies served by msw under `prefix` (`/honest/`): `serve()` returns the path it gave a body. */
export function servedBodies(prefix: string) {
  const bodies = new Map<string, { body: string; type: string }>();
  let count = 0;
  const handler = http.get(`${prefix}*`, ({ request }) => {
    const found = bodies.get(new URL(request.url).pathname);
    return found ? new HttpResponse(found.body, { headers: { 'Content-Type': found.type } }) : new HttpResponse(null, { status: 404 });
  });
  return {
    handler,
    serve(body: string, type = 'application/json'): string {
      const path = `${prefix}${++count}`;
      bodies.set(path, { body, type });
      return path;
    },
    clear: () => bodies.clear(),
  };
}
