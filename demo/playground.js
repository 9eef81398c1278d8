// The playground: the form's options become the widget's attributes (set through the DOM), its look (a CSS block,
// built as text), the embed snippet and the page's URL. Nothing typed here, or read from the URL, is ever parsed as
// HTML: attribute values are escaped in the snippet, and a look value reaches the CSS block only once the browser
// reads it as a value of its property and it holds nothing that could end a declaration, a rule or a <style>.

/** The CDN URL names a major version: a later major release never changes what a site runs unannounced. */
const SCRIPT = '<script type="module" src="https://unpkg.com/social-feed-element@1/dist/social-feed.js"></script>';

/** Each attribute the form sets, with the value the widget takes when it is left out. */
const ATTRIBUTES = {
  src: '',
  format: 'auto',
  limit: '5',
  lang: '',
  theme: 'auto',
  layout: 'default',
  'hide-reposts': false,
  'show-pinned': false,
  'show-replies': false,
  refresh: '0',
  storage: 'none',
  consent: 'none',
};

/** Each look option: the form field, the widget's custom property it sets, and the CSS property whose values it takes. */
const LOOK = [
  { name: 'font', property: '--social-feed-font-family', syntax: 'font-family', what: 'a font family' },
  { name: 'color', property: '--social-feed-color', syntax: 'color', what: 'a colour' },
  { name: 'background', property: '--social-feed-background', syntax: 'color', what: 'a colour' },
  { name: 'accent', property: '--social-feed-accent-color', syntax: 'color', what: 'a colour' },
  { name: 'max-height', property: '--social-feed-max-height', syntax: 'max-block-size', what: 'a height' },
];

/** Every option the URL keeps, in the order it writes them, with its value when left out. */
const DEFAULTS = {
  ...ATTRIBUTES,
  color: '',
  background: '',
  transparent: false,
  accent: '',
  font: '',
  'max-height': '',
};

const form = document.getElementById('options');
const example = document.getElementById('example');
const stage = document.getElementById('stage');
const snippet = document.getElementById('snippet');
const css = document.getElementById('css');
const eventLine = document.getElementById('event');
const lookError = document.getElementById('look-error');

// The look reaches the live widget as the very CSS block the snippet shows, in a constructed stylesheet: a strict
// style-src allows those (no inline style, no style attribute).
const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** The form's options, as { name: string or boolean }, whether or not a field is disabled. */
function readState() {
  return Object.fromEntries(
    Object.entries(DEFAULTS).map(([name, fallback]) => {
      const control = form.elements.namedItem(name);
      return [name, typeof fallback === 'boolean' ? control.checked : String(control.value ?? '').trim()];
    }),
  );
}

/** Sets every field from `state`; a value a select or a radio group does not offer gives the default. */
function writeState(state) {
  for (const [name, fallback] of Object.entries(DEFAULTS)) {
    const control = form.elements.namedItem(name);
    const value = state[name] ?? fallback;
    if (typeof fallback === 'boolean') {
      control.checked = value === true;
    } else {
      control.value = value;
      const offered = control instanceof HTMLSelectElement ? control.selectedIndex >= 0 : control.value === value;
      if (control instanceof RadioNodeList || control instanceof HTMLSelectElement) {
        if (!offered) control.value = fallback;
      }
    }
  }
}

/** A query component, keeping the characters a query may hold as they are (`/`, `:`, `@`, `,`), so links stay legible. */
const encode = (value) => encodeURIComponent(value).replace(/%(?:2F|3A|40|2C)/g, decodeURIComponent);

/** The URL's query for `state`: `src`, then what differs from the widget's defaults, booleans as a bare name (`&hide-reposts`). */
function toQuery(state) {
  const parts = Object.entries(DEFAULTS).flatMap(([name, fallback]) => {
    const value = state[name];
    if (typeof fallback === 'boolean') return value ? [name] : [];
    // The source always: an address with no query is the form as written, not the widget's defaults.
    return name === 'src' || (value && value !== fallback) ? [`${name}=${encode(value)}`] : [];
  });
  return `?${parts.join('&')}`;
}

/** True when the query names any option: then it is the whole state, and what it leaves out is the widget's default. */
const hasState = (search) => [...new URLSearchParams(search).keys()].some((name) => Object.hasOwn(DEFAULTS, name));

/** The state a query describes. */
function fromQuery(search) {
  const params = new URLSearchParams(search);
  return Object.fromEntries(
    Object.entries(DEFAULTS).map(([name, fallback]) => [
      name,
      typeof fallback === 'boolean' ? params.has(name) && params.get(name) !== 'false' : (params.get(name) ?? fallback).trim(),
    ]),
  );
}

/** The attributes the form asks for, as [name, value] pairs: defaults left out, booleans as empty values. */
function chosenAttributes(state) {
  return Object.entries(ATTRIBUTES).flatMap(([name, fallback]) => {
    if (typeof fallback === 'boolean') return state[name] ? [[name, '']] : [];
    const value = state[name];
    return value && value !== fallback ? [[name, value]] : [];
  });
}

/** An attribute value as HTML writes it between double quotes. */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** How many posts the placeholder shows for `limit` (ten at most; the default five for what is no number). */
function placeholderPosts(attributes) {
  const limit = Math.floor(Number(new Map(attributes).get('limit') ?? ATTRIBUTES.limit));
  return Math.min(limit >= 1 ? limit : Number(ATTRIBUTES.limit), 10);
}

/** The embed: the script tag, then the element with its attributes. No style attribute: strict CSPs refuse them. */
function embedSnippet(attributes) {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `${SCRIPT}\n<social-feed${written.join('')}></social-feed>`;
}

