// The page's own script hears the widget's events, as any script can: they bubble and cross the shadow root. A classic
// script or a module alike.
const statusLine = document.getElementById('status');
document.addEventListener('social-feed-load', (event) => {
  statusLine.textContent = `${event.detail.feed.posts.length} posts from the ${event.detail.source}`;
});
document.addEventListener('social-feed-error', (event) => {
  statusLine.textContent = `Could not load the feed (${event.detail.error.code})`;
});
