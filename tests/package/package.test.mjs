// The npm package as a user gets it: the tarball of scripts/build-package.sh installed into a new
// project, then (a) the Node example and the README quick starts run as written, (b) the browser
// example bundled by esbuild annotates in headless Chromium, (c) `tsc --noEmit` over the examples,
// and the package's types checked against real annotations from the Rust CLI (so a renamed Rust
// field fails here), and (d) `npm pack` of the same files gives the same tarball.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const npmDir = path.join(repo, 'target/npm');
const bin = (name) => path.join(repo, 'node_modules/.bin', name);
const cli = path.join(repo, 'target/release/annotate');
const tarball = fs.existsSync(npmDir)
  ? fs.readdirSync(npmDir).find((f) => /^article-annotator-.*\.tgz$/.test(f))
  : undefined;
const skip = !tarball
  ? 'target/npm/article-annotator-*.tgz is missing: run scripts/build-package.sh'
  : !fs.existsSync(cli)
    ? 'target/release/annotate is missing: cargo build --release'
    : false;

let project;
before(() => {
  if (skip) return;
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'try-article-annotator-'));
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'try-it', private: true, type: 'module' }));
  // the package has no dependencies: installing its tarball needs no network
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(npmDir, tarball)], { cwd: project, stdio: 'pipe' });
  fs.cpSync(path.join(repo, 'examples/js'), project, { recursive: true });
  // the Node example's types (@types/node), as a user would `npm install -D` them
  for (const dep of ['@types/node', 'undici-types']) {
    fs.mkdirSync(path.dirname(path.join(project, 'node_modules', dep)), { recursive: true });
    fs.symlinkSync(path.join(repo, 'node_modules', dep), path.join(project, 'node_modules', dep), 'dir');
  }
});
after(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

/** Runs `node file` in the project; returns its standard output (fails on a non-zero exit). */
function runNode(file, args = []) {
  const r = spawnSync(process.execPath, [file, ...args], { cwd: project, encoding: 'utf8' });
  assert.equal(r.status, 0, `node ${file} failed:\n${r.stderr}`);
  return r.stdout;
}

/** The first ```js block of a markdown file. */
function firstJsBlock(file) {
  const m = fs.readFileSync(file, 'utf8').match(/```js\n([\s\S]*?)```/);
  assert.ok(m, `${file} has a \`\`\`js block`);
  return m[1];
}

test('the installed package has its files, its version and its entry points', { skip }, () => {
  const dir = path.join(project, 'node_modules/article-annotator');
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const cargo = fs.readFileSync(path.join(repo, 'Cargo.toml'), 'utf8');
  assert.equal(pkg.name, 'article-annotator');
  assert.equal(pkg.version, cargo.match(/^version = "(.+)"/m)[1], 'the version is the crate version');
  assert.equal(pkg.license, 'MIT');
  assert.match(pkg.repository.url, /^git\+https:\/\//);
  for (const [sub, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : JSON.stringify(target).match(/\.\/[^"]+/g);
    for (const f of files) assert.ok(fs.existsSync(path.join(dir, f)), `exports[${sub}] names ${f}, which is in the package`);
  }
  assert.ok(!fs.existsSync(path.join(dir, 'web/.gitignore')));
});

test('a Node script annotates with the installed package', { skip }, () => {
  const out = runNode('node.mjs');
  assert.match(out, /^article-annotator \d+\.\d+\.\d+: \d+ entities, 1 quotes$/m);
  assert.match(out, /^entity PERSON Pavel Durov ×2$/m);
  assert.match(out, /^quote direct “We will win,” — Pavel Durov$/m);
  assert.match(out, /^boilerplate navigation: Trending Now$/m);
  // a real article from a file
  const sample = path.join(repo, 'www/samples/000_746db7cbed382b35.txt');
  assert.match(runNode('node.mjs', [sample]), /^entity PERSON /m);
});

test('the README quick starts run as written (the package README and the repository README)', { skip }, () => {
  for (const [i, readme] of ['npm/README.md', 'README.md'].entries()) {
    const file = `quickstart-${i}.mjs`;
    fs.writeFileSync(path.join(project, file), firstJsBlock(path.join(repo, readme)));
    const out = runNode(file);
    assert.match(out, /PERSON Pavel Durov/, readme);
    assert.match(out, /We will win, — Pavel Durov/, readme);
    assert.match(out, /^The storm reached the coast on Monday, officials said\.$/m, readme);
    assert.doesNotMatch(out, /Home/, `${readme}: the navigation is not main text`);
  }
});

test('an esbuild bundle of the browser example annotates in headless Chromium', { skip: skip || (!fs.existsSync('/usr/bin/chromium') && 'no /usr/bin/chromium') }, async () => {
  const dist = path.join(project, 'browser/dist');
  execFileSync(bin('esbuild'), ['app.js', '--bundle', '--format=esm', '--target=es2022', '--loader:.wasm=file', `--outdir=${dist}`], { cwd: path.join(project, 'browser'), stdio: 'pipe' });
  fs.copyFileSync(path.join(project, 'browser/index.html'), path.join(dist, 'index.html'));
  assert.ok(fs.readdirSync(dist).some((f) => f.endsWith('.wasm')), 'esbuild copied the .wasm beside the bundle');
  const site = await startServer({ root: dist });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL('index.html', site.url).href);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('done'), null, { timeout: 30_000 });
    const entities = await page.locator('#entities li').allTextContents();
    const quotes = await page.locator('#quotes li').allTextContents();
    assert.deepEqual(errors, []);
    assert.ok(entities.includes('PERSON Pavel Durov → Pavel Durov'), entities.join(' | '));
    assert.ok(entities.includes('PERSON Durov → Pavel Durov'), entities.join(' | '));
    assert.deepEqual(quotes, ['We will win, — Pavel Durov']);
  } finally {
    await browser.close();
    await site.close();
  }
});

/** `tsc -p dir` in the project; returns [exit status, output]. */
function tsc(dir) {
  const r = spawnSync(bin('tsc'), ['-p', dir], { cwd: project, encoding: 'utf8' });
  return [r.status, r.stdout + r.stderr];
}

test('tsc --noEmit is clean on the examples (Node and bundler resolution)', { skip }, () => {
  for (const dir of ['.', 'browser']) {
    const [status, out] = tsc(dir);
    assert.equal(status, 0, `tsc -p ${dir}:\n${out}`);
  }
});

test('the package types accept real annotations from the Rust CLI and reject a renamed field', { skip }, () => {
  // plain text (the samples and sentences with every quote kind and speaker form) and HTML pages
  const texts = fs.readdirSync(path.join(repo, 'www/samples')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(repo, 'www/samples', f), 'utf8'));
  texts.push('The show “Meet the Nation” aired. “We will win,” the report said. She called it “a sham.” "Yes," a spokesman said.\nShare this');
  const run = (args, input) => JSON.parse(execFileSync(cli, args, { input, encoding: 'utf8', maxBuffer: 1 << 26 }));
  const plain = texts.map((t) => run(['--text', '-'], t));
  const html = [
    '<html><body><nav><a href=/>Home</a></nav><article><h1>Storm</h1><p>“The coast is flooded,” Mayor Ana Ruiz said on Monday in Lisbon.</p></article><footer>© 2026 News</footer></body></html>',
  ].map((h) => run(['--html', '-'], h));
  for (const a of plain) assert.equal(a.text, undefined);
  const kinds = new Set(plain.flatMap((a) => a.quotes.map((q) => q.kind)));
  assert.ok(kinds.has('direct') && kinds.has('partial'), `quote kinds seen: ${[...kinds]}`);
  assert.ok(plain.some((a) => a.quotes.some((q) => q.speaker === null)), 'a quote without a speaker is checked');
  assert.ok(plain.some((a) => a.quotes.some((q) => q.cue === null)), 'a quote without a cue is checked');
  const source = (p, h) => `import type { Annotation, PageAnnotation } from 'article-annotator';\n`
    + `export const plain: Annotation[] = ${JSON.stringify(p, null, 1)};\n`
    + `export const pages: PageAnnotation[] = ${JSON.stringify(h, null, 1)};\n`;
  fs.mkdirSync(path.join(project, 'types'), { recursive: true });
  fs.writeFileSync(path.join(project, 'types/tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], strict: true, exactOptionalPropertyTypes: true, noEmit: true },
    files: ['annotations.ts'],
  }));
  fs.writeFileSync(path.join(project, 'types/annotations.ts'), source(plain, html));
  let [status, out] = tsc('types');
  assert.equal(status, 0, `the CLI's annotations do not match the package types:\n${out.slice(0, 4000)}`);
  // the same output with one field renamed, as a renamed Rust field would give: tsc must fail
  const renamed = JSON.parse(JSON.stringify(plain).replace(/"mentions":/g, '"mention_count":'));
  fs.writeFileSync(path.join(project, 'types/annotations.ts'), source(renamed, html));
  [status, out] = tsc('types');
  assert.notEqual(status, 0, 'tsc accepted a renamed field');
  assert.match(out, /mention_count/);
});

test('npm pack of the package files gives the same tarball again (reproducible)', { skip }, () => {
  const again = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-again-'));
  try {
    const [first] = JSON.parse(fs.readFileSync(path.join(npmDir, 'pack.json'), 'utf8'));
    const [second] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', again], { cwd: path.join(npmDir, 'package'), encoding: 'utf8' }));
    assert.equal(second.filename, first.filename);
    assert.equal(second.shasum, first.shasum);
    assert.deepEqual(fs.readFileSync(path.join(again, second.filename)), fs.readFileSync(path.join(npmDir, first.filename)));
    const files = first.files.map((f) => f.path).sort();
    assert.ok(files.every((f) => /^(web|bundler|node)\/|^(package\.json|README\.md|LICENSE|wasm\.d\.ts)$/.test(f)), files.join(' '));
  } finally {
    fs.rmSync(again, { recursive: true, force: true });
  }
});
