// ESLint (flat config; eslint, @eslint/js and globals are pinned in package.json):
//   node_modules/.bin/eslint .
// The recommended rules over the page (www/), the extension, the scripts and the tests, each with
// the globals of where it runs, and one local rule: every exported function of www/ui/ (the modules
// the page and the extension share) says the type of each parameter in a JSDoc @param tag.
import js from '@eslint/js';
import globals from 'globals';

/**
 * The names of the `@param {type} name` tags of a JSDoc comment, top-level ones only (`options.x`
 * documents a field of `options`); the type may hold braces ({{a: number}}).
 * @param {string} doc
 */
function paramNames(doc) {
  const names = [];
  for (let at = doc.indexOf('@param'); at >= 0; at = doc.indexOf('@param', at + 6)) {
    let i = at + 6;
    while (/\s/.test(doc[i] ?? '')) i++;
    if (doc[i] !== '{') continue;
    for (let depth = 0; i < doc.length; i++) {
      if (doc[i] === '{') depth++;
      else if (doc[i] === '}' && --depth === 0) break;
    }
    const m = /^\}\s+\[?([A-Za-z_$][\w$]*)(?![.\w$])/.exec(doc.slice(i));
    if (m) names.push(m[1]);
  }
  return names;
}

/** Parameters of an exported function, each named by a top-level `@param {type} name` tag. */
const paramTypes = {
  meta: {
    type: 'suggestion',
    docs: { description: 'exported functions document the type of every parameter with @param {type}' },
    schema: [],
    messages: {
      missing: '{{name}}: no JSDoc comment with @param types',
      param: '{{name}}: parameter {{index}} has no `@param {type} name` tag',
    },
  },
  create(context) {
    const source = context.sourceCode;
    const check = (fn, node, name) => {
      if (fn.params.length === 0) return;
      const doc = source.getCommentsBefore(node).filter((c) => c.type === 'Block' && c.value.startsWith('*')).at(-1);
      if (!doc) return context.report({ node, messageId: 'missing', data: { name } });
      const tags = paramNames(doc.value);
      fn.params.forEach((_, i) => {
        if (i >= tags.length) context.report({ node, messageId: 'param', data: { name, index: String(i + 1) } });
      });
    };
    return {
      ExportNamedDeclaration(node) {
        const d = node.declaration;
        if (d?.type === 'FunctionDeclaration') check(d, node, d.id.name);
        if (d?.type === 'VariableDeclaration') {
          for (const v of d.declarations) {
            if (v.init?.type === 'ArrowFunctionExpression' || v.init?.type === 'FunctionExpression') check(v.init, node, v.id.name);
          }
        }
      },
    };
  },
};

export default [
  { ignores: ['target/**', 'node_modules/**', 'www/pkg/**', 'pkg/**', 'fuzz/**', 'bench/**', 'benches/**', 'examples/js/browser/dist/**', 'eval/**', 'tests/e2e/out/**'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  { files: ['www/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['www/worker.js'], languageOptions: { globals: { ...globals.worker } } },
  { files: ['www/sw.js'], languageOptions: { globals: { ...globals.serviceworker } } },
  { files: ['extension/**/*.js'], languageOptions: { globals: { ...globals.browser, ...globals.webextensions } } },
  { files: ['extension/background.js'], languageOptions: { globals: { ...globals.serviceworker, ...globals.webextensions } } },
  // Node scripts and tests; they also hold functions that run in the browser page (evaluate()).
  { files: ['scripts/**', 'tests/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: ['eslint.config.js', 'npm/node/**', 'examples/js/*.mjs'], languageOptions: { globals: { ...globals.node } } },
  { files: ['examples/js/browser/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['www/ui/**/*.js'],
    plugins: { local: { rules: { 'param-types': paramTypes } } },
    rules: { 'local/param-types': 'error' },
  },
];
