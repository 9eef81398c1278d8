// What "safe" means for a rendered widget, shared by the XSS corpus and the property tests: a list of what is wrong,
// empty when the widget holds only its own elements, no event handlers and only allowed URL schemes.

/** The elements `<social-feed>` renders (src/social-feed.ts and its icons), and nothing else may appear. */
export const ALLOWED_ELEMENTS = new Set([
  // With consent="click" or an error, the page's own fallback content shows through a slot.
  'slot',
  'div',
  'span',
  'p',
  'a',
  'img',
  'ul',
  'li',
  'article',
  'time',
  'details',
  'summary',
  'button',
  'svg',
  'path',
  // The rich view: videos and sounds (never playing by themselves) and polls' bars.
  'video',
  'audio',
  'progress',
]);

/** Elements that load, run or redirect something: never in the widget, nor added to the page around it. */
export const DANGEROUS = 'script, style, iframe, frame, object, embed, base, form, meta, link, template, input, math';
/** Elements only the widget's rich view may make, inside its shadow root, never on the page around it. */
const MEDIA_ELEMENTS = 'video, audio';

// Attributes that can load or run something, besides the widget's own `a[href]`, `img[src]`, `video[src]`,
// `video[poster]` and `audio[src]`.
const URL_ATTRIBUTES = ['srcdoc', 'action', 'formaction', 'xlink:href', 'data', 'background', 'srcset', 'style', 'dynsrc', 'lowsrc'];
// Playing by itself would be the feed's choice, not the reader's.
const SELF_STARTING = ['autoplay'];
const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
const IMAGE_SCHEMES = ['http:', 'https:'];

/** The scheme of an attribute's URL, or a description of why it has none. */
function schemeOf(value: string): string {
  try {
    return new URL(value, document.baseURI).protocol;
  } catch {
    return `unparsable URL ${JSON.stringify(value)}`;
  }
}

/** Everything unsafe in `root`: disallowed elements, event-handler or URL attributes, links and images with other schemes. */
export function unsafeParts(root: ShadowRoot | Element): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const name = el.localName;
    if (!ALLOWED_ELEMENTS.has(name)) problems.push(`<${name}> is not an element the widget renders`);
    for (const attribute of el.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`<${name} ${attribute.name}> is an event handler`);
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase())) problems.push(`<${name} ${attribute.name}> may load or run something`);
      if (SELF_STARTING.includes(attribute.name.toLowerCase())) problems.push(`<${name} ${attribute.name}> plays by itself`);
    }
    const href = el.getAttribute('href');
    if (href !== null && (name !== 'a' || !LINK_SCHEMES.includes(schemeOf(href)))) problems.push(`<${name} href="${href}">`);
    const src = el.getAttribute('src');
    if (src !== null && (!['img', 'video', 'audio'].includes(name) || !IMAGE_SCHEMES.includes(schemeOf(src)))) problems.push(`<${name} src="${src}">`);
    const poster = el.getAttribute('poster');
    if (poster !== null && (name !== 'video' || !IMAGE_SCHEMES.includes(schemeOf(poster)))) problems.push(`<${name} poster="${poster}">`);
  }
  for (const el of root.querySelectorAll(DANGEROUS)) problems.push(`<${el.localName}> is dangerous`);
  return problems;
}

/** Starts watching the test page: the returned function lists dangerous elements added anywhere in its light DOM since. */
export function watchPage(): () => string[] {
  // The test runner's own page has scripts of its own: only new elements count.
  const watched = `${DANGEROUS}, ${MEDIA_ELEMENTS}`;
  const before = new Set(document.querySelectorAll(watched));
  return () => [...document.querySelectorAll(watched)].filter((el) => !before.has(el)).map((el) => `<${el.localName}> added to the page`);
}

/** What the widget shows once settled: `posts` (at least one article), `error` (a non-empty alert), or `blank`. */
export function visibleState(root: ShadowRoot): 'posts' | 'error' | 'blank' {
  if (root.querySelector('article')) return 'posts';
  return root.querySelector('[part="status"][role="alert"]')?.textContent?.trim() ? 'error' : 'blank';
}

/** Collects what would show that a vector ran: calls to `alert`, `confirm`, `prompt` or `__pwned`. */
export function installPwnedSpy(): { calls: string[]; restore(): void } {
  const calls: string[] = [];
  const names = ['alert', 'confirm', 'prompt', '__pwned'] as const;
  const target = window as unknown as Record<(typeof names)[number], unknown>;
  const saved = names.map((name) => target[name]);
  for (const name of names) target[name] = (...args: unknown[]) => void calls.push(`${name}(${args.map(String).join(', ')})`);
  return {
    calls,
    restore: () => names.forEach((name, i) => (target[name] = saved[i])),
  };
}
