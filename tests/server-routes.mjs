/**
 * Test-only routes on the test server, for the network failures readers meet:
 *   /test-feeds/hang          never answers
 *   /test-feeds/slow?ms=N     answers the sample milestones after N ms
 *   /test-feeds/status/N      answers with HTTP status N
 *   /test-feeds/html          an HTML page instead of a feed (a login or error page)
 *   /test-feeds/together?key=K&count=N&example=<path>
 *                             holds each request until N requests with key K have arrived, then
 *                             answers them all at once with examples/<path> (so several elements
 *                             finish loading at the same moment)
 *   /test-feeds/raw/<path>    a file under tests/fixtures/ byte for byte (the dev server would
 *                             re-encode text files as UTF-8, mending bytes a test needs broken)
 */
import {readFileSync} from 'node:fs';

const sample = () => readFileSync(new URL('../examples/milestone-tracker/plan.json', import.meta.url), 'utf8');

/** Requests waiting for the rest of their group, per `key`. */
const groups = new Map();

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
  if (path === 'together') {
    const key = url.searchParams.get('key') ?? '';
    const example = url.searchParams.get('example') ?? 'milestone-tracker/plan.json';
    if (!/^[\w-]+\/[\w-]+\.json$/.test(example)) return next();
    const group = groups.get(key) ?? {waiting: [], count: Number(url.searchParams.get('count') ?? 2)};
    groups.set(key, group);
    const arrived = new Promise((resolve) => group.waiting.push(resolve));
    if (group.waiting.length >= group.count) {
      groups.delete(key);
      for (const resolve of group.waiting) resolve();
    }
    await arrived;
    ctx.type = 'application/json';
    ctx.body = readFileSync(new URL(`../examples/${example}`, import.meta.url), 'utf8');
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
