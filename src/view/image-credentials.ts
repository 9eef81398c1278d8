// Images are asked for without credentials (no cookies, no client certificates) wherever their host allows it: a
// `crossorigin="anonymous"` request succeeds only when the host answers with CORS headers. A host that does not
// gets an ordinary image request for the rest of the page view, where the browser's own third-party-cookie rules
// apply; an image is never left broken for the sake of the header.

/** Hosts whose images failed as anonymous CORS requests on this page. */
const refused = new Set<string>();

const hostOf = (src: string) => new URL(src).host;

/** The `crossorigin` value for an image at `src` (an absolute http(s) URL): `anonymous` until its host refused it. */
export function imageCrossOrigin(src: string): 'anonymous' | undefined {
  return refused.has(hostOf(src)) ? undefined : 'anonymous';
}

/** Handles an image's `error` event: when it was an anonymous request, its host is asked without CORS from now on. */
export function onImageError(event: Event): void {
  const img = event.currentTarget as HTMLImageElement;
  if (img.crossOrigin === null) return;
  refused.add(hostOf(img.src));
  // The widget renders again, without the attribute: the browser then requests the image again.
  ((img.getRootNode() as ShadowRoot).host as HTMLElement & { requestUpdate(): void }).requestUpdate();
}
