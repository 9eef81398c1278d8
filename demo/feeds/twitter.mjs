// What a site's own proxy of the X API v2 answers for GET /2/users/:id/tweets (demo/proxy/x-proxy.mjs asks for these
// expansions and fields). Entity offsets count code points of the HTML-escaped text, computed here from the texts.
import { DAY, HOUR, MINUTE, WEEK } from './time.mjs';

const TWITTER_EPOCH = 1288834974657n;
const CGINISTY = '18349316';
const NATACHA = '21458310';
const PARISIEN = '2815291934';

/** X's ids are snowflakes: milliseconds since X's epoch, shifted left by 22 bits, plus worker and sequence bits. */
const snowflake = (date, sequence) => String(((BigInt(date.getTime()) - TWITTER_EPOCH) << 22n) + BigInt(sequence));

/** The code point range of `part` in `text`. */
function span(text, part) {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(part).length };
}

const url = (text, tco, expanded_url, display_url, extra = {}) => ({ ...span(text, tco), url: tco, expanded_url, display_url, ...extra });
const mention = (text, username, id) => ({ ...span(text, `@${username}`), username, id });
const hashtag = (text, tag) => ({ ...span(text, `#${tag}`), tag });

/** Builds the timeline, dated back from `now`; the avatar and the photo are served by the demo at `origin`. */
export function xTimeline(now = Date.now(), origin = 'http://localhost:8000') {
  let sequence = 0;
  const tweet = (ago, text, extra = {}) => {
    const date = new Date(now - ago);
    const id = snowflake(date, sequence++);
    return { id, text, edit_history_tweet_ids: [id], author_id: CGINISTY, created_at: date.toISOString(), lang: 'fr', ...extra };
  };

  const unicefText = 'Les likes ne sauvent pas des vies. L’argent, oui. La campagne #Unicef Suède reste la plus juste https://t.co/Ph0toL1nk9';
  const unicef = tweet(7 * MINUTE, unicefText, {
    attachments: { media_keys: ['3_1001'] },
    entities: { hashtags: [hashtag(unicefText, 'Unicef')] },
  });
  // The link X appends for a tweet's own photo points back at the tweet.
  unicef.entities.urls = [
    url(unicefText, 'https://t.co/Ph0toL1nk9', `https://x.com/cginisty/status/${unicef.id}/photo/1`, 'pic.x.com/Ph0toL1nk9', { media_key: '3_1001' }),
  ];

  // X escapes &, < and > in `text`, and its offsets count the escaped form.
  const trustText = 'Communication &amp; confiance : le fil de @NatachaQS est à lire en entier https://t.co/8oiFG0JBSe';
  const natachaText =
    'Sur les réseaux, on fait davantage confiance à la personne qui partage qu’à la source de l’information https://t.co/QtPUjMDbK4';
  const original = tweet(4 * HOUR, natachaText, {
    author_id: NATACHA,
    entities: {
      urls: [
        url(
          natachaText,
          'https://t.co/QtPUjMDbK4',
          'https://www.lemonde.fr/pixels/article/2017/03/25/confiance-reseaux-sociaux_5100712_4408996.html',
          'lemonde.fr/pixels/article…',
        ),
      ],
    },
  });
  // A retweet's own text is the "RT @user: " form, cut; the adapter shows the original from includes.tweets.
  const retweetText = `RT @NatachaQS: ${natachaText.slice(0, 112)}…`;
  const worthText = 'Wow… worth reading 👀 https://t.co/vhSvMM7que #crisiscomms';
  const replyText = '@LeParisienMonde Merci pour la correction !';
  const decadeText = 'Dix ans de #communicationdecrise : ce qui a changé, ce qui n’a pas bougé. Mon billet : https://t.co/Bi11etD1x0';

  const data = [
    unicef,
    tweet(50 * MINUTE, trustText, {
      entities: {
        mentions: [mention(trustText, 'NatachaQS', NATACHA)],
        urls: [url(trustText, 'https://t.co/8oiFG0JBSe', 'https://www.ginisty.com/blog/communication-et-confiance', 'ginisty.com/blog/communica…')],
      },
    }),
    tweet(3 * HOUR, retweetText, {
      referenced_tweets: [{ type: 'retweeted', id: original.id }],
      entities: { mentions: [mention(retweetText, 'NatachaQS', NATACHA)] },
    }),
    tweet(DAY + 3 * HOUR, worthText, {
      lang: 'en',
      entities: {
        urls: [url(worthText, 'https://t.co/vhSvMM7que', 'https://medium.com/@cginisty/worth-reading-6c1f2a9b7d3e', 'medium.com/@cginisty/wort…')],
        hashtags: [hashtag(worthText, 'crisiscomms')],
      },
    }),
    tweet(2 * DAY, replyText, {
      referenced_tweets: [{ type: 'replied_to', id: snowflake(new Date(now - 2 * DAY - HOUR), 0) }],
      in_reply_to_user_id: PARISIEN,
      entities: { mentions: [mention(replyText, 'LeParisienMonde', PARISIEN)] },
    }),
    tweet(WEEK, decadeText, {
      entities: {
        hashtags: [hashtag(decadeText, 'communicationdecrise')],
        urls: [url(decadeText, 'https://t.co/Bi11etD1x0', 'https://www.ginisty.com/blog/dix-ans-de-crise', 'ginisty.com/blog/dix-ans-d…')],
      },
    }),
  ];
  return {
    data,
    includes: {
      users: [
        {
          id: CGINISTY,
          name: 'Christophe Ginisty',
          username: 'cginisty',
          description:
            'Professionnel de la communication, optimiste exigeant et idéaliste compulsif, j’essaye de consacrer du temps au projet de changer le monde.',
          profile_image_url: `${origin}/demo/assets/cginisty.svg`,
          url: 'https://t.co/Wb1GZkOQ2c',
          entities: {
            url: { urls: [{ start: 0, end: 23, url: 'https://t.co/Wb1GZkOQ2c', expanded_url: 'https://www.ginisty.com', display_url: 'ginisty.com' }] },
          },
        },
        { id: NATACHA, name: 'Natacha Quester-Séméon', username: 'NatachaQS', description: 'Digital & Human Rights', url: '' },
      ],
      tweets: [original],
      media: [
        {
          media_key: '3_1001',
          type: 'photo',
          url: `${origin}/demo/assets/poster.svg`,
          alt_text: 'Campaign poster: “Likes don’t save lives. Money does.” in white letters on a dark blue background.',
          width: 1200,
          height: 675,
        },
      ],
    },
    meta: { result_count: data.length, newest_id: data[0].id, oldest_id: data.at(-1).id },
  };
}
