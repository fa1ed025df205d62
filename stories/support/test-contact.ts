/**
 * A stand-in for the contact form's receiver in a static Storybook (which has
 * no server): POSTs to these paths answer as the real receiver would. The
 * browser tests use the real receiver (tests/contact-form/contact-receiver.mjs).
 *
 *   .../test-contact/accept         201 {reference: "K7M2-Q9XD"}
 *   .../test-contact/status/<code>  that status (429 with Retry-After; 400 with ?errors=field:code,…)
 *   .../test-contact/hang           never answers (until the form's time limit)
 */
const INSTALLED = Symbol.for('profiad.storybook.test-contact');

type Patched = typeof window & {[INSTALLED]?: true};

export function installTestReceiver(): void {
  const win = window as Patched;
  if (win[INSTALLED]) return;
  win[INSTALLED] = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(input instanceof Request ? input.url : input, document.baseURI);
    const path = /\/test-contact\/(.+)$/.exec(url.pathname)?.[1];
    if (!path) return realFetch(input, init);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json', ...headers}});
    if (path === 'accept') return json(201, {reference: 'K7M2-Q9XD'});
    if (path === 'hang') {
      const signal = init?.signal ?? request?.signal;
      return new Promise<Response>((_, reject) => {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as fetch does: the signal's reason, whatever it is
        const abort = () => reject(signal?.reason ?? new DOMException('The request was aborted.', 'AbortError'));
        if (signal?.aborted) abort();
        else signal?.addEventListener('abort', abort, {once: true});
      });
    }
    const status = Number(/^status\/(\d{3})$/.exec(path)?.[1] ?? 404);
    const errors = url.searchParams.get('errors');
    return json(status, errors ? {errors: errors.split(',').map((pair) => ({field: pair.split(':')[0], code: pair.split(':')[1]}))} : {error: 'story'}, status === 429 ? {'Retry-After': '600'} : {});
  };
}
