/**
 * Test-only routes that serve the HTML recipes (examples/recipes/html/) as a
 * site would, for tests/recipes/recipes.test.ts:
 *   /recipe-pages/<name>.html   a recipe: a whole page as it is, or a CMS block
 *                               inside a page sending the policy its recipe
 *                               names; tests/pages/csp-page.js first, to record
 *                               violations and count profiad-load events
 *   …/profiad/<file>            dist/cdn/<file>, wherever the recipe copied dist/cdn/ to
 *                               (/profiad/, /wp-content/uploads/profiad/, /libraries/profiad/)
 *   /data/events.json, /data/milestones.json   the sample feeds in examples/
 */
import {existsSync, readFileSync} from 'node:fs';

const here = (path) => new URL(path, import.meta.url);

/** The policy docs/recipes/ recommends, as the CMS's page would send it. */
export const RECIPE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; object-src 'none'; base-uri 'self'";

const DATA = {
  'events.json': '../../examples/event-calendar/events.json',
  'milestones.json': '../../examples/milestone-tracker/plan.json',
};

const recorder = '<script src="/tests/pages/csp-page.js"></script>';

function recipePage(name) {
  const file = here(`../../examples/recipes/html/${name}.html`);
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  if (/^<!doctype/i.test(html.trimStart())) return html.replace('<head>', `<head>\n  ${recorder}`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  ${recorder}
  <meta http-equiv="Content-Security-Policy" content="${RECIPE_POLICY}">
  <title>${name}</title>
</head>
<body>
<main>
${html}
</main>
</body>
</html>`;
}

export async function recipeRoutes(ctx, next) {
  const path = new URL(ctx.url, 'http://localhost').pathname;
  const page = /^\/recipe-pages\/([\w-]+)\.html$/.exec(path);
  if (page) {
    const body = recipePage(page[1]);
    if (body === undefined) return next();
    ctx.type = 'text/html';
    ctx.body = body;
    return;
  }
  const script = /^\/(?:[\w.-]+\/)*profiad\/((?:chunks\/)?[\w.-]+\.js)$/.exec(path);
  if (script && existsSync(here(`../../dist/cdn/${script[1]}`))) {
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(here(`../../dist/cdn/${script[1]}`), 'utf8');
    return;
  }
  const data = /^\/data\/([\w-]+\.json)$/.exec(path);
  if (data && DATA[data[1]]) {
    ctx.type = 'application/json';
    ctx.body = readFileSync(here(DATA[data[1]]), 'utf8');
    return;
  }
  return next();
}
