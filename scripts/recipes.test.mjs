/**
 * The HTML recipes (examples/recipes/html/, shown in docs/recipes/) use
 * profiad as documented: every tag and attribute is in custom-elements.json
 * with a value of its type (`view="month"`, not `view="week"`), every script is
 * a file the build makes (and each tag's own file, or profiad.js, is loaded,
 * never both), inline data is JSON with the element's feed key, and nothing
 * needs a looser Content Security Policy (no inline code, event handler or
 * style attribute). tests/recipes/ renders the same files in Chromium under
 * the strict policy; the React and Vue recipes are type-checked by
 * `npm run typecheck`.
 * Run: npm run build && node --test scripts/recipes.test.mjs
 */
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, it} from 'node:test';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'examples', 'recipes', 'html');

const GLOBAL_ATTRIBUTES = new Set(['lang', 'id', 'class', 'dir', 'hidden', 'title', 'slot', 'part', 'exportparts', 'tabindex', 'translate']);
/** The feed key each element's inline JSON must hold. */
const FEED_KEYS = {'profiad-event-calendar': 'events', 'profiad-milestone-tracker': 'milestones', 'profiad-story-carousel': 'stories', 'profiad-contact-form': 'topics'};

function elements() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  return new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement)
      .map((d) => [d.tagName, d]),
  );
}

const attributesOf = (source) => [...source.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((m) => ({name: m[1], value: m[2] ?? m[3] ?? m[4] ?? ''}));

/** Whether a value written in HTML fits an attribute's type as the manifest spells it. */
function fits(typeText, value) {
  const members = typeText
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined');
  const literals = members.filter((t) => /^'.*'$/.test(t)).map((t) => t.slice(1, -1));
  if (literals.length === members.length) return literals.includes(value);
  if (members.includes('string')) return true;
  if (members.includes('number')) return value.trim() !== '' && Number.isFinite(Number(value));
  if (members.includes('boolean')) return value === '' || value === members[0];
  return false;
}

const recipes = readdirSync(dir).filter((name) => name.endsWith('.html'));

describe('HTML recipes', () => {
  it('are there: a plain page, a WordPress block and a Drupal block', () => {
    assert.deepEqual(recipes.sort(), ['drupal-block.html', 'plain-page.html', 'wordpress-block.html']);
  });

  for (const name of recipes) {
    describe(name, () => {
      const html = readFileSync(join(dir, name), 'utf8').replace(/<!--[\s\S]*?-->/g, '');

      it('uses documented tags and attributes, with values of their types', () => {
        const documented = elements();
        const tags = [...html.matchAll(/<(profiad-[a-z-]+)(\s[^>]*)?>/g)];
        assert.ok(tags.length > 0, 'no profiad element');
        for (const [, tag, attributes = ''] of tags) {
          const element = documented.get(tag);
          assert.ok(element, `<${tag}> is not a documented element`);
          for (const {name: attribute, value} of attributesOf(attributes)) {
            if (GLOBAL_ATTRIBUTES.has(attribute) || /^(data|aria)-/.test(attribute)) continue;
            const doc = element.attributes.find((a) => a.name === attribute);
            assert.ok(doc, `<${tag} ${attribute}>: no such attribute`);
            assert.ok(fits(doc.type.text, value), `<${tag} ${attribute}="${value}">: not a ${doc.type.text}`);
          }
        }
      });

      it('needs no looser policy: no inline code, event handler attribute or style attribute', () => {
        for (const [, attributes, body] of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
          const type = attributesOf(attributes ?? '').find((a) => a.name === 'type')?.value;
          if (type === 'application/json') continue;
          assert.equal(body.trim(), '', `inline script code: ${body.trim().slice(0, 60)}`);
        }
        assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'an inline event handler attribute');
        assert.doesNotMatch(html, /\sstyle\s*=/i, 'a style attribute');
        assert.doesNotMatch(html, /<style[\s>]/i, 'an inline <style>');
      });

      it("loads files the build makes: profiad.js, or each element's own file, not both", () => {
        const scripts = [...html.matchAll(/<script(\s[^>]*)>/g)].map((m) => attributesOf(m[1])).filter((a) => a.some((x) => x.name === 'src'));
        assert.ok(scripts.length > 0, 'no script loads profiad');
        const files = scripts.map((attributes) => {
          assert.equal(attributes.find((a) => a.name === 'type')?.value, 'module', 'profiad is loaded with type="module"');
          const file = attributes
            .find((a) => a.name === 'src')
            .value.split('/')
            .pop();
          assert.ok(existsSync(join(root, 'dist', 'cdn', file)), `dist/cdn/${file} does not exist after the build`);
          return file;
        });
        assert.ok(!(files.includes('profiad.js') && files.length > 1), 'profiad.js and per-element files on one page');
        for (const [, tag] of html.matchAll(/<(profiad-[a-z-]+)/g)) {
          assert.ok(files.includes('profiad.js') || files.includes(`${tag.replace(/^profiad-/, '')}.js`), `nothing loads <${tag}>`);
        }
      });

      it("holds inline data as JSON with the element's feed key", () => {
        for (const [, tag, inner] of html.matchAll(/<(profiad-[a-z-]+)[^>]*>([\s\S]*?)<\/\1>/g)) {
          const json = inner.match(/<script type="application\/json">([\s\S]*?)<\/script>/);
          if (!json) continue;
          const data = JSON.parse(json[1]);
          assert.ok(Array.isArray(data[FEED_KEYS[tag]]), `<${tag}>'s inline JSON has no "${FEED_KEYS[tag]}" array`);
        }
      });
    });
  }
});
