import { expect, waitUntil } from '@open-wc/testing';
import { servedFeed, startWorker, worker } from './mocks/feed-handlers.js';

const SCRIPT = '<script type="module" src="https://unpkg.com/social-feed-element@1/dist/social-feed.js"></script>';

let frame: HTMLIFrameElement;

/** Opens demo/playground.html (with `query`, as a shared link would) in a frame; its requests go through this page's msw worker. */
async function openPlayground(query = ''): Promise<Document> {
  document.querySelectorAll('iframe').forEach((old) => old.remove());
  frame = Object.assign(document.createElement('iframe'), { src: `/demo/playground.html${query}`, width: 1280, height: 800 });
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

/** Sets a form control's value as a person would, firing the events the page listens to. */
function enter(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('demo/playground.html', () => {
  let doc: Document;
  const snippet = () => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
  const css = () => doc.querySelector<HTMLTextAreaElement>('#css')!.value;
  const widget = () => doc.querySelector<HTMLElement>('#stage social-feed')!;
  const articles = () => widget()?.shadowRoot?.querySelectorAll('article').length ?? 0;
  const field = <T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(selector: string) => doc.querySelector<T>(selector)!;
  const search = () => frame.contentWindow!.location.search;
  /** Every option's control, by its name, as the form holds it. */
  const formState = () =>
    [...doc.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#options [name]')].map((control) =>
      control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')
        ? `${control.name}=${control.value}:${control.checked}`
        : `${control.name}=${control.value}`,
    );

  before(startWorker);
  beforeEach(async () => {
    worker.use(servedFeed('/api/cginisty.json').handler, servedFeed('/api/sam.json').handler);
    doc = await openPlayground();
    await waitUntil(() => articles() === 5, 'the first example never rendered');
  });
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((old) => old.remove());
    worker.resetHandlers();
  });
  after(() => worker.stop());

  it('starts with the blog example, its snippet with the pinned CDN URL, its CSS block and its widget', () => {
    expect(snippet()).to.equal(`${SCRIPT}\n<social-feed src="/api/cginisty.json" lang="fr"></social-feed>`);
    expect(css()).to.equal('social-feed {\n  display: block;\n  /* 10rem + 8rem × 5 posts */\n  min-block-size: 50rem;\n}');
    expect(widget().getAttribute('src')).to.equal('/api/cginisty.json');
    // A link with no options is the form as written: nothing is added to the address until something changes.
    expect(search()).to.equal('');
  });

  it('writes no style attribute in the snippet, whatever the options: strict-CSP pages refuse them', () => {
    enter(field('#limit'), '3');
    enter(field('#color'), '#aa0000');
    enter(field('#max-height'), '20rem');
    field('input[name="transparent"]').click();
    expect(snippet()).to.match(/^<script type="module" src="https:\/\/unpkg\.com\/social-feed-element@1\/dist\/social-feed\.js"><\/script>\n/);
    expect(snippet()).not.to.contain('style');
    expect(css()).to.contain('min-block-size: 34rem;');
    expect(css()).to.contain('--social-feed-color: #aa0000;');
  });

  it('updates the snippet and the live widget when an option changes', async () => {
    enter(field('#limit'), '3');
    field('input[name="hide-reposts"]').click();
    field('input[name="theme"][value="dark"]').click();
    expect(snippet()).to.equal(
      `${SCRIPT}\n<social-feed src="/api/cginisty.json" limit="3" lang="fr" theme="dark" hide-reposts></social-feed>`,
    );
    // The reserved height follows the limit: 10rem + 8rem a post.
    expect(css()).to.equal('social-feed {\n  display: block;\n  /* 10rem + 8rem × 3 posts */\n  min-block-size: 34rem;\n}');
    await waitUntil(() => articles() === 3, 'the widget never showed three posts');
    expect([widget().getAttribute('theme'), widget().hasAttribute('hide-reposts')]).to.deep.equal(['dark', true]);
  });

  it('offers the system theme, which follows the reader', () => {
    field('input[name="theme"][value="system"]').click();
    expect(snippet()).to.contain('theme="system"');
    expect(widget().getAttribute('theme')).to.equal('system');
  });

  it('reserves the placeholder of ten posts at most, and of the default five for a limit that is no number', () => {
    const limit = field('#limit');
    enter(limit, '40');
    expect(css()).to.contain('min-block-size: 90rem;');
    enter(limit, '0');
    expect(css()).to.contain('min-block-size: 50rem;');
  });

  it('escapes a pasted URL in the snippet and hands it to the widget as it is', () => {
    const pasted = '/feed.json?a=1&b="><script>alert(1)</script>';
    enter(field('#src'), pasted);
    expect(snippet()).to.contain('src="/feed.json?a=1&amp;b=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(widget().getAttribute('src')).to.equal(pasted);
    expect(doc.querySelector('script:not([src])')).to.equal(null);
  });

  it('hands a fediverse or Bluesky handle to the widget unchanged, and to the snippet and the URL', () => {
    for (const handle of ['@Gargron@mastodon.social', '@name.bsky.social']) {
      enter(field('#src'), handle);
      expect(widget().getAttribute('src')).to.equal(handle);
      expect(snippet()).to.contain(`<social-feed src="${handle}" lang="fr"></social-feed>`);
      expect(new URLSearchParams(search()).get('src')).to.equal(handle);
    }
    // The example list offers handles too.
    const values = [...field<HTMLSelectElement>('#example').options].map((option) => option.value);
    expect(values).to.include.members(['@Gargron@mastodon.social', '@bsky.app']);
  });

  it('brings the colours, the font, the max height and a transparent background to the widget and the CSS block', async () => {
    enter(field('#color'), '#aa0000');
    enter(field('#background'), '#fafafa');
    enter(field('#accent'), '#123456');
    enter(field('#font'), 'Georgia, serif');
    enter(field('#max-height'), '10rem');
    expect(css()).to.equal(
      [
        'social-feed {',
        '  display: block;',
        '  /* 10rem + 8rem × 5 posts */',
        '  min-block-size: 50rem;',
        '  --social-feed-font-family: Georgia, serif;',
        '  --social-feed-color: #aa0000;',
        '  --social-feed-background: #fafafa;',
        '  --social-feed-accent-color: #123456;',
        '  --social-feed-max-height: 10rem;',
        '}',
      ].join('\n'),
    );
    const style = doc.defaultView!.getComputedStyle(widget());
    const custom = (name: string) => style.getPropertyValue(`--social-feed-${name}`).trim();
    expect(['font-family', 'color', 'background', 'accent-color', 'max-height'].map(custom)).to.deep.equal([
      'Georgia, serif',
      '#aa0000',
      '#fafafa',
      '#123456',
      '10rem',
    ]);
    // And the widget uses them: its text, its background, its font and the posts' scrolling height.
    expect([style.color, style.backgroundColor, style.fontFamily]).to.deep.equal(['rgb(170, 0, 0)', 'rgb(250, 250, 250)', 'Georgia, serif']);
    const posts = widget().shadowRoot!.querySelector('[part="posts"]')!;
    expect(doc.defaultView!.getComputedStyle(posts).maxBlockSize).to.equal('160px');
    // The picker shows the colour typed.
    expect(field('#color-picker').value).to.equal('#aa0000');

    field('input[name="transparent"]').click();
    expect(css()).to.contain('  --social-feed-background: transparent;\n  --social-feed-accent-color: #123456;\n  --social-feed-max-height: 10rem;\n  padding: 0;\n}');
    expect(css()).not.to.contain('#fafafa');
    expect([style.backgroundColor, style.paddingTop]).to.deep.equal(['rgba(0, 0, 0, 0)', '0px']);
    expect(field('#background').disabled).to.equal(true);
  });

  it('fills a colour field from its picker', () => {
    const picker = field('#accent-picker');
    picker.value = '#2b4c7e';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    expect(field('#accent').value).to.equal('#2b4c7e');
    expect(css()).to.contain('--social-feed-accent-color: #2b4c7e;');
    expect(new URLSearchParams(search()).get('accent')).to.equal('#2b4c7e');
  });

  it('leaves out of the CSS a look value that is not one, or that would end its declaration or a <style>', () => {
    enter(field('#color'), 'not-a-colour');
    enter(field('#accent'), 'red; } body { display: none');
    enter(field('#font'), '"</style><script>alert(1)</script>"');
    enter(field('#max-height'), 'tall');
    expect(css()).to.equal('social-feed {\n  display: block;\n  /* 10rem + 8rem × 5 posts */\n  min-block-size: 50rem;\n}');
    for (const id of ['#color', '#accent', '#font', '#max-height']) expect(field(id).getAttribute('aria-invalid'), id).to.equal('true');
    expect(field('#background').getAttribute('aria-invalid')).to.equal('false');
    expect(doc.querySelector('#look-error')!.textContent).to.contain('“not-a-colour” is not a colour');
    expect(doc.defaultView!.getComputedStyle(widget()).getPropertyValue('--social-feed-color')).to.equal('');
  });

  it('keeps every option in the URL, and a shared link or a reload restores them all', async () => {
    enter(field<HTMLSelectElement>('#example'), '/api/sam.json');
    enter(field('#src'), '/api/sam.json @Gargron@mastodon.social');
    enter(field<HTMLSelectElement>('#format'), 'native');
    enter(field('#limit'), '3');
    enter(field<HTMLSelectElement>('#lang'), 'de');
    enter(field('#refresh'), '120');
    field('input[name="theme"][value="dark"]').click();
    field('input[name="layout"][value="compact"]').click();
    for (const name of ['hide-reposts', 'show-pinned', 'show-replies', 'transparent']) field(`input[name="${name}"]`).click();
    enter(field<HTMLSelectElement>('#storage'), 'session');
    enter(field<HTMLSelectElement>('#consent'), 'click');
    enter(field('#color'), '#aa0000');
    enter(field('#background'), '#fafafa');
    enter(field('#accent'), 'light-dark(#2b4c7e, #8fb3e8)');
    enter(field('#font'), "'Iowan Old Style', Palatino, serif");
    enter(field('#max-height'), '30rem');

    const query = search();
    const params = new URLSearchParams(query);
    expect(Object.fromEntries(params)).to.deep.equal({
      src: '/api/sam.json @Gargron@mastodon.social',
      format: 'native',
      limit: '3',
      lang: 'de',
      theme: 'dark',
      layout: 'compact',
      'hide-reposts': '',
      'show-pinned': '',
      'show-replies': '',
      refresh: '120',
      storage: 'session',
      consent: 'click',
      color: '#aa0000',
      background: '#fafafa',
      transparent: '',
      accent: 'light-dark(#2b4c7e, #8fb3e8)',
      font: "'Iowan Old Style', Palatino, serif",
      'max-height': '30rem',
    });
    const before = { form: formState(), snippet: snippet(), css: css(), attributes: widget().getAttributeNames().map((name) => `${name}=${widget().getAttribute(name)}`) };

    // A shared link: a new page with that address.
    doc = await openPlayground(query);
    expect({ form: formState(), snippet: snippet(), css: css(), attributes: widget().getAttributeNames().map((name) => `${name}=${widget().getAttribute(name)}`) }).to.deep.equal(before);
    expect(search()).to.equal(query);

    // A reload of that page.
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await loaded;
    doc = frame.contentDocument!;
    expect([formState(), snippet(), css()]).to.deep.equal([before.form, before.snippet, before.css]);
  });

  it('falls back to the widget defaults for values the form does not offer', async () => {
    doc = await openPlayground('?src=/api/sam.json&theme=purple&format=nope&lang=xx');
    expect(snippet()).to.equal(`${SCRIPT}\n<social-feed src="/api/sam.json"></social-feed>`);
    expect(field<HTMLInputElement>('input[name="theme"]:checked').value).to.equal('auto');
    await waitUntil(() => articles() > 0, 'the widget never rendered');
  });

  it('walks back and forward through the options with the history', async () => {
    enter(field('#limit'), '3');
    field('input[name="theme"][value="dark"]').click();
    expect(search()).to.equal('?src=/api/cginisty.json&limit=3&lang=fr&theme=dark');
    const history = frame.contentWindow!.history;
    const settled = (expected: string) => waitUntil(() => snippet().includes(expected), `never showed ${expected}`);

    history.back();
    await settled('<social-feed src="/api/cginisty.json" limit="3" lang="fr"></social-feed>');
    expect(field<HTMLInputElement>('input[name="theme"]:checked').value).to.equal('auto');
    await waitUntil(() => articles() === 3 && widget().getAttribute('theme') === 'auto', 'the widget did not follow');

    history.back();
    await settled('<social-feed src="/api/cginisty.json" lang="fr"></social-feed>');
    expect([search(), field('#limit').value]).to.deep.equal(['', '5']);

    history.forward();
    await settled('<social-feed src="/api/cginisty.json" limit="3" lang="fr"></social-feed>');
    history.forward();
    await settled('theme="dark"');
    expect(widget().getAttribute('theme')).to.equal('dark');
  });
});
