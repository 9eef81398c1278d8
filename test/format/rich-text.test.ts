import { expect } from '@open-wc/testing';
import { shortenUrl, tokenize } from '../../src/format/rich-text.js';
import type { TextToken } from '../../src/format/rich-text.js';

const text = (value: string): TextToken => ({ kind: 'text', text: value });
const url = (value: string, href: string): TextToken => ({ kind: 'url', text: value, href });
const mention = (handle: string): TextToken => ({ kind: 'mention', text: `@${handle}`, handle });
const hashtag = (tag: string): TextToken => ({ kind: 'hashtag', text: `#${tag}`, tag });

/** The tokens other than text, as `kind:value` strings, for compact expectations. */
const links = (input: string) =>
  tokenize(input)
    .filter((token) => token.kind !== 'text')
    .map((token) => `${token.kind}:${token.text}`);

// The six tweets of the reference page's sidebar, verbatim.
const REFERENCE_TWEETS = [
  'Etats-Unis : elle a voté pour Trump, son mari mexicain sans papiers va être expulsé https://t.co/8oiFG0JBSe via @LeParisienMonde',
  'Wow... worth reading ! https://t.co/vhSvMM7que',
  "#Fillon sur écoute ? Bien oui, y'a des millions de français qui attendent qu'il dise quelque chose de censé depuis des mois !",
  "Non, #Fillon n'est pas mis en cause par la presse mais par des juges, la presse ne se contentant de relayer",
  "Ce que l'on ne sait pas, par contre, c'est si #Fillon fait aussi de beaux cadeaux à ses amis #costumes #montres #quandonaimeonnecomptepas",
  'RT @NatachaQS: Sur les réseaux, on fait davantage confiance à la personne qui partage qu’à la source de l’information https://t.co/QtPUjMDb…',
];

