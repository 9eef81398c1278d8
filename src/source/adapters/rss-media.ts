// An RSS item's or Atom entry's attachments, as blogs, podcasts, video sites and Mastodon write them: enclosures (RSS
// `<enclosure>`, Atom `<link rel="enclosure">`) and Media RSS `media:content` (alone or in a `media:group`), each an
// image, a video, a looping GIF or a sound, with its still and its duration.
import type { Media, Post } from '../../types.js';
import type { AdaptContext } from './context.js';
import { asPositiveNumber } from './guards.js';
import { defined } from './rich.js';
import { kindOfType, lineOf } from './tolerant.js';
import { child, ITUNES, kids, MEDIA_RSS, urlOf } from './xml.js';

// YouTube's feeds give a Flash player, not a file: it shows as the video's still, linking to the video's page.
const FLASH = 'application/x-shockwave-flash';
const MEDIUMS = new Set(['image', 'video', 'audio']);
// What servers send for a file whose type they do not know: its medium, else its extension, says more.
const UNKNOWN_TYPE = /^((application|binary)\/octet-stream)?$/;
const EXTENSION = /\.(?:(mp3|m4a|aac|ogg|opus|wav)|(mp4|m4v|webm|mov)|(jpe?g|png|gif|webp))$/i;

/**
 * The item's media and whether they are sensitive. Each enclosure or `media:content` is a kind by its MIME type, else
 * its Media RSS `medium` or its file's extension (kindOf); anything else (a PDF, a page) is left out. A video takes its `media:thumbnail` (its own,
 * else its group's or the item's) as its still, and its `duration` attribute, else the item's `itunes:duration`, as
 * its length. An item with nothing of these shows its thumbnails as images. A Media RSS `adult` rating (Mastodon's
 * sensitive media), on the item or its whole feed, hides them behind the reveal button.
 */
export function readAttachments(item: Element, title: string | undefined, context: AdaptContext): Pick<Post, 'media' | 'sensitive'> {
  const { baseUrl } = context;
  const enclosures = [...kids(item, 'enclosure'), ...kids(item, 'link').filter((el) => el.getAttribute('rel') === 'enclosure')];
  const contents = [...item.getElementsByTagNameNS(MEDIA_RSS, 'content')];
  const itemDuration = asDuration(child(item, 'duration', ITUNES)?.textContent);
  const media = new Map<string, Media>();
  const add = (el: Element, kind: Media['kind'], preview?: string) => {
    const url = urlOf(el, baseUrl, el.hasAttribute('href') ? 'href' : 'url');
    if (!url || media.has(url)) return;
    const description = child(el, 'description', MEDIA_RSS) ?? child(el.parentElement, 'description', MEDIA_RSS);
    const number = (name: string) => asPositiveNumber(Number(el.getAttribute(name)));
    media.set(
      url,
      defined({
        url,
        alt: lineOf(description?.textContent, context) ?? title ?? '',
        width: number('width'),
        height: number('height'),
        kind: kind === 'image' ? undefined : kind,
        preview,
        duration: kind === 'image' ? undefined : (number('duration') ?? itemDuration),
      }),
    );
  };
  for (const el of [...enclosures, ...contents]) {
    const kind = kindOf(el);
    const still = kind === 'video' || kind === 'gifv' ? thumbnailOf(el, item, baseUrl) : undefined;
    if (kind) add(el, kind, still);
  }
  if (!media.size) for (const el of item.getElementsByTagNameNS(MEDIA_RSS, 'thumbnail')) add(el, 'image');
  const ratings = [...item.getElementsByTagNameNS(MEDIA_RSS, 'rating'), ...kids(item.parentElement, 'rating', MEDIA_RSS)];
  // A rating with nothing to hide (a feed rated as a whole, a text item) marks nothing.
  return defined({ media: [...media.values()], sensitive: (media.size > 0 && ratings.some(isAdult)) || undefined });
}

/**
 * What an enclosure or `media:content` is: by its MIME type; without one (or with `application/octet-stream`), by its
 * medium, else its file's extension. Mastodon calls its silent MP4 "GIFs" images.
 */
function kindOf(el: Element): Media['kind'] | undefined {
  const type = el.getAttribute('type')?.trim().toLowerCase() ?? '';
  const medium = el.getAttribute('medium') ?? '';
  const kind = type === FLASH ? 'video' : kindOfType(type);
  if (kind === 'video' && medium === 'image') return 'gifv';
  if (kind || !UNKNOWN_TYPE.test(type)) return kind;
  if (MEDIUMS.has(medium)) return medium as Media['kind'];
  const path = (el.getAttribute('url') ?? el.getAttribute('href') ?? '').split(/[?#]/)[0];
  const [, audio, video, image] = EXTENSION.exec(path.trim()) ?? [];
  return audio ? 'audio' : video ? 'video' : image ? 'image' : undefined;
}

/** A video's still: its own `media:thumbnail`, else its group's, else the item's. */
function thumbnailOf(el: Element, item: Element, baseUrl: string): string | undefined {
  for (let at: Element | null = el; at && at !== item.parentElement; at = at.parentElement) {
    const thumbnail = child(at, 'thumbnail', MEDIA_RSS);
    if (thumbnail) return urlOf(thumbnail, baseUrl, 'url');
  }
  return undefined;
}

/** Media RSS's `adult` rating, in its default scheme (`urn:simple`). */
function isAdult(rating: Element): boolean {
  const scheme = rating.getAttribute('scheme') ?? 'urn:simple';
  return scheme === 'urn:simple' && rating.textContent?.trim().toLowerCase() === 'adult';
}

/** `itunes:duration` in seconds: `H:MM:SS`, `MM:SS` or seconds alone. */
export function asDuration(text: string | null | undefined): number | undefined {
  const parts = /^\s*(?:(?:(\d+):)?(\d+):)?(\d+(?:\.\d+)?)\s*$/.exec(text ?? '');
  return parts ? asPositiveNumber(Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3])) : undefined;
}
