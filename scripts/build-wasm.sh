#!/usr/bin/env bash
# Builds the release wasm package into www/pkg (wasm-opt -Oz from npm's binaryen; see TOOLCHAIN traps).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
wasm-pack build --target web --release --out-dir www/pkg --no-pack
rm -f www/pkg/.gitignore
# The package's files (the glue imports the JS builder from snippets/): the page's service worker
# and the extension packager read this list instead of naming the files.
node -e '
const fs = require("fs"), path = require("path");
const dir = "www/pkg", out = [];
const walk = (d) => { for (const f of fs.readdirSync(path.join(dir, d)).sort()) { const p = d ? `${d}/${f}` : f; if (fs.statSync(path.join(dir, p)).isDirectory()) walk(p); else if (!p.endsWith(".d.ts") && p !== "files.json" && p !== "package.json") out.push(p); } };
walk("");
fs.writeFileSync(path.join(dir, "files.json"), JSON.stringify(out, null, 1) + "\n");
'
