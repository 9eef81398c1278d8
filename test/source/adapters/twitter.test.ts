import { expect } from '@open-wc/testing';
import { browserParsers } from '../../../src/source/parsers.js';
import { detectTwitter } from '../../../src/source/adapters/detect.js';
import { adaptTwitter } from '../../../src/source/adapters/twitter.js';
import { shapeError } from '../../helpers/feed-error.js';
import type { Post } from '../../../src/types.js';
import {
  hostileTimeline,
  noTweets,
  noTweetsWithAuthor,
  singleTweet,
  unauthorized,
  userNotFound,
  withoutAuthor,
} from '../../fixtures/twitter/malformed.js';
import { richTimeline } from '../../fixtures/twitter/rich-tweets.js';
import { featureTimeline, referenceTimeline, type XEntities, type XTimeline } from '../../fixtures/twitter/user-tweets.js';

const CONTEXT = { baseUrl: 'https://blog.example/api/x-timeline', ...browserParsers };

const adapt = (input: unknown) => adaptTwitter(input, CONTEXT);
const post = (input: unknown, id: string): Post => {
  const found = adapt(input).posts.find((item) => item.id === id);
  if (!found) throw new Error(`no post ${id}`);
  return found;
};

describe('twitter adapter', () => {
  describe('author and links', () => {
    it("shows the tweets' author: name, @handle, x.com profile and the 73 px avatar", () => {
      const { author } = adapt(referenceTimeline());
      expect(author.name).to.equal('Christophe Ginisty');
      expect(author.handle).to.equal('@cginisty');
      expect(author.url).to.equal('https://x.com/cginisty');
      expect(author.avatar).to.equal('https://pbs.twimg.com/profile_images/837226340745252864/k1H5xS2o_bigger.jpg');
    });

    it('takes the bio from the description, as plain text for the widget to link when it has no entities', () => {
      const { author } = adapt(referenceTimeline());
      expect(author.bio).to.equal(
        "Professionnel de la communication, optimiste exigeant et idéaliste compulsif, j'essaye de consacrer du temps au projet de changer le monde.",
      );
      expect(author.bioContent).to.equal(undefined);
    });

    it("links the bio's own entities like a tweet's", () => {
      const { author } = adapt(featureTimeline());
      expect(author.bioContent).to.deep.equal([
        { kind: 'text', text: 'Café & com, par ' },
        { kind: 'mention', text: '@cginisty', handle: 'cginisty', href: 'https://x.com/cginisty' },
        { kind: 'text', text: ' ' },
        { kind: 'hashtag', text: '#com', tag: 'com', href: 'https://x.com/hashtag/com' },
        { kind: 'text', text: ' ' },
        { kind: 'url', text: 'ginisty.com/blog', href: 'https://www.ginisty.com/blog' },
      ]);
      expect(author.bio).to.equal('Café & com, par @cginisty #com ginisty.com/blog');
    });

    it("links the profile's website by its expanded URL, labelled with its display URL", () => {
      expect(adapt(referenceTimeline()).links).to.deep.equal([{ network: 'website', label: 'ginisty.com', url: 'http://www.ginisty.com/' }]);
    });

    it('has no links when the profile has no website', () => {
      const timeline = referenceTimeline();
      const [user] = timeline.includes!.users!;
      user.url = '';
      delete user.entities;
      expect(adapt(timeline).links).to.deep.equal([]);
    });

    it('finds the author by the first tweet\'s author_id, whatever the order of includes.users', () => {
      const timeline = referenceTimeline();
      timeline.includes!.users!.reverse();
      expect(adapt(timeline).author.handle).to.equal('@cginisty');
    });
  });

  describe('posts', () => {
    it("lists the reference page's six tweets newest first, with their dates, permalinks and language", () => {
      const { posts } = adapt(referenceTimeline());
      expect(posts.map((item) => item.published?.toISOString())).to.deep.equal([
        '2017-03-26T16:09:14.000Z',
        '2017-03-26T10:09:41.000Z',
        '2017-03-25T19:16:05.000Z',
        '2017-03-25T19:07:33.000Z',
        '2017-03-25T19:06:02.000Z',
        '2017-03-25T18:26:47.000Z',
      ]);
      expect(posts[0].url).to.equal('https://x.com/cginisty/status/846031295476666095');
      expect(posts.map((item) => item.lang)).to.deep.equal(['fr', 'en', 'fr', 'fr', 'fr', 'fr']);
      expect(posts.every((item) => item.reply === undefined && item.media.length === 0)).to.equal(true);
    });

    it('makes links of url entities: expanded_url as target, display_url as text', () => {
      const tweet = post(referenceTimeline(), '846031295476666095');
      expect(tweet.content).to.deep.equal([
        { kind: 'text', text: 'Etats-Unis : elle a voté pour Trump, son mari mexicain sans papiers va être expulsé ' },
        {
          kind: 'url',
          text: 'leparisien.fr/international/…',
          href: 'http://www.leparisien.fr/international/etats-unis-elle-a-vote-pour-trump-son-mari-mexicain-sans-papiers-va-etre-expulse-26-03-2017-6797742.php',
        },
        { kind: 'text', text: ' via ' },
        { kind: 'mention', text: '@LeParisienMonde', handle: 'LeParisienMonde', href: 'https://x.com/LeParisienMonde' },
      ]);
      expect(tweet.text).to.equal(
        'Etats-Unis : elle a voté pour Trump, son mari mexicain sans papiers va être expulsé leparisien.fr/international/… via @LeParisienMonde',
      );
    });

    it('links each hashtag to its x.com page', () => {
      const tweet = post(referenceTimeline(), '845713400787897003');
      const hashtags = tweet.content!.filter((token) => token.kind === 'hashtag');
      expect(hashtags.map((token) => [token.text, token.href])).to.deep.equal([
        ['#Fillon', 'https://x.com/hashtag/Fillon'],
        ['#costumes', 'https://x.com/hashtag/costumes'],
        ['#montres', 'https://x.com/hashtag/montres'],
        ['#quandonaimeonnecomptepas', 'https://x.com/hashtag/quandonaimeonnecomptepas'],
      ]);
      expect(tweet.text).to.equal(
        "Ce que l'on ne sait pas, par contre, c'est si #Fillon fait aussi de beaux cadeaux à ses amis #costumes #montres #quandonaimeonnecomptepas",
      );
    });

    it('counts entity offsets in code points: a link after emoji covers exactly its text', () => {
      const tweet = post(featureTimeline(), '846266788869048184');
      expect(tweet.content).to.deep.equal([
        { kind: 'text', text: 'Nouvelle vidéo 🎬🇫🇷 👩‍💻 à voir ' },
        { kind: 'url', text: 'youtube.com/watch?v=Em0j1L…', href: 'https://www.youtube.com/watch?v=Em0j1L1nk5' },
        { kind: 'text', text: ' 👀 ' },
        { kind: 'hashtag', text: '#com', tag: 'com', href: 'https://x.com/hashtag/com' },
      ]);
    });

    it('decodes &amp;, &lt; and &gt; after placing the entities on the escaped text', () => {
      const tweet = post(featureTimeline(), '846278113489847911');
      expect(tweet.content).to.deep.equal([
        { kind: 'text', text: 'Q&R sur la com de crise <3 avec ' },
        { kind: 'mention', text: '@LeParisienMonde', handle: 'LeParisienMonde', href: 'https://x.com/LeParisienMonde' },
        { kind: 'text', text: ' > ' },
        { kind: 'url', text: 'leparisien.fr/questions-rep…', href: 'http://www.leparisien.fr/questions-reponses' },
      ]);
      expect(tweet.text).to.equal('Q&R sur la com de crise <3 avec @LeParisienMonde > leparisien.fr/questions-rep…');
    });

    it('decodes a tweet without entities into plain text only, for the widget to link', () => {
      const timeline: XTimeline = referenceTimeline();
      timeline.data = [{ ...timeline.data![0], text: 'Tom &amp; Jerry &lt;3 https://t.co/x', entities: undefined }];
      const [tweet] = adapt(timeline).posts;
      expect(tweet.text).to.equal('Tom & Jerry <3 https://t.co/x');
      expect(tweet.content).to.equal(undefined);
    });

    it('shows a photo with its alt text and size, without the pic.twitter.com link X appends to the text', () => {
      const tweet = post(featureTimeline(), '846289438110647638');
      expect(tweet.media).to.deep.equal([
        {
          url: 'https://pbs.twimg.com/media/C8AfFxyXkAE1Ph0.jpg',
          alt: "Affiche Unicef : « Les Likes ne sauvent pas des vies. L'argent, oui. »",
          width: 1200,
          height: 675,
        },
      ]);
      expect(tweet.text).to.equal('La campagne #Unicef en affiche');
      expect(tweet.content!.at(-1)).to.deep.equal({ kind: 'text', text: ' en affiche' });
    });

    it("keeps a pic.twitter.com link that is not the tweet's own media", () => {
      const timeline = featureTimeline();
      const photo = timeline.data!.find((tweet) => tweet.id === '846289438110647638')!;
      delete photo.attachments;
      const [link] = photo.entities!.urls!;
      delete link.media_key;
      link.expanded_url = 'https://twitter.com/NatachaQS/status/846298246149046371/photo/1';
      const tweet = post(timeline, '846289438110647638');
      expect(tweet.content!.at(-1)).to.deep.equal({
        kind: 'url',
        text: 'pic.twitter.com/Ph0toL1nk9',
        href: 'https://twitter.com/NatachaQS/status/846298246149046371/photo/1',
      });
      expect(tweet.media).to.deep.equal([]);
    });

    it('keeps the pic.twitter.com link when the photo itself is missing from includes.media', () => {
      const timeline = featureTimeline();
      timeline.includes!.media = [];
      const tweet = post(timeline, '846289438110647638');
      expect(tweet.media).to.deep.equal([]);
      expect(tweet.text).to.equal('La campagne #Unicef en affiche pic.twitter.com/Ph0toL1nk9');
    });

    it('shows a video without its files as its still (linking to the tweet), and a tweet of only media with no text and no language', () => {
      const tweet = post(featureTimeline(), '846347319505846546');
      const still = 'https://pbs.twimg.com/ext_tw_video_thumb/846347235619766295/pu/img/Vd0Pr3v13w.jpg';
      expect(tweet.media).to.deep.equal([{ url: still, alt: '', width: 1280, height: 720, kind: 'video', preview: still }]);
      expect(tweet.text).to.equal('');
      expect(tweet.content).to.deep.equal([]);
      expect(tweet.lang).to.equal(undefined);
    });

    it("drops X's codes for undetermined or text-less languages (und, zxx, qme, qht) and keeps real ones", () => {
      const timeline = referenceTimeline();
      const langs = ['und', 'zxx', 'qme', 'qht', 'pt-BR', 'fr'];
      timeline.data!.forEach((tweet, index) => (tweet.lang = langs[index]));
      expect(adapt(timeline).posts.map((item) => item.lang)).to.deep.equal([undefined, undefined, undefined, undefined, 'pt-BR', 'fr']);
    });

    it('marks replies, and only them', () => {
      const { posts } = adapt(featureTimeline());
      expect(posts.filter((item) => item.reply).map((item) => item.id)).to.deep.equal(['846301266047927365']);
    });

    it("shows a quote tweet's own text and the quoted tweet in place of its link, and does not call it a repost", () => {
      const tweet = post(featureTimeline(), '846320895390647092');
      expect(tweet.text).to.equal('À lire absolument');
      expect(tweet.quote).to.deep.equal({
        url: 'https://x.com/NatachaQS/status/846315862225846277',
        text: 'La confiance se partage',
        published: new Date('2017-03-27T11:00:00.000Z'),
        author: { name: 'Natacha Quester-Séméon', handle: '@NatachaQS', url: 'https://x.com/NatachaQS', avatar: 'https://pbs.twimg.com/profile_images/631476458136862720/NqHV5Qc1_bigger.jpg' },
        media: [],
      });
      expect(tweet.repostOf).to.equal(undefined);
      expect(tweet.url).to.equal('https://x.com/cginisty/status/846320895390647092');
    });
  });

  describe('retweets', () => {
    it('shows the original tweet: its full text, links and permalink, by its author with their picture', () => {
      const tweet = post(referenceTimeline(), '845703523201976730');
      expect(tweet.repostOf).to.deep.equal({ name: 'Natacha Quester-Séméon', handle: '@NatachaQS', url: 'https://x.com/NatachaQS', avatar: 'https://pbs.twimg.com/profile_images/631476458136862720/NqHV5Qc1_bigger.jpg' });
      expect(tweet.url).to.equal('https://x.com/NatachaQS/status/845696363525048457');
      expect(tweet.text).to.equal(
        'Sur les réseaux, on fait davantage confiance à la personne qui partage qu’à la source de l’information lemonde.fr/pixels/article…',
      );
      expect(tweet.content!.at(-1)).to.deep.equal({
        kind: 'url',
        text: 'lemonde.fr/pixels/article…',
        href: 'http://www.lemonde.fr/pixels/article/2017/03/25/confiance-reseaux-sociaux_5100712_4408996.html',
      });
      // Placed in time when it was retweeted.
      expect(tweet.published?.toISOString()).to.equal('2017-03-25T18:26:47.000Z');
    });

    it("shows the original's media", () => {
      const timeline = referenceTimeline();
      timeline.includes!.tweets![0].attachments = { media_keys: ['3_1'] };
      timeline.includes!.media = [{ media_key: '3_1', type: 'photo', url: 'https://pbs.twimg.com/media/a.jpg', alt_text: 'Un graphique' }];
      expect(post(timeline, '845703523201976730').media).to.deep.equal([
        { url: 'https://pbs.twimg.com/media/a.jpg', alt: 'Un graphique' },
      ]);
    });

    it('without the original, shows the retweet\'s own text minus "RT @name: ", its entities still in place', () => {
      const tweet = post(featureTimeline(), '846341028049846819');
      expect(tweet.content).to.deep.equal([
        { kind: 'text', text: 'Le mur & la frontière ' },
        { kind: 'hashtag', text: '#Trump', tag: 'Trump', href: 'https://x.com/hashtag/Trump' },
        { kind: 'text', text: ' ' },
        { kind: 'url', text: 'leparisien.fr/international/…', href: 'http://www.leparisien.fr/international/le-mur.php' },
      ]);
      expect(tweet.repostOf).to.deep.equal({ handle: '@LeParisienMonde', url: 'https://x.com/LeParisienMonde' });
      expect(tweet.url).to.equal('https://x.com/LeParisienMonde/status/846338511467446349');
    });

    it('names the original author from includes.users when the mention matches one', () => {
      const timeline = referenceTimeline();
      delete timeline.includes!.tweets;
      const tweet = post(timeline, '845703523201976730');
      expect(tweet.repostOf).to.deep.equal({ name: 'Natacha Quester-Séméon', handle: '@NatachaQS', url: 'https://x.com/NatachaQS', avatar: 'https://pbs.twimg.com/profile_images/631476458136862720/NqHV5Qc1_bigger.jpg' });
      expect(tweet.text).to.equal(
        'Sur les réseaux, on fait davantage confiance à la personne qui partage qu’à la source de l’information https://t.co/QtPUjMDb…',
      );
    });
  });

  describe('rich posts (issue #13)', () => {
    const SAM = { name: 'Sam Rivera', handle: '@samrivera', url: 'https://x.com/samrivera', avatar: 'https://pbs.twimg.com/profile_images/1500000000000000002/sam_bigger.png' };
    const sketch = { url: 'https://pbs.twimg.com/media/Quoted30.jpg', alt: 'A sketch of the widget in a sidebar', width: 1200, height: 900 };

    it('shows a link X previewed as a card, its unwound address and largest image, in place of its link, with the counts', () => {
      const tweet = post(richTimeline(), '1700000000000000001');
      expect(tweet.text).to.equal('Wrote up why small embeds matter');
      expect(tweet.card).to.deep.equal({
        url: 'https://blog.example/small-embeds?ref=x',
        title: 'Small is a feature',
        description: 'What an embed costs every reader.',
        image: { url: 'https://pbs.twimg.com/news_img/1700000000000000001/large?format=jpg&name=orig', alt: '', width: 1200, height: 630 },
      });
      expect(tweet.counts).to.deep.equal({ replies: 4, reposts: 18, likes: 73 });
    });

    it('shows a quoted tweet from includes.tweets: its author, decoded text with entities, photo and page', () => {
      const tweet = post(richTimeline(), '1700000000000000002');
      expect(tweet.text).to.equal('This, exactly.');
      expect(tweet.card).to.equal(undefined);
      const { content, ...quote } = tweet.quote!;
      expect(quote).to.deep.equal({
        url: 'https://x.com/samrivera/status/1690000000000000002',
        text: 'Focus traps are walls & nobody climbs them #a11y',
        published: new Date('2026-11-29T09:00:00.000Z'),
        author: SAM,
        media: [sketch],
      });
      expect(content!.at(-1)).to.deep.equal({ kind: 'hashtag', text: '#a11y', tag: 'a11y', href: 'https://x.com/hashtag/a11y' });
    });

    it('plays a video from its best MP4 at or under 1 Mbit/s, with its still and length; a GIF from its MP4, sensitive when X says so', () => {
      const video = post(richTimeline(), '1700000000000000003');
      expect(video.text).to.equal('The widget, read aloud');
      expect(video.media).to.deep.equal([
        {
          url: 'https://video.twimg.com/ext_tw_video/1600000000000000007/pu/vid/640x360/mid.mp4?tag=12',
          alt: 'A screen reader reads the widget aloud',
          width: 1280,
          height: 720,
          kind: 'video',
          preview: 'https://pbs.twimg.com/ext_tw_video_thumb/1600000000000000007/pu/img/still.jpg',
          duration: 42.5,
        },
      ]);
      expect(video.sensitive).to.equal(undefined);
      const gif = post(richTimeline(), '1700000000000000004');
      expect(gif.media).to.deep.equal([
        { url: 'https://video.twimg.com/tweet_video/Gif16.mp4', alt: '', width: 480, height: 270, kind: 'gifv', preview: 'https://pbs.twimg.com/tweet_video_thumb/Gif16.jpg' },
      ]);
      expect(gif.sensitive).to.equal(true);
    });

    it('takes the lightest MP4 when all are over 1 Mbit/s, and shows a stream with no MP4 as its still', () => {
      const timeline = richTimeline();
      const [video, , stream] = timeline.includes!.media!;
      video.variants = video.variants!.filter((variant) => (variant.bit_rate ?? 0) > 1_000_000 || !variant.bit_rate);
      video.variants.push({ bit_rate: 1_500_000, content_type: 'video/mp4', url: 'https://video.twimg.com/v/1500.mp4' });
      expect(post(timeline, '1700000000000000003').media[0].url).to.equal('https://video.twimg.com/v/1500.mp4');
      expect(post(timeline, '1700000000000000005').media).to.deep.equal([
        { url: stream.preview_image_url, alt: '', width: 1920, height: 1080, kind: 'video', preview: stream.preview_image_url },
      ]);
    });

    it('shows a retweet of a quote tweet with its quote, the original author’s picture on the repost line, and the original’s counts', () => {
      const tweet = post(richTimeline(), '1700000000000000006');
      expect(tweet.repostOf).to.deep.equal(SAM);
      expect(tweet.text).to.equal('A quote of a quote');
      expect(tweet.quote!.url).to.equal('https://x.com/samrivera/status/1690000000000000002');
      expect(tweet.quote!.media).to.deep.equal([sketch]);
      expect(tweet.counts).to.deep.equal({ replies: 0, reposts: 5, likes: 9 });
    });

    it('keeps the link to a quoted tweet the response does not include, and shows no quote', () => {
      const tweet = post(richTimeline(), '1700000000000000007');
      expect(tweet.quote).to.equal(undefined);
      expect(tweet.text).to.equal('Replying to this one x.com/samrivera/statu…');
    });

    it('reads a poll from includes.polls: its options in their order, its votes, when it ends and whether voting is over', () => {
      const timeline = richTimeline();
      expect(post(timeline, '1700000000000000008').poll).to.deep.equal({
        options: [
          { title: 'A feed reader', votes: 48 },
          { title: 'The network’s own app', votes: 31 },
          { title: 'Widgets on blogs', votes: 9 },
        ],
        closesAt: new Date('2026-12-01T11:52:00.000Z'),
      });
      timeline.includes!.polls![0].voting_status = 'closed';
      expect(post(timeline, '1700000000000000008').poll!.closed).to.equal(true);
      // A poll the response does not include leaves the tweet as its text.
      timeline.includes!.polls = [];
      expect(post(timeline, '1700000000000000008').poll).to.equal(undefined);
    });

    it('reads a long post’s whole text and its own entities from note_tweet, a quoted one’s too', () => {
      const long = post(richTimeline(), '1700000000000000009');
      expect(long.text).to.match(/^Why the widget asks for its icons last: .* Measured per path in CI, not hoped for\. #perf blog\.example\/icons-last$/);
      expect(long.content!.slice(-3)).to.deep.equal([
        { kind: 'hashtag', text: '#perf', tag: 'perf', href: 'https://x.com/hashtag/perf' },
        { kind: 'text', text: ' ' },
        { kind: 'url', text: 'blog.example/icons-last', href: 'https://blog.example/icons-last' },
      ]);
      const timeline = richTimeline();
      timeline.includes!.tweets![0].note_tweet = { text: 'Focus traps are walls, and the whole of this long thought.' };
      expect(post(timeline, '1700000000000000002').quote!.text).to.equal('Focus traps are walls, and the whole of this long thought.');
    });

    it('leads to the older page through the same proxy with X’s next_token, and to none past the last or for an odd token', () => {
      const timeline = richTimeline();
      const next = (meta: unknown) => adaptTwitter({ ...timeline, meta }, { ...CONTEXT, baseUrl: 'https://blog.example/api/x?lang=fr' }).next;
      expect(next({ result_count: 9, next_token: '7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i' })).to.equal(
        'https://blog.example/api/x?lang=fr&pagination_token=7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i',
      );
      expect([next({ result_count: 9 }), next({ next_token: 'a&b' }), next({ next_token: 7 }), next(undefined)]).to.deep.equal([undefined, undefined, undefined, undefined]);
    });

    it('reads reposts by the newer name repost_count, and ignores counts that are not whole numbers', () => {
      const timeline = richTimeline();
      timeline.data![0].public_metrics = { reply_count: -1, like_count: 2.5, repost_count: 3 } as never;
      expect(post(timeline, '1700000000000000001').counts).to.deep.equal({ reposts: 3 });
    });
  });

  describe('entity offsets that do not match the text (issue #14)', () => {
    const timeline = (text: string, entities: XEntities) => {
      const json = referenceTimeline();
      json.data = [{ ...json.data![1], id: '1', text, entities }];
      return json;
    };
    const content = (json: unknown) => adapt(json).posts[0].content;

    it('places an entity whose offsets miss its text where its text is, as X’s own documentation examples need', () => {
      // Offsets counted in UTF-16 units, or shifted by an edit: the text still says where each entity is.
      const json = timeline('Café 🎉 avec @NatachaQS #com https://t.co/AbCdEf', {
        mentions: [{ start: 14, end: 24, username: 'NatachaQS' }],
        hashtags: [{ start: 26, end: 30, tag: 'com' }],
        urls: [{ start: 31, end: 53, url: 'https://t.co/AbCdEf', expanded_url: 'https://example.org/a', display_url: 'example.org/a' }],
      });
      expect(content(json)).to.deep.equal([
        { kind: 'text', text: 'Café 🎉 avec ' },
        { kind: 'mention', text: '@NatachaQS', handle: 'NatachaQS', href: 'https://x.com/NatachaQS' },
        { kind: 'text', text: ' ' },
        { kind: 'hashtag', text: '#com', tag: 'com', href: 'https://x.com/hashtag/com' },
        { kind: 'text', text: ' ' },
        { kind: 'url', text: 'example.org/a', href: 'https://example.org/a' },
      ]);
    });

    it('matches mentions and hashtags in any case or width, as whole words, and each occurrence once', () => {
      const json = timeline('@jackson and @Jack then ＃Com and @jack', {
        mentions: [
          { start: 0, end: 5, username: 'jack' },
          { start: 0, end: 5, username: 'jack' },
        ],
        hashtags: [{ start: 0, end: 4, tag: 'com' }],
      });
      expect(content(json)).to.deep.equal([
        { kind: 'text', text: '@jackson and ' },
        { kind: 'mention', text: '@Jack', handle: 'jack', href: 'https://x.com/jack' },
        { kind: 'text', text: ' then ' },
        { kind: 'hashtag', text: '＃Com', tag: 'com', href: 'https://x.com/hashtag/com' },
        { kind: 'text', text: ' and ' },
        { kind: 'mention', text: '@jack', handle: 'jack', href: 'https://x.com/jack' },
      ]);
    });

    it('drops an entity whose text is nowhere, leaving the text whole rather than garbled', () => {
      const text = 'Lisez ceci https://t.co/Real et merci';
      const json = timeline(text, {
        urls: [{ start: 11, end: 27, url: 'https://t.co/Other', expanded_url: 'https://example.org/other', display_url: 'example.org/other' }],
        mentions: [{ start: 0, end: 5, username: 'absent' }],
      });
      expect(adapt(json).posts[0].text).to.equal(text);
      expect(content(json)).to.deep.equal([{ kind: 'text', text }]);
    });
  });

  describe('malformed responses', () => {
    it('names the title of an API error payload', () => {
      expect(shapeError(() => adapt(userNotFound())).message).to.equal(
        'X API error: Not Found Error (Could not find user with id: [999999999].).',
      );
      expect(shapeError(() => adapt(unauthorized())).message).to.equal('X API error: Unauthorized (Unauthorized).');
    });

    it('refuses a response without a data array, or no object at all', () => {
      for (const input of [singleTweet(), { includes: {} }, null, [], 'data', 42]) {
        expect(shapeError(() => adapt(input)).message).to.match(/Expected an X API v2 timeline/);
      }
    });

    it('reads an empty timeline as a feed without posts, when the author is there', () => {
      const feed = adapt(noTweetsWithAuthor());
      expect(feed.posts).to.deep.equal([]);
      expect(feed.author.handle).to.equal('@cginisty');
    });

    it('refuses a timeline with nobody to show as its author', () => {
      expect(shapeError(() => adapt(noTweets())).message).to.match(/includes\.users/);
      expect(shapeError(() => adapt(withoutAuthor())).message).to.match(/includes\.users/);
      const timeline = referenceTimeline();
      timeline.includes!.users = [{ id: '18349316' } as never];
      shapeError(() => adapt(timeline));
    });

    it('keeps partial errors beside data from failing the feed', () => {
      expect(adapt(featureTimeline()).posts).to.have.length(7);
    });

    it('skips broken tweets and entities, and never makes an unsafe link', () => {
      const { posts } = adapt(hostileTimeline());
      expect(posts.map((item) => item.id)).to.deep.equal([
        '846031295476666095',
        '5',
        '845940811756473822',
        '845715929953209549',
        '845713782469561276',
        '845713400787897003',
        '845703523201976730',
      ]);
      const broken = posts[1];
      expect(broken.content).to.deep.equal([
        { kind: 'text', text: 'Des entités fausses ' },
        { kind: 'url', text: 'example.com', href: 'https://t.co/Brok3nL1nk' },
      ]);
      expect(broken.lang).to.equal(undefined);
      expect(broken.repostOf).to.equal(undefined);
      expect(broken.url).to.equal('https://x.com/cginisty/status/5');
    });

    it('reads JSON objects that cannot become a string or number ({"toString": 1}) as absent, not as a TypeError', () => {
      const trap = { toString: 1 } as never;
      const timeline = featureTimeline();
      const [video, unavailable, , , photo] = timeline.data!;
      video.entities!.urls![0].start = trap;
      Object.assign(unavailable, { text: trap });
      delete photo.entities!.urls![0].media_key;
      photo.entities!.urls![0].expanded_url = trap;
      timeline.data!.push({ id: '9', text: 'RT @Trap: hello', edit_history_tweet_ids: ['9'], created_at: '2017-03-20T10:00:00.000Z', referenced_tweets: [{ type: 'retweeted', id: '8' }] });
      timeline.includes!.users!.push({ id: '1', name: 'Trap', username: trap });
      const posts = new Map(adapt(timeline).posts.map((item) => [item.id, item]));
      // An entity whose offset is no number is found by its text: here the video's own link, which the video replaces.
      expect(posts.get(video.id)!).to.deep.include({ text: '' });
      expect(posts.get(video.id)!.media).to.have.length(1);
      // A tweet whose text is no string has nothing to show.
      expect(posts.has(unavailable.id)).to.equal(false);
      // A link whose expansion is no string keeps its t.co target.
      expect(posts.get(photo.id)!.content!.at(-1)).to.deep.equal({ kind: 'url', text: 'pic.twitter.com/Ph0toL1nk9', href: 'https://t.co/Ph0toL1nk9' });
      // A user whose username is no string is nobody's match.
      expect(posts.get('9')!.repostOf).to.deep.equal({ handle: '@Trap', url: 'https://x.com/Trap' });
    });
  });

  describe('detectTwitter', () => {
    it('recognizes a timeline, an empty timeline and an X API problem', () => {
      expect(detectTwitter(referenceTimeline())).to.equal(true);
      expect(detectTwitter(noTweets())).to.equal(true);
      expect(detectTwitter(userNotFound())).to.equal(true);
    });

    it("does not claim other formats' shapes", () => {
      const others = [
        { version: 1, author: { name: 'A' }, posts: [] },
        { version: 'https://jsonfeed.org/version/1.1', title: 'Blog', items: [{ id: '1', content_text: 'x' }] },
        [{ id: '1', content: '<p>x</p>', account: {} }],
        { feed: [{ post: { uri: 'at://x', record: { text: 'x' } } }] },
        { data: [{ id: 1, type: 'articles', attributes: {} }] },
        { errors: [{ message: 'GraphQL error' }] },
        null,
        'text',
      ];
      expect(others.map(detectTwitter)).to.deep.equal(others.map(() => false));
    });
  });
});
