// <social-feed> in a React 19 component. React 19 sets the props as the element's properties and listens to the
// `on<event-name>` props as DOM events; 'social-feed-element/react' types both. Mount it as usual:
//
//   createRoot(document.getElementById('sidebar')!).render(<AuthorSidebar src="/feed.json" />);
import { useRef, useState } from 'react';
import 'social-feed-element';
import type { SocialFeed } from 'social-feed-element';
import type { SocialFeedProps } from 'social-feed-element/react';

/** The author's sidebar: the widget, a line saying what it loaded, and a button that reloads it. */
export function AuthorSidebar({ src, lang = 'en' }: Pick<SocialFeedProps, 'src' | 'lang'>) {
  const feed = useRef<SocialFeed>(null);
  const [status, setStatus] = useState('Loading…');
  return (
    <aside>
      <social-feed
        ref={feed}
        src={src}
        lang={lang}
        limit={6}
        layout="compact"
        hideReposts
        onsocial-feed-load={(event) => setStatus(`${event.detail.feed.posts.length} posts from the ${event.detail.source}`)}
        onsocial-feed-error={(event) => setStatus(`Could not load the feed (${event.detail.error.code})`)}
      />
      <p role="status">{status}</p>
      <button type="button" onClick={() => feed.current?.reload()}>
        Reload
      </button>
    </aside>
  );
}
