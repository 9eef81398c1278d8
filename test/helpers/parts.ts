// The widget's shadow parts, looked up as a theme's `::part()` would find them.

/** Every element of the widget's shadow root that has `name` among its parts. */
export function parts(el: Element, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The first element with the part `name`; throws when there is none, so a missing part fails by its name. */
export function part(el: Element, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}
