#!/usr/bin/env bash
# Builds the npm package `article-annotator` into target/npm/: the release wasm for the `web` and
# `bundler` targets of wasm-pack plus a Node entry (npm/), a package.json whose name, version,
# description, licence and repository come from Cargo.toml, then `npm pack` of it:
#   target/npm/package/                 the package's files
#   target/npm/article-annotator-X.Y.Z.tgz
# Nothing is published. The second wasm-pack build reuses the first's compiled crate.
# WEB_PKG=DIR takes the `web` target from a release build already made there (scripts/test.sh
# passes www/pkg, built by scripts/build-wasm.sh from the same commit) instead of building it again.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/npm
rm -rf "$out/package" "$out"/article-annotator-*.tgz
mkdir -p "$out/package"
for t in web bundler; do
  if [ "$t" = web ] && [ -n "${WEB_PKG:-}" ]; then
    mkdir -p "$out/package/web"
    (cd "$WEB_PKG" && tar --exclude=files.json --exclude=.gitignore --exclude=package.json -cf - .) |
      tar -xf - -C "$out/package/web"
  else
    wasm-pack build --target "$t" --release --out-dir "$out/package/$t" --no-pack
  fi
  rm -f "$out/package/$t/.gitignore"
done
cp -r npm/node npm/wasm.d.ts npm/README.md LICENSE "$out/package/"
node - "$out/package" <<'JS'
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const dir = process.argv[2];
const meta = JSON.parse(execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1', '--offline'], { encoding: 'utf8' }));
const crate = meta.packages.find((p) => p.name === 'article-annotator');
const entry = (d, js) => ({ types: `./${d}/${js.replace(/\.js$/, '.d.ts')}`, default: `./${d}/${js}` });
const pkg = {
  name: crate.name,
  version: crate.version,
  description: crate.description,
  license: crate.license,
  repository: { type: 'git', url: `git+${crate.repository}.git` },
  keywords: ['nlp', 'named-entity-recognition', 'quotes', 'boilerplate', 'news', 'wasm'],
  type: 'module',
  main: './node/index.js',
  module: './web/article_annotator.js',
  types: './web/article_annotator.d.ts',
  exports: {
    '.': { node: entry('node', 'index.js'), ...entry('web', 'article_annotator.js') },
    './web': entry('web', 'article_annotator.js'),
    './bundler': entry('bundler', 'article_annotator.js'),
    './node': entry('node', 'index.js'),
    './wasm': { types: './wasm.d.ts', default: './web/article_annotator_bg.wasm' },
    './package.json': './package.json',
  },
  files: ['web/', 'bundler/', 'node/', 'wasm.d.ts', 'README.md', 'LICENSE'],
  sideEffects: ['./bundler/article_annotator.js', './node/index.js'],
  engines: { node: '>=18' },
};
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
JS
(cd "$out/package" && npm pack --pack-destination .. --json > ../pack.json)
node -e '
const [p] = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
for (const f of p.files) console.log(String(f.size).padStart(9), f.path);
console.log(`${p.filename}: ${p.entryCount} files, ${(p.size / 1024).toFixed(1)} KiB packed, ${(p.unpackedSize / 1024).toFixed(1)} KiB unpacked, sha1 ${p.shasum}`);
' "$out/pack.json"
