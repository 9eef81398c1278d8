// The Svelte app's entry: defines <social-feed> (in an app: `import 'social-feed-element'`), then mounts the component.
import { mount } from 'svelte';
import '../../../src/index.js';
import AuthorSidebar from './AuthorSidebar.svelte';

/** Mounts the author's sidebar into `target`, reading the feed at `src`; `unmount()` from 'svelte' removes it. */
export function mountSidebar(target: HTMLElement, src: string): ReturnType<typeof mount> {
  return mount(AuthorSidebar, { target, props: { src } });
}
