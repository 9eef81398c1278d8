// Noor's feed in Arabic as a native feed (/api/noor-ar.json), for the right-to-left theme: Arabic text with
// hashtags, a mention, a link and an image, and a repost, dated back from now.
import { DAY, HOUR, MINUTE } from './time.mjs';

const PROFILE = 'https://mastodon.social/@noor';

/** Builds the Arabic demo feed relative to `now`. */
export function arabicFeed(now = Date.now()) {
  const at = (ago) => new Date(now - ago).toISOString();
  const post = (id, ago, text, extra = {}) => ({ id, url: `${PROFILE}/${id}`, text, published: at(ago), ...extra });
  return {
    version: 1,
    author: {
      name: 'نور حداد',
      handle: '@noor@mastodon.social',
      url: PROFILE,
      avatar: '/demo/assets/noor.svg',
      bio: 'مصممة واجهات، أكتب عن الطباعة العربية والمواقع ثنائية اللغة. #تصميم',
    },
    links: [
      { network: 'mastodon', label: 'ماستودون', url: PROFILE },
      { network: 'bluesky', label: 'بلوسكاي', url: 'https://bsky.app/profile/noor.bsky.social' },
      { network: 'website', label: 'المدونة', url: 'https://noor.example/' },
    ],
    posts: [
      post('a1', 12 * MINUTE, 'بفضل الخصائص المنطقية في CSS، صارت النسخة العربية من موقعنا تغييرًا من سطر واحد. #تصميم #CSS'),
      post('a2', 4 * HOUR, 'مكتبي هذا الصباح، ومقال جديد عن ارتفاع السطر في العربية: https://noor.example/notes/arabic-line-height', {
        media: [{ url: '/demo/assets/desk.svg', alt: 'مكتب عليه شاشة تعرض صفحة ويب، وفنجان قهوة', width: 1200, height: 675 }],
      }),
      post('a3', DAY + 3 * HOUR, 'شكرًا @sam@mastodon.social على الحديث الرائع عن إتاحة الويب للجميع 🙏 #إتاحة'),
      post('a4', 3 * DAY, 'الخطوط العربية تحتاج إلى ارتفاع سطر أكبر قليلًا من اللاتينية: جرّبوا 1.8 بدلًا من 1.5.', {
        repostOf: { name: 'سارة منصور', handle: '@sara@hachyderm.io', url: 'https://hachyderm.io/@sara' },
      }),
    ],
  };
}