describe('tokenize', () => {
  describe('the reference tweets', () => {
    it('finds the retweeted author and the truncated link, leaving the "…" as text', () => {
      expect(tokenize(REFERENCE_TWEETS[5]!)).to.deep.equal([
        text('RT '),
        mention('NatachaQS'),
        text(': Sur les réseaux, on fait davantage confiance à la personne qui partage qu’à la source de l’information '),
        url('https://t.co/QtPUjMDb', 'https://t.co/QtPUjMDb'),
        text('…'),
      ]);
    });

    it('finds every hashtag of the #Fillon tweet, the long French one included', () => {
      expect(tokenize(REFERENCE_TWEETS[4]!)).to.deep.equal([
        text("Ce que l'on ne sait pas, par contre, c'est si "),
        hashtag('Fillon'),
        text(' fait aussi de beaux cadeaux à ses amis '),
        hashtag('costumes'),
        text(' '),
        hashtag('montres'),
        text(' '),
        hashtag('quandonaimeonnecomptepas'),
      ]);
    });

    it('finds a link followed by a "via @mention"', () => {
      expect(links(REFERENCE_TWEETS[0]!)).to.deep.equal(['url:https://t.co/8oiFG0JBSe', 'mention:@LeParisienMonde']);
    });

    it('finds a hashtag opening a tweet and a link closing one', () => {
      expect(links(REFERENCE_TWEETS[2]!)).to.deep.equal(['hashtag:#Fillon']);
      expect(links(REFERENCE_TWEETS[1]!)).to.deep.equal(['url:https://t.co/vhSvMM7que']);
    });

    it('turns the comment signature "www.1min30.com" into an https link', () => {
      expect(tokenize('Gabriel Dabi-Schwebel\nwww.1min30.com')).to.deep.equal([
        text('Gabriel Dabi-Schwebel\n'),
        url('www.1min30.com', 'https://www.1min30.com/'),
      ]);
    });
  });

  describe('URLs', () => {
    it('keeps sentence punctuation after a URL out of it', () => {
      for (const mark of ['.', ',', ';', ':', '!', '?', "'", '"', '»', '”', '’', '…', '...', '?!', '.»']) {
        expect(tokenize(`Voir https://example.com/page${mark} merci`), mark).to.deep.equal([
          text('Voir '),
          url('https://example.com/page', 'https://example.com/page'),
          text(`${mark} merci`),
        ]);
      }
    });

    it('keeps query strings, fragments and inner punctuation', () => {
      expect(links('Lire http://www.1min30.com/outbound-marketing/agence-de-social-marketing-operationnel.')).to.deep.equal([
        'url:http://www.1min30.com/outbound-marketing/agence-de-social-marketing-operationnel',
      ]);
      expect(links('https://example.com/a.b/c?x=1&y=2,3#top, ok')).to.deep.equal([
        'url:https://example.com/a.b/c?x=1&y=2,3#top',
      ]);
    });

    it('keeps balanced parentheses (Wikipedia) and drops an unbalanced closing one', () => {
      expect(links('Voir https://en.wikipedia.org/wiki/Lit_(software).')).to.deep.equal([
        'url:https://en.wikipedia.org/wiki/Lit_(software)',
      ]);
      expect(links('(voir https://en.wikipedia.org/wiki/Lit_(software))')).to.deep.equal([
        'url:https://en.wikipedia.org/wiki/Lit_(software)',
      ]);
      expect(tokenize('(https://example.com/a)')).to.deep.equal([
        text('('),
        url('https://example.com/a', 'https://example.com/a'),
        text(')'),
      ]);
    });

    it('trims a URL followed by 50,000 closing parentheses in linear time, keeping every one as text', () => {
      const input = `see http://a.example/${')'.repeat(50_000)}`;
      const started = performance.now();
      const tokens = tokenize(input);
      // Generous on a noisy machine: counting the parentheses again at each one took 12 s here.
      expect(performance.now() - started).to.be.below(1000);
      expect(tokens.slice(0, 2)).to.deep.equal([text('see '), url('http://a.example/', 'http://a.example/')]);
      expect(tokens.map((token) => token.text).join('')).to.equal(input);
    });

    it('drops closing parentheses and punctuation in any order, keeping the balanced ones', () => {
      expect(links('(see https://example.com/a_(b)).)')).to.deep.equal(['url:https://example.com/a_(b)']);
      expect(links('https://example.com/a).!?')).to.deep.equal(['url:https://example.com/a']);
    });

    it('keeps accents in the text and percent-encodes them in the href', () => {
      expect(tokenize('https://fr.wikipedia.org/wiki/Élection_présidentielle_française_de_2017 !')).to.deep.equal([
        url(
          'https://fr.wikipedia.org/wiki/Élection_présidentielle_française_de_2017',
          'https://fr.wikipedia.org/wiki/%C3%89lection_pr%C3%A9sidentielle_fran%C3%A7aise_de_2017',
        ),
        text(' !'),
      ]);
    });

    it('accepts international domain names', () => {
      expect(tokenize('https://bücher.example/été')).to.deep.equal([
        url('https://bücher.example/été', 'https://xn--bcher-kva.example/%C3%A9t%C3%A9'),
      ]);
    });

    it('ends a URL at an emoji and finds one right after an emoji', () => {
      expect(tokenize('🔥https://example.com/a🔥🔥')).to.deep.equal([
        text('🔥'),
        url('https://example.com/a', 'https://example.com/a'),
        text('🔥🔥'),
      ]);
      expect(links('Lisez ça 👉 www.example.com/article ❤️')).to.deep.equal(['url:www.example.com/article']);
    });

    it('finds a URL glued to Japanese text, as Twitter does', () => {
      expect(links('詳しくはこちらhttps://example.jp/記事')).to.deep.equal(['url:https://example.jp/記事']);
    });

    it('ends a URL at whitespace, quotes and angle brackets', () => {
      expect(links('<a href="https://example.com/x">lien</a>')).to.deep.equal(['url:https://example.com/x']);
      expect(links('«https://example.com/x»')).to.deep.equal(['url:https://example.com/x']);
      expect(links('https://a.example\thttps://b.example\nhttps://c.example')).to.deep.equal([
        'url:https://a.example',
        'url:https://b.example',
        'url:https://c.example',
      ]);
    });

    it('accepts capitals in the scheme and www', () => {
      expect(tokenize('HTTPS://EXAMPLE.COM/A')).to.deep.equal([url('HTTPS://EXAMPLE.COM/A', 'https://example.com/A')]);
      expect(tokenize('WWW.Example.com')).to.deep.equal([url('WWW.Example.com', 'https://www.example.com/')]);
    });

    it('leaves bare schemes, "www." alone and unparsable URLs as text', () => {
      for (const input of ['https://', 'http://.', 'www.', 'www..', 'https://exa%mple.com', 'www.example.com:99999']) {
        expect(tokenize(input), input).to.deep.equal([text(input)]);
      }
    });

    it('does not find www. inside a word, a domain or an e-mail address', () => {
      for (const input of ['awww.cute', 'mail.www.example.com', 'contact@www.example.com']) {
        expect(links(input), input).to.deep.equal([]);
      }
    });

    it('never makes a javascript:, data: or vbscript: link', () => {
      for (const input of [
        'javascript:alert(1)',
        'click javascript:alert(document.cookie) now',
        'JaVaScRiPt:alert(1)',
        'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        'vbscript:msgbox(1)',
        'www.javascript:alert(1)',
      ]) {
        expect(tokenize(input), input).to.deep.equal([text(input)]);
      }
      const tokens = tokenize('javascript:alert("https://example.com")');
      for (const token of tokens) if (token.kind === 'url') expect(token.href).to.match(/^https:\/\//);
    });
  });

  describe('mentions', () => {
    it('finds Twitter, Mastodon and Bluesky handles', () => {
      expect(tokenize('@cginisty, @natacha@mastodon.social et @jay.bsky.team.')).to.deep.equal([
        mention('cginisty'),
        text(', '),
        mention('natacha@mastodon.social'),
        text(' et '),
        mention('jay.bsky.team'),
        text('.'),
      ]);
    });

    it('keeps underscores and inner hyphens, not a trailing hyphen', () => {
      expect(links('@le_monde @my-name.bsky.social- ok')).to.deep.equal([
        'mention:@le_monde',
        'mention:@my-name.bsky.social',
      ]);
    });

    it('leaves e-mail addresses as text', () => {
      for (const input of ['a@b.com', 'Écrivez à christophe.ginisty@example.fr.', 'josé@example.fr', 'x_1@host']) {
        expect(tokenize(input), input).to.deep.equal([text(input)]);
      }
    });

    it('finds mentions after punctuation and emoji, and ends them at an emoji', () => {
      expect(links('(@a) "@b" 🎉@c @d🎉 RT:@e')).to.deep.equal([
        'mention:@a',
        'mention:@b',
        'mention:@c',
        'mention:@d',
        'mention:@e',
      ]);
    });

    it('leaves a lone @ as text', () => {
      expect(tokenize('rendez-vous @ 18h @ la gare')).to.deep.equal([text('rendez-vous @ 18h @ la gare')]);
    });
  });

  describe('hashtags', () => {
    it('keeps accents, precomposed or combining', () => {
      expect(links('#écoute #e\u0301coute #Ça_va #Москва #東京')).to.deep.equal([
        'hashtag:#écoute',
        'hashtag:#e\u0301coute',
        'hashtag:#Ça_va',
        'hashtag:#Москва',
        'hashtag:#東京',
      ]);
    });

    it('needs at least one letter', () => {
      expect(tokenize('Le #1 des ventes, #2017 et #_')).to.deep.equal([text('Le #1 des ventes, #2017 et #_')]);
      expect(links('#2017présidentielle #G20')).to.deep.equal(['hashtag:#2017présidentielle', 'hashtag:#G20']);
    });

    it('leaves HTML entities and hashes glued to a word as text', () => {
      for (const input of ['l&#39;information', 'l&#x27;info', 'C#', 'page.html#section', 'a#b']) {
        expect(tokenize(input), input).to.deep.equal([text(input)]);
      }
    });

    it('finds hashtags next to emoji and punctuation, and ends them at an emoji', () => {
      expect(tokenize('🇫🇷#Fillon🔥, (#costumes)')).to.deep.equal([
        text('🇫🇷'),
        hashtag('Fillon'),
        text('🔥, ('),
        hashtag('costumes'),
        text(')'),
      ]);
    });

    it('leaves the keycap emoji #️⃣ as text', () => {
      expect(tokenize('#️⃣ et #️⃣abc')).to.deep.equal([text('#️⃣ et #️⃣abc')]);
    });
  });

  it('keeps HTML-looking text as plain text tokens', () => {
    for (const input of [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '<a href=javascript:alert(1)>clic</a>',
      '&lt;b&gt;gras&lt;/b&gt;',
    ]) {
      expect(tokenize(input), input).to.deep.equal([text(input)]);
    }
  });

  it('returns no tokens for an empty text and one text token for plain text', () => {
    expect(tokenize('')).to.deep.equal([]);
    expect(tokenize('Professionnel de la communication, optimiste exigeant et idéaliste compulsif…')).to.deep.equal([
      text('Professionnel de la communication, optimiste exigeant et idéaliste compulsif…'),
    ]);
  });

  it('never returns two text tokens in a row nor an empty one', () => {
    const tokens = tokenize('a@b.com #123 &#39; x https:// @ #️⃣ @ok fin');
    expect(tokens).to.deep.equal([text('a@b.com #123 &#39; x https:// @ #️⃣ '), mention('ok'), text(' fin')]);
  });

  it('gives back the exact input when the token texts are joined', () => {
    const fragments = [
      ...REFERENCE_TWEETS,
      'https://t.co/QtPUjMDb…',
      'www.1min30.com',
      '(https://en.wikipedia.org/wiki/Lit_(software))',
      'https://fr.wikipedia.org/wiki/Café.',
      '@natacha@mastodon.social',
      '@jay.bsky.team.',
      'a@b.com',
      '#écoute',
      '#123',
      '&#39;',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '🔥',
      '👨‍👩‍👧',
      '❤️',
      '#️⃣',
      '…',
      '»',
      ')',
      '(',
      '.',
      '@',
      '#',
      'www.',
      'https://',
      '\n',
      ' ',
      '\u0000',
      '\ud83d',
    ];
    // A small deterministic generator, so a failure is reproducible.
    let seed = 2017;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let run = 0; run < 500; run++) {
      const parts = Array.from({ length: 1 + next(8) }, () => fragments[next(fragments.length)]!);
      const input = parts.join(['', ' ', ''][next(3)]);
      const tokens = tokenize(input);
      expect(tokens.map((token) => token.text).join(''), input).to.equal(input);
      tokens.forEach((token, i) => {
        expect(token.text, input).not.to.equal('');
        if (token.kind === 'text') expect(tokens[i + 1]?.kind, input).not.to.equal('text');
        if (token.kind === 'url') expect(token.href, input).to.match(/^https?:\/\//);
      });
    }
  });
});

describe('shortenUrl', () => {
  it('drops the scheme, a leading www. and the final slash', () => {
    expect(shortenUrl('https://www.1min30.com/')).to.equal('1min30.com');
    expect(shortenUrl('http://t.co/8oiFG0JBSe')).to.equal('t.co/8oiFG0JBSe');
    expect(shortenUrl('https://example.com/a/b/')).to.equal('example.com/a/b');
    expect(shortenUrl('mailto:contact@example.fr')).to.equal('contact@example.fr');
  });

  it('keeps a www. that is not at the start', () => {
    expect(shortenUrl('https://example.com/www.x')).to.equal('example.com/www.x');
  });

  it('cuts long URLs to 32 characters ending in …', () => {
    const short = shortenUrl('http://www.1min30.com/outbound-marketing/agence-de-social-marketing-operationnel');
    expect(short).to.equal('1min30.com/outbound-marketing/a…');
    expect([...short]).to.have.length(32);
  });

  it('leaves URLs of exactly max characters whole and takes another max', () => {
    expect(shortenUrl('https://example.com/abcdefghijkl')).to.equal('example.com/abcdefghijkl');
    expect(shortenUrl('https://example.com/abcdefghijkl', 10)).to.equal('example.c…');
  });

  it('shows percent-encoded accents decoded, and malformed escapes as they are', () => {
    expect(shortenUrl('https://fr.wikipedia.org/wiki/Caf%C3%A9')).to.equal('fr.wikipedia.org/wiki/Café');
    expect(shortenUrl('https://example.com/100%')).to.equal('example.com/100%');
  });

  it('counts emoji as one character and never splits one', () => {
    expect(shortenUrl('https://example.com/🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥', 16)).to.equal('example.com/🔥🔥🔥…');
  });
});
