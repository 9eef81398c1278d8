// The stylesheet as a specification: tokens wired and documented, default palettes at WCAG AA, no motion when the
// reader asks for none, nothing sized in pixels that would clip enlarged text.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

/** Emulates media features where the engine can (Chromium, over CDP); false where it cannot. */
async function emulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}
import { render } from 'lit';
import { styles } from '../src/social-feed.styles.js';
import { richStyles } from '../src/view/rich/rich-view.js';

const cssText = styles.cssText;
const matches = (pattern: RegExp) => new Set([...cssText.matchAll(pattern)].map((match) => match[1]));

/** Every rule of a sheet, nested ones (in @media, @keyframes) included. */
function allRules(rules: CSSRuleList): CSSRule[] {
  return [...rules].flatMap((rule) => ['cssRules' in rule ? allRules(rule.cssRules as CSSRuleList) : [], rule].flat());
}

/** The private `--_*` properties declared on the host, under any `:host(…)` condition. */
function hostTokens(): Set<string> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const hostRules = allRules(sheet.cssRules).filter(
    (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.startsWith(':host'),
  );
  return new Set(hostRules.flatMap((rule) => [...rule.style].filter((name) => name.startsWith('--_'))));
}

/** The host rule of the widget's stylesheet whose selector is `selector`. */
function hostRule(selector: string): CSSStyleRule {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const rule = [...sheet.cssRules].find((item): item is CSSStyleRule => item instanceof CSSStyleRule && item.selectorText === selector);
  if (!rule) throw new Error(`no rule ${selector}`);
  return rule;
}

