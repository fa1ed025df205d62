/**
 * Story-only stand-ins for the network failures readers meet, at the same
 * paths as the test server's routes (tests/server-routes.mjs), because a
 * static Storybook has no server to hold a request open:
 *
 *   .../test-feeds/hang   never answers (until the element aborts the request)
 *
 * Every other request goes to the real `fetch`. Installed once per preview
 * window, however often the stories module is reloaded.
 */
const INSTALLED = Symbol.for('profiad.storybook.test-feeds');

type Patched = typeof window & {[INSTALLED]?: true};

export function installTestFeeds(): void {
  const win = window as Patched;
  if (win[INSTALLED]) return;
  win[INSTALLED] = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(input instanceof Request ? input.url : input, document.baseURI);
    if (url.pathname.endsWith('/test-feeds/hang')) {
      const signal = init?.signal ?? request?.signal;
      return new Promise<Response>((_, reject) => {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as fetch does: the signal's reason, whatever it is
        const abort = () => reject(signal?.reason ?? new DOMException('The request was aborted.', 'AbortError'));
        if (signal?.aborted) abort();
        else signal?.addEventListener('abort', abort, {once: true});
      });
    }
    return realFetch(input, init);
  };
}
