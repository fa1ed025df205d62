/**
 * custom-elements.json (npm run build:manifest): the analyzer's reading of src/,
 * with the fixes it needs to describe the package as it ships.
 *
 * - Types from TypeScript's checker: `view` is `'month' | 'list' | undefined`,
 *   not the alias `CalendarView | undefined`; `timeZone = DEFAULT_TIME_ZONE`
 *   is `string`, not untyped.
 * - Events are typed from `HTMLElementEventMap` (the registering modules and
 *   core/element/feed-events.ts), the one place their detail types are
 *   declared: `CustomEvent<ProfiadLoadDetail>`. An event a class documents
 *   with @fires but the map does not declare fails the build.
 * - Tags are registered with `defineElement(tag, Class)`, which the analyzer
 *   does not know (it saw the `customElements.define(name, constructor)` inside
 *   it and made a definition of a tag called "name"): each becomes a
 *   custom-element-definition.
 * - Modules are the files that ship, taken from package.json's `exports`
 *   (src/event-calendar/event-calendar.ts -> dist/event-calendar.js): each
 *   element's class is declared in the entry that exports and defines it, and
 *   dist/profiad.js re-exports and defines all four. Internal elements
 *   (`@internal`, e.g. the calendar's month grid) and private members are left out.
 *
 * scripts/manifest.test.mjs checks the result against the templates and styles.
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const rel = (file) => relative(root, resolve(root, file));

let ts;
let checker;
/** Class name -> its ClassDeclaration node, for the checker. */
const classNodes = new Map();
/** `defineElement(tag, Class)` calls: {tag, className, path} with path the registering module in src/. */
const definitions = [];
/** Event name -> its type as written in `interface HTMLElementEventMap`. */
const eventTypes = new Map();

/**
 * The src/ module an export's specifier names. The analyzer writes `./x.js`
 * relative to the exporting module, but for `export *` an absolute path without
 * its leading slash.
 */
function sourceOf(fromPath, specifier) {
  const ts = (path) => path.replace(/\.js$/, '.ts');
  if (specifier.startsWith('.')) return rel(ts(resolve(dirname(resolve(root, fromPath)), specifier)));
  const absolute = resolve('/', ts(specifier));
  return rel(existsSync(absolute) ? absolute : resolve(root, ts(specifier)));
}

/** src/x.ts -> dist/y.js, from package.json's exports (`types: ./dist/types/x.d.ts`, `default: ./dist/y.js`). */
function shippedEntries() {
  const entries = new Map();
  for (const target of Object.values(pkg.exports)) {
    if (typeof target !== 'object' || !target.types?.startsWith('./dist/types/') || !target.default) continue;
    entries.set(target.types.replace('./dist/types/', 'src/').replace(/\.d\.ts$/, '.ts'), target.default.replace(/^\.\//, ''));
  }
  return entries;
}

const FLAGS = () => ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

/**
 * The literals a type annotation spells, through type aliases, in the order
 * written (`'month' | 'list'`, not the checker's internal order); `undefined`
 * when it is not a union of literals.
 */
function literalsWritten(node) {
  if (ts.isParenthesizedTypeNode(node)) return literalsWritten(node.type);
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.map(literalsWritten);
    return parts.every(Boolean) ? parts.flat() : undefined;
  }
  if (ts.isLiteralTypeNode(node)) return [checker.typeToString(checker.getTypeFromTypeNode(node), undefined, FLAGS())];
  if (node.kind === ts.SyntaxKind.UndefinedKeyword) return ['undefined'];
  if (ts.isTypeReferenceNode(node)) {
    let symbol = checker.getSymbolAtLocation(node.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
    if (alias) return literalsWritten(alias.type);
    // e.g. (typeof STATUSES)[number]: the checker's order, which is the array's.
    const type = checker.getTypeFromTypeNode(node);
    if (type.isUnion() && type.types.every((t) => t.isLiteral())) return type.types.map((t) => checker.typeToString(t, undefined, FLAGS()));
  }
  return undefined;
}

/** A property's type as a page author reads it: a union of literals spelt out, anything else by name. */
function memberTypeText(member) {
  const symbol = checker.getSymbolAtLocation(member.name);
  const literals = member.type && literalsWritten(member.type);
  if (literals) {
    const optional = member.questionToken && !literals.includes('undefined');
    return [...literals.filter((l) => l !== 'undefined'), ...(optional || literals.includes('undefined') ? ['undefined'] : [])].join(' | ');
  }
  return checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, member), undefined, FLAGS());
}

/** A default written as a constant (`DEFAULT_TIME_ZONE`), as its value (`'Europe/London'`). */
function defaultText(member) {
  if (!member.initializer || ts.isLiteralExpression(member.initializer)) return undefined;
  const type = checker.getTypeAtLocation(member.initializer);
  return type.isLiteral() ? checker.typeToString(type, undefined, FLAGS()) : undefined;
}

