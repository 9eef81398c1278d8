import { expect } from '@open-wc/testing';
import { browserParsers } from '../../src/source/parsers.js';
import { plainText } from '../../src/source/adapters/normalize.js';
import { htmlToTokens, MAX_HTML, replaceEmoji } from '../../src/format/html-text.js';
import { safeImageUrl, safeUrl } from '../../src/format/safe-url.js';
import type { TextToken } from '../../src/types.js';

const tokens = (html: string, baseUrl?: string) => htmlToTokens(html, browserParsers, baseUrl);
const text = (value: string): TextToken => ({ kind: 'text', text: value });

describe('htmlToTokens', () => {
  describe('Mastodon content', () => {
    it('shows a long link as Mastodon does, cut with "…", and links it to the full URL', () => {
      // The content of the Status entity example in Mastodon's documentation.
      const html =
        '<p>&quot;I lost my inheritance with one wrong digit on my sort code&quot;</p><p><a href="https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code" rel="nofollow noopener noreferrer" target="_blank"><span class="invisible">https://www.</span><span class="ellipsis">theguardian.com/money/2019/dec</span><span class="invisible">/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code</span></a></p>';
      expect(tokens(html)).to.deep.equal([
        text('"I lost my inheritance with one wrong digit on my sort code"\n\n'),
        {
          kind: 'url',
          text: 'theguardian.com/money/2019/dec…',
          href: 'https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code',
        },
      ]);
    });

    it('makes mentions and hashtags of their links, with the handle and tag without their sign', () => {
      const html =
        '<p><span class="h-card" translate="no"><a href="https://weirder.earth/@dzuk" class="u-url mention" rel="nofollow noopener noreferrer" target="_blank">@<span>dzuk</span></a></span> drew it, see <a href="https://awoo.space/tags/awoo" class="mention hashtag" rel="nofollow noopener noreferrer" target="_blank">#<span>awoo</span></a> and <a href="https://blog.example/tags/art" rel="tag">#art</a></p>';
      expect(tokens(html)).to.deep.equal([
        { kind: 'mention', text: '@dzuk', handle: 'dzuk', href: 'https://weirder.earth/@dzuk' },
        text(' drew it, see '),
        { kind: 'hashtag', text: '#awoo', tag: 'awoo', href: 'https://awoo.space/tags/awoo' },
        text(' and '),
        { kind: 'hashtag', text: '#art', tag: 'art', href: 'https://blog.example/tags/art' },
      ]);
    });

    it('keeps a WordPress-style rel="tag" link without "#" as a plain link', () => {
      expect(tokens('<a href="/category/news" rel="category tag">News</a>', 'https://blog.example/feed')).to.deep.equal([
        { kind: 'url', text: 'News', href: 'https://blog.example/category/news' },
      ]);
    });

    it('turns paragraphs into blank lines and <br> into line breaks, with no break at either end', () => {
      const html = '<p>xmpp/email: a@trwnh.com<br /><a href="https://trwnh.com"><span class="invisible">https://</span><span class="">trwnh.com</span><span class="invisible"></span></a><br />help me live</p><p>- my triggers are moths<br>- dm me</p>';
      const result = tokens(html);
      expect(plainText(result)).to.equal('xmpp/email: a@trwnh.com\ntrwnh.com\nhelp me live\n\n- my triggers are moths\n- dm me');
      expect(result[1]).to.deep.equal({ kind: 'url', text: 'trwnh.com', href: 'https://trwnh.com/' });
    });

    it('keeps a custom emoji image that has an alt text', () => {
      expect(tokens('<p>hi <img class="custom-emoji" src="/emoji/blobcat.png" alt=":blobcat:"> <img class="emoji" alt="😀" src="https://s.w.org/1f600.svg"></p>', 'https://social.example/')).to.deep.equal([
        text('hi '),
        { kind: 'emoji', text: ':blobcat:', url: 'https://social.example/emoji/blobcat.png' },
        text(' '),
        { kind: 'emoji', text: '😀', url: 'https://s.w.org/1f600.svg' },
      ]);
    });

    it('drops other images, and shows an emoji whose image is unsafe as its alt text', () => {
      expect(tokens('a <img src="photo.jpg" alt="A photo"> b <img class="emoji" src="javascript:x" alt=":x:">')).to.deep.equal([text('a b :x:')]);
    });
  });

  describe('RSS-style HTML', () => {
    it('reads headings, lists and quotes as paragraphs, and resolves relative links against the base URL', () => {
      const html = `
        <h2>Release   notes</h2>
        <p>What's new in <strong>1.2</strong>:</p>
        <ul>
          <li>Faster <em>startup</em></li>
          <li>See <a href="/docs/upgrade">the upgrade guide</a>.</li>
        </ul>
        <blockquote><p>It just works.</p></blockquote>`;
      expect(tokens(html, 'https://blog.example/feed.xml')).to.deep.equal([
        text("Release notes\n\nWhat's new in 1.2:\n\nFaster startup\n\nSee "),
        { kind: 'url', text: 'the upgrade guide', href: 'https://blog.example/docs/upgrade' },
        text('.\n\nIt just works.'),
      ]);
    });

    it('separates the items of nested lists', () => {
      const html = '<ul><li>Fruit<ul><li>Apples</li><li>Pears</li></ul></li><li>Vegetables<ol><li>Leeks</li></ol></li></ul>';
      expect(plainText(tokens(html))).to.equal('Fruit\n\nApples\n\nPears\n\nVegetables\n\nLeeks');
    });

    it('keeps the spaces and line breaks of <pre>', () => {
      expect(plainText(tokens('<p>Run:</p><pre>npm   install\n  --save</pre><p>then   done</p>'))).to.equal('Run:\n\nnpm   install\n  --save\n\nthen done');
    });

    it('collapses whitespace across elements as a browser renders it', () => {
      expect(plainText(tokens('  <p>  one <b> two </b>  three </p>\n\n<div> four<br>   five </div> '))).to.equal('one two three\n\nfour\nfive');
    });

    it('keeps a space around a link whose text has one inside', () => {
      expect(tokens('see<a href="https://a.example/"> here </a>now')).to.deep.equal([
        text('see '),
        { kind: 'url', text: 'here', href: 'https://a.example/' },
        text(' now'),
      ]);
    });

    it('decodes entities and keeps non-breaking spaces', () => {
      expect(tokens('Tom &amp; Jerry&nbsp;&mdash; &lt;b&gt; &#x1F600;')).to.deep.equal([text('Tom & Jerry\u00a0— <b> 😀')]);
    });

    it('shows mailto links and makes nothing of an empty fragment', () => {
      expect(tokens('<a href="mailto:me@blog.example">write</a>')).to.deep.equal([{ kind: 'url', text: 'write', href: 'mailto:me@blog.example' }]);
      expect(tokens('')).to.deep.equal([]);
      expect(tokens('<p> </p><br><p></p>')).to.deep.equal([]);
    });
  });

  describe('hostile HTML', () => {
    const HOSTILE: [string, string][] = [
      ['<script>alert(1)</script>safe', 'safe'],
      ['<img src=x onerror="alert(1)">after', 'after'],
      ['<a href="javascript:alert(1)">click me</a>', 'click me'],
      ['<a href="  javascript:alert(1)">spaced</a>', 'spaced'],
      ['<a href="java\tscript:alert(1)">tabbed</a>', 'tabbed'],
      ['<a href="&#106;avascript&#58;alert(1)">encoded</a>', 'encoded'],
      ['<a href="JaVaScRiPt:alert(1)">cased</a>', 'cased'],
      ['<a href="data:text/html,<script>alert(1)</script>">data</a>', 'data'],
      ['<a href="vbscript:msgbox(1)">vb</a>', 'vb'],
      ['<svg onload="alert(1)"><a href="javascript:alert(1)"><text>svg text</text></a></svg>', 'svg text'],
      ['<iframe src="https://evil.example/" srcdoc="<script>alert(1)</script>">inside</iframe>framed', 'framed'],
      ['<style>body { display: none }</style>styled', 'styled'],
      ['<meta http-equiv="refresh" content="0;url=https://evil.example/">meta', 'meta'],
      ['<!-- <a href="https://hidden.example/">hidden</a> -->visible', 'visible'],
      ['<form action="https://evil.example/"><input value="x"><button>Send</button></form>', 'Send'],
      ['<template><a href="https://t.example/">tpl</a></template>shown', 'shown'],
      ['shown<noscript><img src=x onerror=alert(1)>ns</noscript>', 'shown'],
      ['<object data="evil.swf">obj</object><embed src="evil.swf">shown', 'shown'],
      ['<math><mi xlink:href="javascript:alert(1)">math</mi></math>', 'math'],
      ['<div onclick="alert(1)" style="background:url(javascript:alert(1))">div</div>', 'div'],
      ['<a href="https://ok.example/" onclick="alert(1)">ok</a>', 'ok'],
      ['<img class="emoji" src="data:image/svg+xml,<svg onload=alert(1)>" alt=":evil:">', ':evil:'],
    ];

    for (const [html, shown] of HOSTILE) {
      it(`makes only safe tokens of ${html}`, () => {
        const result = tokens(html, 'https://blog.example/');
        expect(plainText(result)).to.equal(shown);
        for (const token of result) {
          if (token.kind === 'url' || token.kind === 'mention' || token.kind === 'hashtag') {
            expect(safeUrl(token.href), token.href).to.equal(token.href);
          }
          if (token.kind === 'emoji') expect(safeImageUrl(token.url), token.url).to.equal(token.url);
        }
        expect(JSON.stringify(result)).not.to.match(/javascript|data:|vbscript|alert/i);
      });
    }

    it('keeps the text of an unsafe mention or hashtag without making it a link', () => {
      expect(tokens('<a class="u-url mention" href="javascript:x">@eve</a> <a class="mention hashtag" href="data:,x">#tag</a>')).to.deep.equal([text('@eve #tag')]);
    });
  });
});

