/** What the hostile-feed tests put in every text field of a feed, and how they tell whether any of it ran. */

declare global {
  interface Window {
    /** Set only if feed text ever ran as script. */
    __pwned?: unknown;
  }
}

/** Markup a feed might carry, each of which would set window.__pwned if it ever ran. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '"><iframe src="javascript:window.parent.__pwned=1"></iframe>',
  '<b>bold</b> &lt;i&gt; &amp; ${window.__pwned=1}',
];

/** Lets an injected <img onerror> or <svg onload> fire, if any got in. */
export const afterImagesFail = () => new Promise((resolve) => setTimeout(resolve, 100));
