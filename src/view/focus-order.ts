// The WAI-ARIA feed pattern's Control+Home and Control+End: focus leaves the feed for the nearest focusable element
// before or after it, inside the widget (the author's links, "Show more") or else on the page around it.

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const shown = (el: Element) => el.getClientRects().length > 0;

/** The focusable elements of `scope` before (`-1`) or after (`1`) `node` in document order, nearest first. */
function beside(scope: Document | ShadowRoot, node: Node, direction: 1 | -1): HTMLElement[] {
  const found = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    const position = node.compareDocumentPosition(el);
    // Neither the node's own content nor what contains it.
    if (position & (Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_CONTAINS)) return false;
    return position & (direction === 1 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING) && shown(el);
  });
  return direction === 1 ? found : found.reverse();
}

/** The nearest focusable element before (`-1`) or after (`1`) `feed`, in its shadow root first, then on the page. */
export function focusableBeside(feed: Element, direction: 1 | -1): HTMLElement | undefined {
  const root = feed.getRootNode() as ShadowRoot;
  return beside(root, feed, direction)[0] ?? beside(document, root.host, direction)[0];
}
