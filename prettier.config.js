// Prettier, chosen to match the code as it was written (single quotes, `{a}` without
// spaces, long lines, trailing commas, semicolons), which kept the one-time reformat
// smallest: printWidth 200 changed fewer lines than 160, 180, 220, 300 or 400.
/** @type {import('prettier').Config} */
export default {
  printWidth: 200,
  singleQuote: true,
  bracketSpacing: false,
  // Leave the html`` and css`` templates as written: Prettier would reflow the
  // components' templates and styles (about 450 more changed lines), and reflowing
  // a Lit template risks changing the whitespace it renders.
  embeddedLanguageFormatting: 'off',
};
