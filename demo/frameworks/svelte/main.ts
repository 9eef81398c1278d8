// The Svelte app's entry: defines <social-feed>, then mounts the component.
import { mount } from 'svelte';
import 'social-feed-element';
import AuthorSidebar from './AuthorSidebar.svelte';

/** Mounts the author's sidebar into `target`, reading the feed at `src`; `unmount()` from 'svelte' removes it. */
export function mountSidebar(target: HTMLElement, src: string): ReturnType<typeof mount> {
  return mount(AuthorSidebar, { target, props: { src } });
}