describe('replaceEmoji', () => {
  const blobcat = { shortcode: 'blobcat', url: 'https://files.example/blobcat.png' };
  const verified = { shortcode: 'verified', url: 'https://files.example/verified.png' };

  it('splits the known :shortcode:s of text tokens into emoji tokens', () => {
    expect(replaceEmoji([text('Eugen :blobcat::verified: and :unknown:')], [blobcat, verified])).to.deep.equal([
      text('Eugen '),
      { kind: 'emoji', text: ':blobcat:', url: blobcat.url },
      { kind: 'emoji', text: ':verified:', url: verified.url },
      text(' and :unknown:'),
    ]);
  });

  it('finds a shortcode right after a colon that starts no emoji', () => {
    expect(replaceEmoji([text('time:12:blobcat:')], [blobcat])).to.deep.equal([
      text('time:12'),
      { kind: 'emoji', text: ':blobcat:', url: blobcat.url },
    ]);
  });

  it('leaves links and texts without a known shortcode as they are', () => {
    const input: TextToken[] = [{ kind: 'url', text: 'a.example/:blobcat:', href: 'https://a.example/:blobcat:' }, text('no emoji: here')];
    expect(replaceEmoji(input, [blobcat])).to.deep.equal(input);
    expect(replaceEmoji(input, [])).to.equal(input);
  });
});

