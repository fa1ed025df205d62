#!/usr/bin/env node
/**
 * JSX types for React 19 and template types for Vue 3, generated from
 * custom-elements.json into dist/types/jsx/ (package.json exports them as
 * `profiad/jsx/react` and `profiad/jsx/vue`). In a TSX or Vue file,
 * `<profiad-event-calendar view="month">` then type-checks and `view="week"`
 * does not. examples/recipes/ uses both, and `npm run typecheck` checks it.
 *
 * The manifest says which attributes, properties and events each public
 * element has, and their descriptions; the types themselves come from the
 * element classes (`ProfiadEventCalendar['view']`) and the event map, so they
 * are exactly what the code declares.
 *
 * Why not custom-element-jsx-integration / -vuejs-integration: they read an
 * event's manifest type as its `detail` (the manifest, like the analyzer, gives
 * the event's own type, `CustomEvent<…>`), offer read-only properties
 * (`currentView`) as settable, and the Vue one adds a global `JSX` namespace
 * and names handlers `onprofiad-load`, which Vue's type checker does not match
 * to `@profiad-load`.
 *
 * Usage: node scripts/framework-types.mjs (npm run build runs it, after the manifest)
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist', 'types', 'jsx');

/** Public elements with what a framework may set on them and listen to. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({
      className: d.name,
      tagName: d.tagName,
      summary: d.summary ?? d.description ?? '',
      attributes: (d.attributes ?? []).filter((a) => a.fieldName),
      // Properties with no attribute (data such as `events`); read-only ones cannot be set.
      properties: (d.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && !m.readonly && !m.static && (m.privacy ?? 'public') === 'public'),
      events: (d.events ?? []).map((e) => ({...e, detail: e.type?.text.match(/^CustomEvent<(\w+)>$/)?.[1]})),
    }));
}

const comment = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const banner = '/* Generated from custom-elements.json by scripts/framework-types.mjs: do not edit. */\n';

function imports(elements) {
  const names = new Set(elements.flatMap((e) => [e.className, ...e.events.map((ev) => ev.detail).filter(Boolean)]));
  return `import type {${[...names].sort().join(', ')}} from '../index.js';

/** An attribute's value, also as the text HTML holds (\`heading-level="3"\`): React and Vue then set the attribute, which the element reads as a number. */
type AttributeValue<T> = T | (T extends number ? \`\${T}\` : never);
`;
}

const eventType = (event) => (event.detail ? `CustomEvent<${event.detail}>` : 'Event');

/** React 19 sets a custom element's property when the element has one, else the attribute, and listens for `on<event-name>`. */
export function reactTypes(elements) {
  let out = `${banner}/**
 * JSX types for profiad's elements in React 19: import this file's types once
 * (\`import type {} from 'profiad/jsx/react';\`) and JSX knows each tag, its
 * attributes, its data properties and its events (\`onprofiad-load\`).
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
${imports(elements)}
/** An element's own props, with React's usual ones (\`className\`, \`ref\`, \`key\`, \`children\`, …) that do not clash with them. */
type WithReactProps<E extends HTMLElement, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P>;
`;
  for (const e of elements) {
    out += `\n/** Props of \`<${e.tagName}>\`: its attributes by their HTML names, its data properties, and \`on<event>\` listeners. */\nexport interface ${e.className}Props {\n`;
    for (const a of e.attributes) out += `${comment(a.description)}  '${a.name}'?: AttributeValue<${e.className}['${a.fieldName}']>;\n`;
    for (const p of e.properties) out += `${comment(p.description)}  ${p.name}?: ${e.className}['${p.name}'];\n`;
    for (const ev of e.events) out += `${comment(ev.description)}  'on${ev.name}'?: (event: ${eventType(ev)}) => void;\n`;
    out += '}\n';
  }
  out += "\n/** profiad's tags, as JSX intrinsic elements. */\nexport interface ProfiadIntrinsicElements {\n";
  for (const e of elements) out += `${comment(e.summary)}  '${e.tagName}': WithReactProps<${e.className}, ${e.className}Props>;\n`;
  out += `}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ProfiadIntrinsicElements {}
  }
}
`;
  return out;
}

/**
 * Vue 3 (with \`isCustomElement\` for the \`profiad-\` tags) sets a custom
 * element's property when it has one, else the attribute; its type checker
 * matches \`heading-level\` to a \`headingLevel\` prop and \`@profiad-load\` to
 * \`onProfiadLoad\`, so both are written that way here.
 */
export function vueTypes(elements) {
  let out = `${banner}/**
 * Template types for profiad's elements in Vue 3 (vue-tsc, Volar): import
 * this file's types once (\`import type {} from 'profiad/jsx/vue';\`) and
 * templates know each tag, its attributes and properties, and its events
 * (\`@profiad-load\`). Vue must also be told the tags are custom elements:
 * \`compilerOptions.isCustomElement: (tag) => tag.startsWith('profiad-')\`.
 */
import type {DefineComponent, HTMLAttributes} from 'vue';
${imports(elements)}
/** An element's own props, with the usual HTML ones (\`class\`, \`id\`, \`lang\`, \`@click\`, …) that do not clash with them. */
type WithHtmlAttributes<P> = P & Omit<HTMLAttributes, keyof P>;
`;
  for (const e of elements) {
    out += `\n/** Props of \`<${e.tagName}>\` in a Vue template (write \`heading-level\` or \`headingLevel\`; Vue matches both), and its events. */\nexport interface ${e.className}VueProps {\n`;
    for (const a of e.attributes) out += `${comment(`\`${a.name}\`: ${a.description ?? ''}`)}  ${a.fieldName}?: AttributeValue<${e.className}['${a.fieldName}']>;\n`;
    for (const p of e.properties) out += `${comment(p.description)}  ${p.name}?: ${e.className}['${p.name}'];\n`;
    for (const ev of e.events) out += `${comment(`\`@${ev.name}\`: ${ev.description ?? ''}`)}  on${camel(`-${ev.name}`)}?: (event: ${eventType(ev)}) => void;\n`;
    out += '}\n';
  }
  out += "\n/** profiad's tags, as Vue global components (for type checking only: at run time they are custom elements). */\nexport interface ProfiadGlobalComponents {\n";
  for (const e of elements) out += `${comment(e.summary)}  '${e.tagName}': DefineComponent<WithHtmlAttributes<${e.className}VueProps>>;\n`;
  out += `}

declare module 'vue' {
  interface GlobalComponents extends ProfiadGlobalComponents {}
}
`;
  return out;
}

export function generateFrameworkTypes() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = elementsOf(manifest);
  mkdirSync(outDir, {recursive: true});
  writeFileSync(join(outDir, 'react.d.ts'), reactTypes(elements));
  writeFileSync(join(outDir, 'vue.d.ts'), vueTypes(elements));
}

if (import.meta.url === `file://${process.argv[1]}`) generateFrameworkTypes();
