/**
 * Test-only routes on the test server, for the network failures readers meet:
 *   /test-feeds/hang          never answers
 *   /test-feeds/slow?ms=N     answers the sample milestones after N ms
 *   /test-feeds/status/N      answers with HTTP status N
 *   /test-feeds/html          an HTML page instead of a feed (a login or error page)
 *   /test-feeds/raw/<path>    a file under tests/fixtures/ byte for byte (the dev server would
 *                             re-encode text files as UTF-8, mending bytes a test needs broken)
 */
import {readFileSync} from 'node:fs';

const sample = () => readFileSync(new URL('../examples/milestone-tracker/plan.json', import.meta.url), 'utf8');

export async function testServerRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-feeds/')) return next();
  const path = url.pathname.slice('/test-feeds/'.length);
  if (path === 'hang') {
    // Hold the request open until the browser gives up on it.
    await new Promise((resolve) => ctx.req.on('close', resolve));
    return;
  }
  if (path === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 500)));
    ctx.type = 'application/json';
    ctx.body = sample();
    return;
  }
  const status = /^status\/(\d{3})$/.exec(path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = 'error';
    return;
  }
  const raw = /^raw\/([\w-]+(?:\/[\w-]+)*\.(ics|json|txt))$/.exec(path);
  if (raw) {
    ctx.type = {ics: 'text/calendar; charset=utf-8', json: 'application/json', txt: 'text/plain'}[raw[2]];
    ctx.body = readFileSync(new URL(`./fixtures/${raw[1]}`, import.meta.url));
    return;
  }
  if (path === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Sign in</title><script>window.parent.__pwned = true</script><h1>Please sign in</h1>';
    return;
  }
  return next();
}
