import { expect } from '@open-wc/testing';
import { browserParsers } from '../../../src/source/parsers.js';
import { detectMastodon } from '../../../src/source/adapters/detect.js';
import { adaptMastodon } from '../../../src/source/adapters/mastodon.js';
import { isNativeFeed } from '../../../src/source/adapters/native.js';
import { FeedError } from '../../../src/errors.js';
import type { Post, TextToken } from '../../../src/types.js';
import { account, remoteAccount } from '../../fixtures/mastodon/account.js';
import { malformedWholes, profileWithBrokenStatuses } from '../../fixtures/mastodon/malformed.js';
import { richStatuses } from '../../fixtures/mastodon/rich-statuses.js';
import { profile, statuses } from '../../fixtures/mastodon/statuses.js';

const CONTEXT = { baseUrl: 'https://social.example/@camille', ...browserParsers };
const text = (value: string): TextToken => ({ kind: 'text', text: value });

function post(id: string, input: unknown = profile()): Post {
  const found = adaptMastodon(input, CONTEXT).posts.find((item) => item.id === id);
  if (!found) throw new Error(`no post ${id}`);
  return found;
}

describe('Mastodon adapter', () => {
  describe('the author', () => {
    it('shows the display name with its custom emoji, the full handle, profile page and avatar', () => {
      const { author } = adaptMastodon(profile(), CONTEXT);
      // The name as a screen reader should say it; nameContent shows the emoji.
      expect(author.name).to.equal('Camille Durand');
      expect(author.nameContent).to.deep.equal([
        text('Camille Durand '),
        { kind: 'emoji', text: ':verified:', url: 'https://files.social.example/custom_emojis/images/000/012/345/original/verified.png' },
      ]);
      expect(author.handle).to.equal('@camille@social.example');
      expect(author.url).to.equal('https://social.example/@camille');
      expect(author.avatar).to.equal('https://files.social.example/accounts/avatars/109/412/345/678/901/234/original/4b1f2a.png');
    });

    it('reads the bio from the note, keeping its hashtag, link and mention', () => {
      const { author } = adaptMastodon(profile(), CONTEXT);
      expect(author.bio).to.equal(
        "Communicante, optimiste exigeante. J'écris sur #communication et les réseaux.\n\nBlog : camille.example/blog\nAvatar par @dessin",
      );
      expect(author.bioContent?.filter((token) => token.kind !== 'text')).to.deep.equal([
        { kind: 'hashtag', text: '#communication', tag: 'communication', href: 'https://social.example/tags/communication' },
        { kind: 'url', text: 'camille.example/blog', href: 'https://camille.example/blog' },
        { kind: 'mention', text: '@dessin', handle: 'dessin', href: 'https://piaille.example/@dessin' },
      ]);
    });

    it('keeps a remote handle as it is, and a name without emoji as plain text', () => {
      const remote = { ...account(), acct: 'camille@camille.example', display_name: 'Camille', emojis: [] };
      const { author } = adaptMastodon({ account: remote, statuses: [] }, CONTEXT);
      expect(author.handle).to.equal('@camille@camille.example');
      expect(author.nameContent).to.equal(undefined);
    });

    it('falls back to the username when the display name is empty', () => {
      const { author } = adaptMastodon({ account: { ...account(), display_name: '' }, statuses: [] }, CONTEXT);
      expect(author.name).to.equal('camille');
    });
  });

  describe('the links', () => {
    it('lists the profile fields holding a link, verified ones marked, the network guessed from the host', () => {
      expect(adaptMastodon(profile(), CONTEXT).links).to.deep.equal([
        { network: 'website', label: 'Blog', url: 'https://camille.example/blog', verified: true },
        { network: 'github', label: 'GitHub', url: 'https://github.com/camille-durand', verified: false },
        { network: 'bluesky', label: 'Bluesky', url: 'https://bsky.app/profile/camille.example', verified: false },
        { network: 'youtube', label: 'Vidéos', url: 'https://www.youtube.com/@camilledurand', verified: false },
        { network: 'mastodon', label: 'Ailleurs', url: 'https://piaille.example/@camille', verified: false },
      ]);
    });
  });

  describe('the posts', () => {
    it('lists the statuses newest first, marking the pinned ones once each', () => {
      const posts = adaptMastodon(profile(), CONTEXT).posts;
      expect(posts.map((item) => item.id)).to.deep.equal([
        '112400000000000009',
        '112400000000000008',
        '112400000000000007',
        '112400000000000006',
        '112400000000000005',
        '112400000000000004',
        '112400000000000003',
        '112400000000000002',
        '112300000000000001',
      ]);
      expect(posts.filter((item) => item.pinned).map((item) => item.id)).to.deep.equal(['112400000000000008', '112300000000000001']);
    });

    it('gives a plain status its text, permalink, date and language', () => {
      const plain = post('112400000000000009');
      expect(plain.text).to.equal('Bonjour tout le monde ! Nouvel article ce matin.');
      expect(plain.content).to.deep.equal([text('Bonjour tout le monde ! Nouvel article ce matin.')]);
      expect(plain.url).to.equal('https://social.example/@camille/112400000000000009');
      expect(plain.published?.toISOString()).to.equal('2024-05-02T08:30:00.000Z');
      expect(plain.lang).to.equal('fr');
      expect(plain.media).to.deep.equal([]);
      expect(plain.reply).to.equal(false);
      expect(plain.spoiler).to.equal(undefined);
      expect(plain.repostOf).to.equal(undefined);
    });

    it('links mentions and hashtags where Mastodon does, and shows a long link cut as Mastodon shows it', () => {
      expect(post('112400000000000008').content).to.deep.equal([
        text('Merci '),
        { kind: 'mention', text: '@natacha', handle: 'natacha', href: 'https://piaille.example/@natacha' },
        text(' pour ce fil sur '),
        { kind: 'hashtag', text: '#communication', tag: 'communication', href: 'https://social.example/tags/communication' },
        text(' : '),
        {
          kind: 'url',
          text: 'camille.example/blog/2024/05/0…',
          href: 'https://camille.example/blog/2024/05/01/la-confiance-sur-les-reseaux-sociaux',
        },
      ]);
    });

    it('shows a boost as the boosted status, under the boost id and date, naming its author', () => {
      const boost = post('112400000000000007');
      expect(boost.text).to.equal('Sur les réseaux, on fait davantage confiance à la personne qui partage qu’à la source de l’information.');
      expect(boost.url).to.equal('https://piaille.example/@natacha/112399000000000001');
      expect(boost.published?.toISOString()).to.equal('2024-05-01T18:09:00.000Z');
      expect(boost.lang).to.equal('fr');
      expect(boost.repostOf).to.deep.equal({
        name: 'Natacha',
        handle: '@natacha@piaille.example',
        url: 'https://piaille.example/@natacha',
        avatar: 'https://files.social.example/cache/accounts/avatars/108/765/432/109/876/543/original/7e2c1f.jpg',
      });
    });

    it('reads each attachment by type: an image, a GIF as a looping video with its still, a sound with its duration', () => {
      expect(post('112400000000000006').media).to.deep.equal([
        {
          url: 'https://files.social.example/media_attachments/files/112/400/000/000/000/100/original/a1b2c3.png',
          alt: 'Un graphique : les abonnés doublent entre janvier et avril.',
          width: 1200,
          height: 675,
        },
        {
          url: 'https://files.social.example/media_attachments/files/112/400/000/000/000/101/original/d4e5f6.mp4',
          alt: '',
          kind: 'gifv',
          preview: 'https://files.social.example/media_attachments/files/112/400/000/000/000/101/small/d4e5f6.png',
          duration: 1.11,
          width: 600,
          height: 332,
        },
        {
          url: 'https://files.social.example/media_attachments/files/112/400/000/000/000/102/original/g7h8i9.mp3',
          alt: '',
          kind: 'audio',
          duration: 402.860408,
        },
      ]);
    });

    it('skips attachments of unknown type, whose file the widget cannot show', () => {
      const [status] = statuses();
      const unknown = { id: '1', type: 'unknown', url: 'https://files.example/a.bin', preview_url: null, description: null };
      expect(post(status.id, [{ ...status, media_attachments: [unknown] }]).media).to.deep.equal([]);
    });

    it('takes the small size when the original one is unknown', () => {
      const withMedia = statuses()[3] as unknown as { id: string; media_attachments: Record<string, unknown>[] };
      withMedia.media_attachments = [{ ...withMedia.media_attachments[0], meta: { small: { width: 640, height: 360 } } }];
      const [media] = post(withMedia.id, [withMedia]).media;
      expect([media?.width, media?.height]).to.deep.equal([640, 360]);
    });

    it('keeps the content warning to collapse the post behind', () => {
      expect(post('112400000000000005').spoiler).to.equal('Série : fin de saison');
    });

    it('marks replies', () => {
      expect(post('112400000000000004').reply).to.equal(true);
    });

    it('keeps the language of a right-to-left post', () => {
      const arabic = post('112400000000000003');
      expect(arabic.lang).to.equal('ar');
      expect(arabic.text).to.equal('مرحبا بالعالم! هذا منشور باللغة العربية.');
    });

    it('shows the custom emoji of a status', () => {
      expect(post('112400000000000002').content).to.deep.equal([
        text('Café du matin '),
        {
          kind: 'emoji',
          text: ':blobcat_coffee:',
          url: 'https://files.social.example/custom_emojis/images/000/054/321/original/blobcat_coffee.png',
        },
      ]);
    });
  });

  describe('rich posts', () => {
    const rich = (id: string) => post(id, richStatuses());

    it('reads a video with its still, size and duration, and keeps its media hidden when marked sensitive', () => {
      const video = rich('112500000000000006');
      expect(video.media).to.deep.equal([
        {
          url: 'https://files.social.example/media_attachments/files/112/500/000/000/000/100/original/5c1d2e.mp4',
          alt: 'Une salle de conférence, la caméra passe sur le public.',
          kind: 'video',
          preview: 'https://files.social.example/media_attachments/files/112/500/000/000/000/100/small/5c1d2e.png',
          duration: 88.654,
          width: 1280,
          height: 720,
        },
      ]);
      expect(video.sensitive).to.equal(true);
      // Without a content warning there is no spoiler: only the media wait behind the button.
      expect(video.spoiler).to.equal(undefined);
    });

    it('does not mark a status without media sensitive: its content warning already folds it', () => {
      expect(post('112400000000000005').sensitive).to.equal(undefined);
    });

    it('reads replies, boosts and favourites as counts', () => {
      expect(rich('112500000000000006').counts).to.deep.equal({ replies: 3, reposts: 12, likes: 1204 });
    });

    it('reads an open poll: options with their votes, the total, when it closes', () => {
      expect(rich('112500000000000005').poll).to.deep.equal({
        options: [
          { title: 'Le matin', votes: 6 },
          { title: 'Le soir', votes: 4 },
        ],
        votes: 10,
        closesAt: new Date('2024-06-09T16:00:00.000Z'),
      });
    });

    it('counts voters, not votes, as the total of a multiple-choice poll, and marks a poll that closed', () => {
      const { poll } = rich('112500000000000004');
      expect(poll?.votes).to.equal(5);
      expect(poll?.closed).to.equal(true);
      expect(poll?.options.map((option) => option.votes)).to.deep.equal([5, 3, 1]);
    });

    it('reads a preview card with its title, description and described image', () => {
      expect(rich('112500000000000003').card).to.deep.equal({
        url: 'https://news.example/2024/05/confiance',
        title: 'Pourquoi la confiance se gagne en petits gestes',
        description: 'Une enquête sur ce qui fait qu’on croit une source.',
        image: {
          url: 'https://files.social.example/cache/preview_cards/images/001/234/567/original/9f8e7d.jpg',
          alt: 'Deux mains qui se serrent.',
          width: 640,
          height: 336,
        },
      });
    });

    it('takes a boost’s card from the boosted status, without the image and description it lacks', () => {
      expect(rich('112500000000000002').card).to.deep.equal({ url: 'https://rapport.example/2024', title: 'Rapport 2024' });
    });

    it('shows a quoted status in place of the "RE:" paragraph Mastodon adds for apps without quotes', () => {
      const quoting = rich('112500000000000007');
      expect(quoting.text).to.equal('Tout est dit.');
      const { content, ...quote } = quoting.quote!;
      expect(quote).to.deep.equal({
        url: 'https://piaille.example/@natacha/112498000000000001',
        text: 'La confiance se construit avant la crise.',
        published: new Date('2024-05-29T07:00:00.000Z'),
        author: { name: 'Natacha', handle: '@natacha@piaille.example', url: 'https://piaille.example/@natacha', avatar: remoteAccount().avatar },
        media: [],
      });
      expect(content).to.deep.equal([{ kind: 'text', text: 'La confiance se construit avant la crise.' }]);
    });

    it('keeps the "RE:" link of a quote not accepted or gone, shows a quoted warning alone, and hides quoted media marked sensitive', () => {
      const [quoting, video] = richStatuses();
      const quoteOf = (quote: unknown) => adaptMastodon([{ ...quoting, quote }], CONTEXT).posts[0];
      const accepted = (quoting as unknown as { quote: { state: string; quoted_status: Record<string, unknown> } }).quote;
      for (const quote of [{ state: 'pending', quoted_status: null }, { ...accepted, state: 'revoked' }, { state: 'deleted', quoted_status: null }, null]) {
        const shown = quoteOf(quote);
        expect(shown.quote, JSON.stringify(quote)).to.equal(undefined);
        expect(shown.text).to.equal('RE: piaille.example/@natacha/11249…\n\nTout est dit.');
      }
      const warned = quoteOf({ ...accepted, quoted_status: { ...accepted.quoted_status, spoiler_text: 'Politique', media_attachments: video.media_attachments } });
      expect([warned.quote!.text, warned.quote!.media, warned.sensitive]).to.deep.equal(['Politique', [], undefined]);
      const sensitive = quoteOf({ ...accepted, quoted_status: { ...accepted.quoted_status, sensitive: true, media_attachments: video.media_attachments } });
      expect([sensitive.quote!.media.length, sensitive.sensitive]).to.deep.equal([1, true]);
      // One level only: a quoted status's own quote keeps its "RE:" link, as Mastodon's apps show it.
      const nested = quoteOf({ ...accepted, quoted_status: { ...quoting, id: '2', quote: accepted } });
      expect(nested.quote!.text).to.equal('RE: piaille.example/@natacha/11249…\n\nTout est dit.');
    });

    it('drops a card, poll option or media file whose URL or title is unsafe or missing', () => {
      const [video, open, , card] = richStatuses();
      const hostile = [
        { ...video, id: 'v', media_attachments: [{ ...videoAttachmentOf(video), url: 'javascript:alert(1)' }] },
        { ...open, id: 'p', poll: { options: [{ title: { toString: 1 }, votes_count: 1 }, { title: 'ok', votes_count: 'many' }] } },
        { ...card, id: 'c', card: { ...(card.card as unknown as object), url: 'javascript:alert(1)' } },
      ];
      const feed = adaptMastodon(hostile, CONTEXT);
      const byId = (id: string) => feed.posts.find((item) => item.id === id)!;
      expect(byId('v').media).to.deep.equal([]);
      expect(byId('v').sensitive).to.equal(undefined);
      expect(byId('p').poll).to.deep.equal({ options: [{ title: 'ok' }] });
      expect(byId('c').card).to.equal(undefined);
    });
  });

  describe('a bare list of statuses (an API URL)', () => {
    it('takes the author from the first status and reads every status', () => {
      const feed = adaptMastodon(statuses(), { ...CONTEXT, baseUrl: 'https://social.example/api/v1/accounts/109412345678901234/statuses' });
      expect(feed.author.handle).to.equal('@camille@social.example');
      expect(feed.links).to.have.length(5);
      expect(feed.posts).to.have.length(8);
      expect(feed.posts.some((item) => item.pinned)).to.equal(false);
    });
  });

  describe('detection', () => {
    it('recognizes a profile load and a list of statuses', () => {
      expect(detectMastodon(profile())).to.equal(true);
      expect(detectMastodon(statuses())).to.equal(true);
    });

    it('does not claim other formats', () => {
      const native = { version: 1, author: { name: 'A' }, posts: [] };
      expect(isNativeFeed(native)).to.equal(true);
      for (const other of [
        native,
        { version: 'https://jsonfeed.org/version/1.1', title: 'Blog', items: [] },
        { feed: [{ post: { uri: 'at://did:plc:x/app.bsky.feed.post/1' } }] },
        { data: [{ id: '1', text: 'tweet' }], includes: { users: [] } },
        browserParsers.parseXml('<rss version="2.0"><channel/></rss>'),
        [],
        [{ id: '1', text: 'no account' }],
        null,
      ]) {
        expect(detectMastodon(other), JSON.stringify(other)).to.equal(false);
      }
    });
  });

  describe('malformed input', () => {
    for (const [what, input] of malformedWholes()) {
      it(`rejects ${what} as an invalid shape`, () => {
        let error: unknown;
        try {
          adaptMastodon(input, CONTEXT);
        } catch (caught) {
          error = caught;
        }
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).code).to.equal('invalid-shape');
      });
    }

    it('skips broken statuses and fields, and makes hostile ones safe', () => {
      const feed = adaptMastodon(profileWithBrokenStatuses(), CONTEXT);
      expect(feed.links).to.deep.equal([]);
      expect(feed.posts.map((item) => item.id)).to.deep.equal(['112400000000000009', 'hostile']);
      const hostile = feed.posts[1]!;
      expect(hostile.content).to.deep.equal([text('hithere')]);
      expect(hostile.media).to.deep.equal([{ url: 'https://files.example/ok.png', alt: '' }]);
      expect(hostile.repostOf).to.equal(undefined);
    });

    it('skips an attachment whose type is {"toString": 1} (valid JSON that String() cannot convert) instead of throwing', () => {
      const [status] = statuses();
      const attachment = { type: { toString: 1 }, url: 'https://files.example/a.png', preview_url: 'https://files.example/b.png' };
      const feed = adaptMastodon([{ ...status, media_attachments: [attachment] }], CONTEXT);
      expect(feed.posts[0].media).to.deep.equal([]);
    });
  });
});

function videoAttachmentOf(status: { media_attachments: unknown[] }): Record<string, unknown> {
  return status.media_attachments[0] as Record<string, unknown>;
}