describe('htmlToTokens on hostile input', () => {
  /** Reads `html`, failing when it takes more than a second (generous on a noisy machine). */
  const timed = (html: string) => {
    const started = performance.now();
    const result = tokens(html);
    expect(performance.now() - started, `${html.slice(0, 20)}…`).to.be.below(1000);
    return result;
  };

  it('trims the end of a long preformatted run of spaces before a line break in linear time', () => {
    expect(timed(`<pre>x${' '.repeat(15_000)}</pre><br>y`)).to.deep.equal([text('x\n\ny')]);
    expect(timed(`<pre>${' '.repeat(15_000)}x</pre><br>y`)).to.deep.equal([text('x\n\ny')]);
    expect(timed(`<pre>x${' \n'.repeat(7_000)}</pre><br>y`)).to.deep.equal([text('x\n\ny')]);
  });

  it('reads 100,000 line breaks in linear time, never more than one blank line in a row', () => {
    const [only] = timed(`<p>x${'<br>'.repeat(100_000)}y</p>`);
    expect(only.text).to.match(/^x\n\n/);
    expect(only.text).not.to.match(/\n{3}/);
  });

  it('reads 100,000 words in their own elements in linear time', () => {
    expect(timed('<b>word</b> '.repeat(100_000))[0].text).to.match(/^word word word/);
  });

  it(`parses no more than ${MAX_HTML} characters of one field, the cut marked with "…"`, () => {
    expect(timed('<div>'.repeat(100_000))).to.deep.equal([text('…')]);
    const long = timed(`<p>${'Bonjour. '.repeat(10_000)}</p>`);
    expect(long[0].text.length).to.be.at.most(MAX_HTML);
    expect(long[0].text.endsWith('…')).to.equal(true);
  });

  it('reads a link with deeply nested markup in linear time', () => {
    const [link] = timed(`<a href="https://a.example/">${'<span>'.repeat(2000)}label${'</span>'.repeat(2000)}</a>`);
    expect(link).to.deep.equal({ kind: 'url', text: 'label', href: 'https://a.example/' });
  });
});