/** WCAG 2 relative luminance of a computed `rgb(r, g, b)` color. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque colors, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A host carrying the widget's styles in `theme`, with one element of each styled kind in its shadow root. */
async function sandbox(theme: 'light' | 'dark' | 'system' | 'auto') {
  const host = await fixture<HTMLElement>(html`<div theme=${theme}></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles.styleSheet!];
  render(
    html`<span part="handle">@handle</span><a href="#top">link</a><button part="retry" type="button">Retry</button>
      <article part="post"><span part="time">now</span></article>
      <div class="skeleton"></div>`,
    root,
  );
  const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
  return { host: getComputedStyle(host), style };
}

describe('social-feed styles', () => {
  it('defines on :host every private --_ property the rules use, and uses every one it defines', () => {
    const used = matches(/var\(\s*(--_[\w-]+)/g);
    const defined = hostTokens();
    expect([...used].filter((name) => !defined.has(name)), 'used, never defined').to.deep.equal([]);
    expect([...defined].filter((name) => !used.has(name)), 'defined, never used').to.deep.equal([]);
  });

  it('reads only public properties documented in the README table and custom-elements.json', async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = new Set([...readme.matchAll(/^\| `(--social-feed-[\w-]+)` \|/gm)].map((match) => match[1]));
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented = new Set<string>(
      manifest.modules.flatMap((module: { declarations?: { cssProperties?: { name: string }[] }[] }) =>
        (module.declarations ?? []).flatMap((declaration) => (declaration.cssProperties ?? []).map((property) => property.name)),
      ),
    );
    const read = [...matches(/var\(\s*(--social-feed-[\w-]+)/g)];
    expect(read).to.have.length.above(10);
    expect(read.filter((name) => !table.has(name)), 'missing from the README').to.deep.equal([]);
    expect(read.filter((name) => !documented.has(name)), 'missing from the class doc').to.deep.equal([]);
    expect([...table].filter((name) => !read.includes(name)), 'documented, never read').to.deep.equal([]);
  });

  it('styles only parts the class documents', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const parts = new Set<string>(
      manifest.modules.flatMap((module: { declarations?: { cssParts?: { name: string }[] }[] }) =>
        (module.declarations ?? []).flatMap((declaration) => (declaration.cssParts ?? []).map((part) => part.name)),
      ),
    );
    const styled = [...matches(/\[part='([\w-]+)'\]/g)];
    expect(styled.filter((name) => !parts.has(name))).to.deep.equal([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`gives text, muted text, links and buttons at least 4.5:1 on the background and the surface (${theme})`, async () => {
      const { host, style } = await sandbox(theme);
      const backgrounds = { background: host.backgroundColor, surface: style('[part="post"]').backgroundColor };
      const colors = { text: host.color, muted: style('[part="handle"]').color, link: style('a').color, button: style('button').color };
      expect(backgrounds.background, 'an opaque background').to.match(/^rgb\(/);
      for (const [colorName, color] of Object.entries(colors)) {
        for (const [backgroundName, background] of Object.entries(backgrounds)) {
          const ratio = contrast(color, background);
          expect(ratio, `${colorName} ${color} on ${backgroundName} ${background}: ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
        }
      }
    });
  }

  it('follows the theme attribute: the dark palette is dark, the light one light', async () => {
    const [light, dark] = await Promise.all([sandbox('light'), sandbox('dark')]);
    expect(luminance(light.host.backgroundColor)).to.be.above(0.9);
    expect(luminance(dark.host.backgroundColor)).to.be.below(0.05);
  });

  describe('theme auto follows the page, theme system the reader', () => {
    afterEach(async () => {
      await emulate({ colorScheme: 'light' });
      document.documentElement.style.colorScheme = '';
      document.head.querySelector('meta[name="color-scheme"]')?.remove();
    });

    it('sets no color-scheme for auto, so the page’s own applies; system lets the reader choose; light and dark fix it', () => {
      expect(hostRule(':host').style.colorScheme).to.equal('');
      expect(hostRule(':host([theme="system"])').style.colorScheme).to.equal('light dark');
      expect(hostRule(':host([theme="light"])').style.colorScheme).to.equal('light');
      expect(hostRule(':host([theme="dark"])').style.colorScheme).to.equal('dark');
    });

    it('stays light on a page that declares nothing, dark on a page that is dark only', async () => {
      expect(luminance((await sandbox('auto')).host.backgroundColor)).to.be.above(0.9);
      document.documentElement.style.colorScheme = 'dark';
      expect(luminance((await sandbox('auto')).host.backgroundColor)).to.be.below(0.05);
      // theme="system" with a reader who prefers light (every engine's default) is light, whatever the page says.
      expect(luminance((await sandbox('system')).host.backgroundColor)).to.be.above(0.9);
    });

    it('for a reader who prefers dark: auto stays light on a page that declares nothing, and turns dark where the page supports dark (color-scheme on the root, or the meta); system turns dark', async () => {
      if (!(await emulate({ colorScheme: 'dark' }))) {
        // Firefox and WebKit have no per-test way to prefer dark: the stylesheet rule that decides is checked instead.
        expect(cssText).to.match(/:host\(\[theme='system'\]\)\s*\{\s*color-scheme: light dark;/);
        return;
      }
      expect(luminance((await sandbox('auto')).host.backgroundColor)).to.be.above(0.9);
      expect(luminance((await sandbox('system')).host.backgroundColor)).to.be.below(0.05);
      document.documentElement.style.colorScheme = 'light dark';
      expect(luminance((await sandbox('auto')).host.backgroundColor)).to.be.below(0.05);
      document.documentElement.style.colorScheme = '';
      document.head.append(Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' }));
      expect(luminance((await sandbox('auto')).host.backgroundColor)).to.be.below(0.05);
    });
  });

  it('keeps readable palettes in browsers without light-dark() (Chrome before 123, Firefox before 120, Safari before 17.5)', async () => {
    // The fallback block's condition made true here, as it is in those browsers; it comes last, so it wins.
    const fallback = cssText.replace(/@supports not \(color: light-dark\([^)]*\)\)/, '@supports (color: red)');
    expect(fallback).not.to.equal(cssText);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(fallback.replaceAll('light-dark(', 'no-such-function('));
    for (const theme of ['light', 'dark', 'auto'] as const) {
      const host = await fixture<HTMLElement>(html`<div theme=${theme}></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      render(html`<a href="#top">link</a><article part="post"><span part="handle">@a</span></article>`, root);
      const { color, backgroundColor } = getComputedStyle(host);
      const surface = getComputedStyle(root.querySelector('article')!).backgroundColor;
      expect(luminance(backgroundColor), theme).to.be[theme === 'dark' ? 'below' : 'above'](theme === 'dark' ? 0.05 : 0.9);
      for (const text of [color, getComputedStyle(root.querySelector('a')!).color, getComputedStyle(root.querySelector('[part="handle"]')!).color]) {
        expect(contrast(text, backgroundColor), `${theme}: ${text} on ${backgroundColor}`).to.be.at.least(4.5);
        expect(contrast(text, surface), `${theme}: ${text} on ${surface}`).to.be.at.least(4.5);
      }
    }
  });

  describe('motion', () => {
    afterEach(() => emulate({ reducedMotion: 'no-preference' }));

    it('animates the loading skeleton by default', async () => {
      const { style } = await sandbox('light');
      expect(style('.skeleton').animationName).to.equal('shimmer');
    });

    it('keeps the loading skeleton still when the reader prefers reduced motion', async () => {
      if (await emulate({ reducedMotion: 'reduce' })) {
        const { style } = await sandbox('light');
        expect(style('.skeleton').animationName).to.equal('none');
        return;
      }
      // Firefox and WebKit have no per-test way to prefer reduced motion: the rule that does it is checked instead.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
      const reduce = [...sheet.cssRules].find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(rule.conditionText));
      const skeleton = [...(reduce?.cssRules ?? [])].find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.skeleton');
      expect(skeleton?.style.animationName).to.equal('none');
    });
  });

  describe('forced colors (Windows contrast themes)', () => {
    // Forced colors paint every background and border in the theme's colours: what only a background draws is lost.
    const block = (selector: string, css = richStyles.cssText) =>
      new RegExp(`(?:^|\\}|\\*/)\\s*${selector.replace(/[.[\]]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

    it('keeps the play marker’s own colours: its triangle and circle are two backgrounds', () => {
      expect(block('.play')).to.match(/forced-color-adjust:\s*none/);
    });

    it('outlines the "show sensitive media" button and the loading placeholder, whose shapes are otherwise only backgrounds', () => {
      expect(block("[part='reveal']")).to.match(/border:\s*1px solid transparent/);
      // An outline, not a border: the placeholder keeps the size the posts will take.
      expect(block('.skeleton', cssText)).to.match(/outline:\s*1px solid transparent/);
    });
  });

  it('sizes nothing in pixels but hairlines, so text enlarged to 200% is never clipped', () => {
    const absolute = [...cssText.matchAll(/([\d.]+)(px|pt|pc|cm|mm|in)\b/g)];
    expect(absolute.filter(([, size, unit]) => unit !== 'px' || Number(size) > 2).map(([length]) => length)).to.deep.equal([]);
  });
});
