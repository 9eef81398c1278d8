import type { Strings } from './en.js';

/** العربية. */
export const ar: Strings = {
  loading: 'جارٍ تحميل المنشورات…',
  empty: 'لا توجد منشورات بعد.',
  errors: {
    http: 'تعذّر تحميل الموجز.',
    network: 'تعذّر الوصول إلى الموجز. تحقّق من اتصالك بالإنترنت.',
    timeout: 'استغرق الموجز وقتًا طويلًا للرد.',
    'too-large': 'الموجز أكبر من أن يُعرض.',
    'invalid-json': 'تعذّرت قراءة الموجز.',
    'invalid-shape': 'تعذّرت قراءة الموجز.',
    'unsupported-format': 'تنسيق الموجز هذا غير مدعوم.',
    'invalid-address': 'هذا ليس عنوان موجز أو ملف شخصي.',
  },
  retry: 'إعادة المحاولة',
  showMore: 'عرض المزيد',
  moreShown: (count) => `تم عرض منشورات إضافية: ${count}`,
  profile: (host) => `عرض المنشورات على ${host}`,
  pinned: 'مثبّت',
  verified: 'موثّق',
  stale: 'تعذّر التحديث: قد لا تكون هذه المنشورات محدّثة.',
  consent: (hosts) => `عرض المنشورات من ${hosts}`,
  posts: (author) => `منشورات ${author}`,
  links: (author) => `${author} على مواقع أخرى`,
  repost: (original) => `إعادة نشر من ${original}`,
};
