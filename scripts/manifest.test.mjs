/**
 * custom-elements.json tells the truth about each public element: every part
 * its templates render (its own, and an internal element's that it exports
 * with `exportparts`) and every `--profiad-*` custom property its styles read
 * (an internal element's too: custom properties inherit into it) is documented
 * on it, and nothing is documented that is not there. Each tag is defined by a
 * file that ships, internal elements stay out, and every event has a type.
 *
 * Parts are read from the templates with TypeScript's checker: `part="a b"`,
 * `part=${cond ? 'a' : 'b'}`, and `part="day-${x}"` where x's type is a union of
 * string literals. A part whose value TypeScript only knows as `string` fails
 * the test: give it a literal type (`as const`, a union parameter) so its names
 * can be listed.
 *
 * Run: npm run build && node --test scripts/manifest.test.mjs
 */
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {before, describe, it} from 'node:test';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const rel = (file) => relative(root, file);

let manifest;
let program;
let checker;
/** Tag -> the class declaration that `defineElement(tag, Class)` registers, for every tag in src/. */
let definedTags;

const sourceFiles = () => program.getSourceFiles().filter((file) => !file.isDeclarationFile && file.fileName.startsWith(join(root, 'src')));

function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** The declaration a name refers to, through imports. */
function declarationOf(identifier) {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

function findDefinedTags() {
  const tags = new Map();
  for (const file of sourceFiles()) {
    walk(file, (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineElement') {
        const [tag, klass] = node.arguments;
        if (tag && ts.isStringLiteral(tag) && klass && ts.isIdentifier(klass)) tags.set(tag.text, declarationOf(klass));
      }
    });
  }
  return tags;
}

function findClass(name) {
  for (const file of sourceFiles()) {
    for (const statement of file.statements) if (ts.isClassDeclaration(statement) && statement.name?.text === name) return statement;
  }
  return undefined;
}

const declaresElement = (file) => file.statements.some((s) => ts.isClassDeclaration(s) && s.heritageClauses?.some((h) => h.types.some((t) => t.expression.getText(file) === 'LitElement')));

/**
 * The files an element's code runs: its class's file and what that imports at
 * run time, in src/. Another element's files are not followed: an internal
 * element counts through the tags the templates render (childElements).
 */