/** `value` when it is a value of the CSS property `syntax` that stays inside its declaration, else undefined. */
function cssValue(value, syntax) {
  if (/[<>{};\\]|\/\*|\*\//.test(value)) return undefined;
  return CSS.supports(syntax, value) ? value : undefined;
}

/** The CSS block for the owner's stylesheet: the placeholder's height (see docs/theming.md, "No layout shift") and the look. */
function cssBlock(state, attributes) {
  const posts = placeholderPosts(attributes);
  const lines = ['display: block;', `/* 10rem + 8rem × ${posts} posts */`, `min-block-size: ${10 + 8 * posts}rem;`];
  const invalid = [];
  for (const { name, property, syntax, what } of LOOK) {
    if (name === 'background' && state.transparent) {
      lines.push(`${property}: transparent;`);
      continue;
    }
    if (!state[name]) continue;
    const value = cssValue(state[name], syntax);
    if (value === undefined) invalid.push([name, what]);
    else lines.push(`${property}: ${value};`);
  }
  if (state.transparent) lines.push('padding: 0;');
  return { text: `social-feed {\n${lines.map((line) => `  ${line}`).join('\n')}\n}`, invalid };
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Shows a look field's colour in its picker, when it is one a picker can show. */
function syncPickers() {
  for (const name of ['color', 'background', 'accent']) {
    const value = form.elements.namedItem(name).value.trim();
    if (HEX.test(value)) {
      document.getElementById(`${name}-picker`).value =
        value.length === 4 ? `#${[...value.slice(1)].map((digit) => digit + digit).join('')}` : value.toLowerCase();
    }
  }
}

/** Selects the example the source is, or "Your own". */
function syncExample(src) {
  example.value = [...example.options].some((option) => option.value && option.value === src) ? src : '';
}

let shown = '';

/** Shows a new widget with exactly the snippet's attributes, when they changed; the page's cache spares a request. */
function updateWidget(attributes) {
  const key = JSON.stringify(attributes);
  if (key === shown) return;
  shown = key;
  const widget = document.createElement('social-feed');
  for (const [name, value] of attributes) widget.setAttribute(name, value);
  eventLine.textContent = '';
  stage.replaceChildren(widget);
}

function update({ widget = true } = {}) {
  const state = readState();
  const attributes = chosenAttributes(state);
  const look = cssBlock(state, attributes);
  snippet.value = embedSnippet(attributes);
  css.value = look.text;
  css.rows = look.text.split('\n').length + 1;
  sheet.replaceSync(look.text);
  for (const { name } of LOOK) form.elements.namedItem(name).setAttribute('aria-invalid', String(look.invalid.some(([bad]) => bad === name)));
  lookError.textContent = look.invalid.map(([name, what]) => `“${state[name]}” is not ${what}: left out.`).join(' ');
  for (const id of ['background', 'background-picker']) document.getElementById(id).disabled = state.transparent;
  for (const status of document.querySelectorAll('.copied')) status.textContent = '';
  syncPickers();
  syncExample(state.src);
  if (widget) updateWidget(attributes);
}

// The state the page opens with when its URL names none: the form as written.
form.reset();
const initialQuery = toQuery(readState());

/** The URL's options, normalized; the form's own defaults when it names none. */
const currentQuery = () => (hasState(location.search) ? toQuery(fromQuery(location.search)) : initialQuery);

/** A new history entry for the options, when they changed: back and forward walk through them. */
function commit() {
  const query = toQuery(readState());
  if (query !== currentQuery()) history.pushState(null, '', query);
}

/** Sets the form from the URL: a shared link, a reload, back or forward. */
function restore() {
  if (hasState(location.search)) writeState(fromQuery(location.search));
  else form.reset();
  update();
}

// The URL field updates the snippet as it is typed and the widget once it is done (Enter, or leaving the field), so
// a half-typed URL makes no request. A finished change is a new entry in the history.
form.addEventListener('input', (event) => update({ widget: event.target.name !== 'src' }));
form.addEventListener('change', () => {
  update();
  commit();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
  commit();
});
window.addEventListener('popstate', restore);

// Runs before the form's own change listener, which then updates and commits.
example.addEventListener('change', () => {
  const option = example.selectedOptions[0];
  if (!option?.value) return;
  form.elements.src.value = option.value;
  form.elements.format.value = option.dataset.format ?? 'auto';
  form.elements.lang.value = option.dataset.lang ?? '';
});

// A picker fills its text field (which then speaks for it) before the form hears the event.
for (const name of ['color', 'background', 'accent']) {
  const picker = document.getElementById(`${name}-picker`);
  picker.addEventListener('input', () => {
    form.elements.namedItem(name).value = picker.value;
  });
}

stage.addEventListener('social-feed-load', (event) => {
  const { feed, source } = event.detail;
  eventLine.textContent = `social-feed-load: ${feed.posts.length} posts by ${feed.author.name}, from the ${source}.`;
});
stage.addEventListener('social-feed-error', (event) => {
  const { code, message } = event.detail.error;
  eventLine.textContent = `social-feed-error: ${code}, ${message}`;
});

for (const [button, field, status] of [
  ['copy', snippet, 'copied'],
  ['copy-css', css, 'copied-css'],
]) {
  document.getElementById(button).addEventListener('click', async () => {
    const line = document.getElementById(status);
    try {
      await navigator.clipboard.writeText(field.value);
      line.textContent = 'Copied.';
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select the text for the reader to copy.
      field.focus();
      field.select();
      line.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
  });
}

restore();
