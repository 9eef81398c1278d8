// The playground: the form's options become the widget's attributes, set through the DOM, and the embed snippet, built
// as text with its attribute values escaped. Nothing typed here is ever parsed as HTML.
const SCRIPT = '<script type="module" src="https://unpkg.com/social-feed/dist/social-feed.js"></script>';

/** Each attribute the form sets, with the value the widget takes when it is left out. */
const DEFAULTS = {
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

const form = document.getElementById('options');
const example = document.getElementById('example');
const stage = document.getElementById('stage');
const snippet = document.getElementById('snippet');
const copied = document.getElementById('copied');
const eventLine = document.getElementById('event');

/** The attributes the form asks for, as [name, value] pairs: defaults left out, booleans as empty values. */
function chosenAttributes() {
  const data = new FormData(form);
  return Object.entries(DEFAULTS).flatMap(([name, fallback]) => {
    if (typeof fallback === 'boolean') return data.has(name) ? [[name, '']] : [];
    const value = String(data.get(name) ?? '').trim();
    return value && value !== fallback ? [[name, value]] : [];
  });
}

/** An attribute value as HTML writes it between double quotes. */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The height of the widget's placeholder for `limit` posts (see the README's "No layout shift"). */
function placeholderRem(attributes) {
  const limit = Math.floor(Number(new Map(attributes).get('limit') ?? DEFAULTS.limit));
  return 10 + 8 * Math.min(limit >= 1 ? limit : Number(DEFAULTS.limit), 10);
}

/** The embed: the script tag, then the element with its attributes and its placeholder's height reserved. */
function embedSnippet(attributes) {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  const reserved = ` style="display: block; min-block-size: ${placeholderRem(attributes)}rem"`;
  return `${SCRIPT}\n<social-feed${written.join('')}${reserved}></social-feed>`;
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
  const attributes = chosenAttributes();
  snippet.value = embedSnippet(attributes);
  copied.textContent = '';
  if (widget) updateWidget(attributes);
}

// The URL field updates the snippet as it is typed and the widget once it is done (Enter, or leaving the field), so
// a half-typed URL makes no request.
form.addEventListener('input', (event) => update({ widget: event.target.name !== 'src' }));
form.addEventListener('change', () => update());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
});

example.addEventListener('change', () => {
  const option = example.selectedOptions[0];
  form.elements.src.value = option.value;
  form.elements.format.value = option.dataset.format ?? 'auto';
  form.elements.lang.value = option.dataset.lang ?? '';
  update();
});

stage.addEventListener('social-feed-load', (event) => {
  const { feed, source } = event.detail;
  eventLine.textContent = `social-feed-load: ${feed.posts.length} posts by ${feed.author.name}, from the ${source}.`;
});
stage.addEventListener('social-feed-error', (event) => {
  const { code, message } = event.detail.error;
  eventLine.textContent = `social-feed-error: ${code}, ${message}`;
});

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = 'Copied.';
  } catch {
    // No clipboard access (an insecure origin, a denied permission): select the text for the reader to copy.
    snippet.focus();
    snippet.select();
    copied.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

update();
