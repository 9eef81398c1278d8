import type { Strings } from './en.js';

/** 日本語. */
export const ja: Strings = {
  loading: '投稿を読み込んでいます…',
  empty: 'まだ投稿はありません。',
  errors: {
    http: 'フィードを読み込めませんでした。',
    network: 'フィードに接続できませんでした。インターネット接続を確認してください。',
    timeout: 'フィードの応答に時間がかかりすぎました。',
    'too-large': 'フィードが大きすぎるため表示できません。',
    'invalid-json': 'フィードを読み取れませんでした。',
    'invalid-shape': 'フィードを読み取れませんでした。',
    'unsupported-format': 'このフィード形式には対応していません。',
    'invalid-address': 'フィードまたはプロフィールのアドレスではありません。',
  },
  retry: '再試行',
  showMore: 'もっと見る',
  moreShown: (count) => `さらに${count}件の投稿を表示しました`,
  profile: (host) => `${host}で投稿を見る`,
  pinned: '固定された投稿',
  verified: '認証済み',
  stale: '更新できませんでした。表示中の投稿は最新ではない可能性があります。',
  consent: (hosts) => `${hosts}の投稿を表示`,
  posts: (author) => `${author}の投稿`,
  links: (author) => `${author}のリンク`,
  repost: (original) => `リポスト元：${original}`,
};