/** Finds defineElement calls, HTMLElementEventMap entries and classes. */
function collectPlugin() {
  return {
    name: 'profiad-collect',
    analyzePhase({node, moduleDoc}) {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineElement') {
        const [tag, klass] = node.arguments;
        if (tag && ts.isStringLiteral(tag) && klass && ts.isIdentifier(klass)) definitions.push({tag: tag.text, className: klass.text, path: rel(moduleDoc.path)});
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) eventTypes.set(member.name.text, member.type.getText());
        }
      }
      if (ts.isClassDeclaration(node) && node.name) classNodes.set(node.name.text, node);
    },
  };
}

/** Real types for fields and attributes, typed events, no private members. */
function typesPlugin() {
  return {
    name: 'profiad-types',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          const node = classNodes.get(declaration.name);
          const memberTypes = new Map();
          const memberDefaults = new Map();
          for (const member of node?.members ?? []) {
            if (!(ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)) || !member.name || !ts.isIdentifier(member.name)) continue;
            memberTypes.set(member.name.text, memberTypeText(member));
            const value = ts.isPropertyDeclaration(member) ? defaultText(member) : undefined;
            if (value !== undefined) memberDefaults.set(member.name.text, value);
          }
          declaration.members = (declaration.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
          const fix = (doc, name) => {
            if (memberTypes.has(name)) doc.type = {text: memberTypes.get(name)};
            if (memberDefaults.has(name)) doc.default = memberDefaults.get(name);
          };
          for (const member of declaration.members) if (member.kind === 'field') fix(member, member.name);
          for (const attribute of declaration.attributes ?? []) fix(attribute, attribute.fieldName);
          // Only documented (@fires) events: the analyzer also lists `dispatchEvent(new CustomEvent(NAME))` by the constant's name.
          declaration.events = (declaration.events ?? []).filter((event) => /^[a-z][a-z-]*$/.test(event.name));
          for (const event of declaration.events) {
            const type = eventTypes.get(event.name);
            if (!type)
              throw new Error(`${declaration.name} fires "${event.name}", which no HTMLElementEventMap in src/ declares: add it, with its detail type, in the module that registers the element`);
            event.type = {text: type};
          }
        }
      }
    },
  };
}

/** Rebuilds the module list as the files that ship. */
function shippedModulesPlugin() {
  return {
    name: 'profiad-shipped-modules',
    packageLinkPhase({customElementsManifest}) {
      const entries = shippedEntries();
      const bySource = new Map(customElementsManifest.modules.map((m) => [rel(m.path), m]));
      const findDeclaration = (path, name) => bySource.get(path)?.declarations?.find((d) => d.name === name);
      const modules = new Map();
      for (const [source, shipped] of entries) modules.set(source, {kind: 'javascript-module', path: shipped, declarations: [], exports: []});

      // Named re-exports of an entry (`export {ProfiadEventCalendar, MAX_EVENTS} from './….component.js'`): declared in it.
      for (const [source, mod] of modules) {
        for (const exp of bySource.get(source)?.exports ?? []) {
          if (exp.kind !== 'js' || exp.name === '*' || !exp.declaration?.module) continue;
          const declaration = findDeclaration(sourceOf(source, exp.declaration.module), exp.declaration.name);
          if (!declaration) continue; // a type (the manifest lists no types), or something left out on purpose (@internal)
          mod.declarations.push(declaration);
          mod.exports.push({kind: 'js', name: exp.name, declaration: {name: declaration.name, module: mod.path}});
        }
      }
      // `export * from './x.js'` (src/index.ts): the other entry's exports, pointing at it.
      for (const [source, mod] of modules) {
        for (const exp of bySource.get(source)?.exports ?? []) {
          if (exp.kind !== 'js' || exp.name !== '*' || !exp.declaration?.module) continue;
          const target = modules.get(sourceOf(source, exp.declaration.module));
          for (const reexport of target?.exports ?? []) mod.exports.push({...reexport});
        }
      }
      // Definitions: in the entry that calls defineElement, and in every entry that re-exports it.
      for (const {tag, className, path} of definitions) {
        const home = modules.get(path);
        if (!home?.declarations.some((d) => d.name === className)) continue; // internal: registered by a module that does not ship
        const definition = {kind: 'custom-element-definition', name: tag, declaration: {name: className, module: home.path}};
        for (const mod of modules.values()) if (mod.exports.some((e) => e.kind === 'js' && e.name === className)) mod.exports.push({...definition});
      }
      customElementsManifest.modules = [...modules.values()];
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/generated/**'],
  litelement: true,
  outdir: '.',
  /** One TypeScript program over the whole build (generated files included, so every type resolves), for the checker. */
  overrideModuleCreation({ts: analyzerTs, globs}) {
    ts = analyzerTs;
    const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.build.json'), {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(d.messageText)});
    const program = ts.createProgram(config.fileNames, config.options);
    checker = program.getTypeChecker();
    const wanted = new Set(globs.map((glob) => resolve(root, glob)));
    return program.getSourceFiles().filter((file) => wanted.has(resolve(file.fileName)));
  },
  plugins: [collectPlugin(), typesPlugin(), shippedModulesPlugin()],
};
