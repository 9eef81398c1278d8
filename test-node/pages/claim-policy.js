// What a hostile or careless page script could do: take the widget's Trusted Types policy name for itself, with a
// policy that lets any string through. It must find the name taken.
try {
  trustedTypes.createPolicy('social-feed', { createHTML: (input) => input });
  document.documentElement.dataset.claim = 'taken by the page';
} catch (error) {
  document.documentElement.dataset.claim = error.name;
}
