// The framework typings as an app sees them, through the package's own name: tsc checks this file twice, against
// the sources (tsconfig.json maps the name to src/) and against the built package (tsconfig.package.json resolves it
// through package.json "exports" to lib/), with the recipes in demo/frameworks. Nothing here runs.
import type { SocialFeed, SocialFeedLoadEvent } from 'social-feed-element';
import type { SocialFeedProps as ReactProps } from 'social-feed-element/react';
import type {} from 'social-feed-element/svelte';
import type {} from 'social-feed-element/vue';
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';

// React: the JSX props, by their types; events by their classes.
({ limit: 6, theme: 'system', 'onsocial-feed-load': (event: SocialFeedLoadEvent) => event.detail.feed }) satisfies ReactProps;
// @ts-expect-error limit is a number
({ limit: 'six' }) satisfies ReactProps;
({ feed: { version: 1, author: { name: 'Sam' }, posts: [] }, strings: { retry: 'Reload' } }) satisfies ReactProps;
(<social-feed src="@sam@social.example" limit={6} />) satisfies unknown;

// Svelte: as svelte-check checks markup.
type InMarkup = SvelteHTMLElements['social-feed'];
({ limit: 6, theme: 'dark', 'onsocial-feed-load': (event: SocialFeedLoadEvent) => event.detail.feed }) satisfies InMarkup;
// @ts-expect-error limit is a number
({ limit: 'six' }) satisfies InMarkup;
// @ts-expect-error onsocial-feed-load hears a SocialFeedLoadEvent
({ 'onsocial-feed-load': (event: MouseEvent) => event.button }) satisfies InMarkup;

// Vue: as its language tools check a template.
type InTemplate = InstanceType<GlobalComponents['social-feed']>;
({ limit: 6, theme: 'dark' }) satisfies InTemplate['$props'];
// @ts-expect-error limit is a number
({ limit: 'six' }) satisfies InTemplate['$props'];
((emit: InTemplate['$emit'], event: SocialFeedLoadEvent) => emit('social-feed-load', event)) satisfies unknown;
// @ts-expect-error social-feed-load carries a SocialFeedLoadEvent
((emit: InTemplate['$emit']) => emit('social-feed-load', { feed: null })) satisfies unknown;

// The element itself, typed by tag.
((el: HTMLElementTagNameMap['social-feed']) => el satisfies SocialFeed) satisfies unknown;