function filesOf(klass) {
  const start = klass.getSourceFile();
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
      const resolved = ts.resolveModuleName(statement.moduleSpecifier.text, file.fileName, program.getCompilerOptions(), ts.sys).resolvedModule;
      const target = resolved && program.getSourceFile(resolved.resolvedFileName);
      if (!target || target.isDeclarationFile || !target.fileName.startsWith(join(root, 'src')) || seen.has(target)) continue;
      if (declaresElement(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return [...seen];
}

const TEMPLATE_TAGS = new Set(['html', 'staticHtml', 'svg']);

function templates(files) {
  const found = [];
  for (const file of files) {
    walk(file, (node) => {
      if (ts.isTaggedTemplateExpression(node) && TEMPLATE_TAGS.has(node.tag.getText(file))) found.push(node);
    });
  }
  return found;
}

/** A template as text pieces and the expressions between them. */
function segments(template) {
  const t = template.template;
  if (ts.isNoSubstitutionTemplateLiteral(t)) return [{text: t.text}];
  const result = [{text: t.head.text}];
  for (const span of t.templateSpans) result.push({expr: span.expression}, {text: span.literal.text});
  return result;
}

const where = (node) => {
  const file = node.getSourceFile();
  return `${rel(file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

/**
 * The strings an expression can be, from its type: a string literal or a union
 * of them; `nothing` and `undefined` render no attribute. `undefined` when
 * TypeScript knows only `string`.
 */
function literalValues(expr) {
  const type = checker.getTypeAtLocation(expr);
  const values = [];
  for (const member of type.isUnion() ? type.types : [type]) {
    if (member.isStringLiteral()) values.push(member.value);
    else if (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.UniqueESSymbol)) values.push('');
    else return undefined;
  }
  return values;
}

/** Every value an attribute can take in a template: the cross product of its pieces. */
function attributeValues(template, name, problems) {
  const segs = segments(template);
  const results = [];
  const pattern = new RegExp(`(?<=\\s)${name}=`, 'g');
  segs.forEach((seg, index) => {
    if (seg.text === undefined) return;
    for (const match of seg.text.matchAll(pattern)) {
      let rest = seg.text.slice(match.index + match[0].length);
      const pieces = [];
      const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : undefined;
      if (!quote) {
        // Unquoted: a literal up to a space or `>`, or the one expression that follows.
        if (rest === '') pieces.push(segs[index + 1]);
        else pieces.push({text: rest.match(/^[^\s>]*/)[0]});
      } else {
        rest = rest.slice(1);
        let i = index;
        for (;;) {
          const end = rest.indexOf(quote);
          if (end !== -1) {
            pieces.push({text: rest.slice(0, end)});
            break;
          }
          pieces.push({text: rest}, segs[i + 1]);
          i += 2;
          rest = segs[i].text;
        }
      }
      let values = [''];
      for (const piece of pieces) {
        const options = piece.text !== undefined ? [piece.text] : literalValues(piece.expr);
        if (!options && name === 'exportparts') {
          // A computed mapping: exportPartsValue runs the constant it comes from.
          values = [];
          break;
        }
        if (!options) {
          problems.push(`${where(piece.expr)}: ${name}=\${${piece.expr.getText()}} is only known as a string; give it a literal type so its names can be listed`);
          values = [];
          break;
        }
        values = values.flatMap((v) => options.map((o) => v + o));
      }
      results.push({values, template, expr: pieces.find((p) => p.expr)?.expr});
    }
  });
  return results;
}

const tokens = (values) => values.flatMap((value) => value.split(/\s+/)).filter(Boolean);

/**
 * An `exportparts` value: a literal, or a constant from a module with no
 * run-time imports, which is run to read it (month-grid-api.ts's monthExportParts).
 */
async function exportPartsValue(expr) {
  const literal = literalValues(expr);
  if (literal) return literal;
  const declaration = ts.isIdentifier(expr) ? declarationOf(expr) : undefined;
  assert.ok(declaration && ts.isVariableDeclaration(declaration), `${where(expr)}: exportparts must be a literal or an exported constant`);
  const file = declaration.getSourceFile();
  const js = ts.transpileModule(file.text, {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}}).outputText;
  assert.ok(!/^\s*import\s/m.test(js), `${rel(file.fileName)} has run-time imports, so this test cannot run it to read ${declaration.name.text}`);
  const module = await import(`data:text/javascript,${encodeURIComponent(js)}`);
  return [module[declaration.name.text]];
}

/** `inner: outer, name` -> Map(inner -> outer). */
const parseExportParts = (value) =>
  new Map(
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const [inner, outer = inner] = entry.split(':').map((s) => s.trim());
        return [inner, outer];
      }),
  );

/** `--profiad-*` custom properties read with var() in any string or template of these files (css``, svg``, style strings). */
function customPropertiesRead(files) {
  const names = new Set();
  for (const file of files) {
    walk(file, (node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        for (const match of node.text.matchAll(/var\(\s*(--profiad-[\w-]+)/g)) names.add(match[1]);
      }
    });
  }
  return names;
}

/** What an element really renders and reads, with the internal elements it renders. */
async function elementFacts(klass, problems) {
  const files = filesOf(klass);
  const parts = new Set(tokens(templates(files).flatMap((t) => attributeValues(t, 'part', problems).flatMap((r) => r.values))));
  const customProperties = customPropertiesRead(files);
  const children = [];
  for (const template of templates(files)) {
    for (const seg of segments(template)) {
      for (const match of (seg.text ?? '').matchAll(/<(profiad-[a-z-]+)/g)) {
        const childClass = definedTags.get(match[1]);
        assert.ok(childClass, `${where(template)}: <${match[1]}> is rendered but never defined with defineElement`);
        const exported = new Map();
        for (const {expr, values} of attributeValues(template, 'exportparts', problems)) {
          for (const value of expr ? await exportPartsValue(expr) : values) for (const [inner, outer] of parseExportParts(value)) exported.set(inner, outer);
        }
        const child = await elementFacts(childClass, problems);
        for (const name of child.customProperties) customProperties.add(name);
        for (const part of child.parts) {
          if (exported.has(part)) parts.add(exported.get(part));
          else problems.push(`<${match[1]}> renders part "${part}", which ${klass.name.text} does not export (exportparts): a page cannot style it`);
        }
        for (const inner of exported.keys()) if (!child.parts.has(inner)) problems.push(`${klass.name.text} exports part "${inner}" of <${match[1]}>, which it never renders`);
        children.push(match[1]);
      }
    }
  }
  return {parts, customProperties, children};
}

const publicElements = () => manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({module: m, declaration: d})));

const difference = (a, b) => [...a].filter((x) => !b.has(x)).sort();

// Read once, when the tests start (after the helpers above are defined).
before(() => {
  const path = join(root, 'custom-elements.json');
  assert.ok(existsSync(path), 'custom-elements.json is missing: run npm run build first');
  manifest = JSON.parse(readFileSync(path, 'utf8'));
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.build.json'), {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}});
  program = ts.createProgram(config.fileNames, config.options);
  checker = program.getTypeChecker();
  definedTags = findDefinedTags();
});

describe('custom-elements.json', () => {
  it('documents the four public elements', () => {
    const tags = publicElements()
      .map(({declaration}) => declaration.tagName)
      .sort();
    assert.deepEqual(tags, ['profiad-contact-form', 'profiad-event-calendar', 'profiad-milestone-tracker', 'profiad-story-carousel']);
  });

  it('leaves internal elements out: every tag defined in src/ is public, or marked @internal and absent', () => {
    const documented = new Set(publicElements().map(({declaration}) => declaration.tagName));
    for (const [tag, klass] of definedTags) {
      const internal = ts.getJSDocTags(klass).some((tag) => tag.tagName.text === 'internal');
      assert.ok(documented.has(tag) !== internal, `<${tag}> is ${internal ? 'marked @internal but documented' : 'neither documented nor marked @internal'}`);
    }
    const names = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.name));
    for (const [tag, klass] of definedTags) if (!documented.has(tag)) assert.ok(!names.includes(klass.name.text), `${klass.name.text} (<${tag}>) is in the manifest`);
  });

  it('gives each tag a custom-element-definition in a module that ships, declared there', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const shipped = Object.values(pkg.exports)
      .map((target) => (typeof target === 'string' ? target : target.default))
      .filter(Boolean);
    for (const {declaration} of publicElements()) {
      const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName).map((e) => ({module: m, e})));
      assert.ok(definitions.length > 0, `no definition of <${declaration.tagName}>`);
      for (const {module, e} of definitions) {
        assert.ok(existsSync(join(root, module.path)), `${module.path} (defines <${declaration.tagName}>) does not exist after the build`);
        assert.ok(shipped.includes(`./${module.path}`), `${module.path} is not in package.json's exports`);
        assert.equal(e.declaration.name, declaration.name);
        const home = manifest.modules.find((m) => m.path === (e.declaration.module ?? module.path));
        assert.ok(
          home?.declarations?.some((d) => d.name === declaration.name),
          `<${declaration.tagName}>'s definition points at ${e.declaration.module}, which does not declare ${declaration.name}`,
        );
      }
    }
    const bogus = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition' && !e.name.startsWith('profiad-')));
    assert.deepEqual(bogus, []);
  });

  it('types every event of a public element as a CustomEvent with its detail', () => {
    for (const {declaration} of publicElements()) {
      for (const event of declaration.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${declaration.tagName}: ${event.name}`);
    }
  });

  it('gives every attribute a type, and names the values of an enumerated one', () => {
    for (const {declaration} of publicElements()) {
      for (const attribute of declaration.attributes ?? []) assert.ok(attribute.type?.text, `${declaration.tagName}: ${attribute.name} has no type`);
    }
    const calendar = publicElements().find(({declaration}) => declaration.tagName === 'profiad-event-calendar').declaration;
    assert.equal(calendar.attributes.find((a) => a.name === 'view').type.text, "'month' | 'list' | undefined");
  });

  for (const tag of ['profiad-milestone-tracker', 'profiad-event-calendar', 'profiad-story-carousel', 'profiad-contact-form']) {
    describe(`<${tag}>`, () => {
      let facts;
      let documented;
      const problems = [];
      before(async () => {
        documented = publicElements().find(({declaration}) => declaration.tagName === tag)?.declaration;
        assert.ok(documented, `<${tag}> is not in the manifest`);
        const klass = findClass(documented.name);
        assert.ok(klass, `class ${documented.name} not found in src/`);
        facts = await elementFacts(klass, problems);
      });

      it('can list every part its templates render', () => {
        assert.deepEqual(problems, []);
      });

      it('documents every part it renders, and no other', () => {
        const names = new Set((documented.cssParts ?? []).map((p) => p.name));
        assert.deepEqual({undocumented: difference(facts.parts, names), notRendered: difference(names, facts.parts)}, {undocumented: [], notRendered: []});
      });

      it('documents every --profiad-* custom property its styles read, and no other', () => {
        const names = new Set((documented.cssProperties ?? []).map((p) => p.name));
        assert.deepEqual({undocumented: difference(facts.customProperties, names), notRead: difference(names, facts.customProperties)}, {undocumented: [], notRead: []});
      });
    });
  }
});
