// Builds the browser extension from extension/ for Chromium and Firefox (Node only, no dependencies):
//
//   node scripts/package-extension.mjs      # needs www/pkg (scripts/build-wasm.sh)
//
// For each browser: the unpacked extension in target/extension/<browser>/ (manifest.json generated
// from extension/manifest.base.json: the common part plus the browser's `per_browser` part, the
// version from Cargo.toml; the extension's scripts; the www/ui modules it imports; content/panel-css.js
// generated from the two style sheets, extension/content/panel.css and www/ui/panel.css (the page's
// own legend, list and card rules); the wasm package; icons drawn here) and a zip of it, target/extension/article-annotator-<version>-<browser>.zip
// (written by the small zip writer below: deflate, fixed dates and sorted entries, so the same
// input gives the same bytes).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BROWSERS = ['chromium', 'firefox'];
/** The www/ui modules the content script imports (directly or through each other). */
export const UI_MODULES = ['annotation.js', 'highlights.js', 'textview.js', 'legend.js', 'lists.js', 'card.js', 'navigator.js', 'prefs.js'];
/** The style sheets of the panel's shadow root, joined into content/panel-css.js: its frame, then the page's pieces. */
export const PANEL_STYLES = ['extension/content/panel.css', 'www/ui/panel.css'];
/** The wasm package's files as scripts/build-wasm.sh lists them (glue, wasm, the glue's snippets). */
function pkgFiles() {
  const list = path.join(repo, 'www/pkg/files.json');
  if (!fs.existsSync(list)) throw new Error('www/pkg/files.json is missing: build it first with scripts/build-wasm.sh');
  return JSON.parse(fs.readFileSync(list, 'utf8'));
}
const ICON_SIZES = [16, 32, 48, 128];

// ---- manifest -----------------------------------------------------------------------------------

export function cargoVersion() {
  const toml = fs.readFileSync(path.join(repo, 'Cargo.toml'), 'utf8');
  const m = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms.exec(toml);
  if (!m) throw new Error('Cargo.toml: no [package] version');
  return m[1];
}

/** The manifest for `browser`: the common fields, the browser's own, the crate's version. */
export function manifestFor(browser, base = JSON.parse(fs.readFileSync(path.join(repo, 'extension/manifest.base.json'), 'utf8'))) {
  const { per_browser: perBrowser, ...common } = base;
  if (!perBrowser?.[browser]) throw new Error(`manifest.base.json: no per_browser.${browser}`);
  return { ...common, version: cargoVersion(), ...perBrowser[browser] };
}

// ---- icons: a page with lines of text, one of them highlighted ------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf, crc = 0) {
  let c = ~crc >>> 0;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icon: a rounded blue square, three white lines of "text", the middle one partly orange. */
function iconPixel(x, y, size) {
  const u = x / size;
  const v = y / size;
  const r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const line = (top) => v >= top && v < top + 0.12;
  if (line(0.22) && u > 0.18 && u < 0.82) return [255, 255, 255, 255];
  if (line(0.44) && u > 0.18 && u < 0.42) return [255, 255, 255, 255];
  if (line(0.44) && u >= 0.46 && u < 0.82) return [255, 176, 64, 255];
  if (line(0.66) && u > 0.18 && u < 0.66) return [255, 255, 255, 255];
  return [31, 95, 191, 255];
}

// ---- zip -------------------------------------------------------------------------------------------

/**
 * A zip archive of `files` ([{name, data}], names with '/'), deflated when that is smaller, every
 * entry dated 1980-01-01 00:00 and sorted by name: the same files give the same bytes.
 */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  const DOS_TIME = 0;
  for (const { name, data } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const store = deflated.length >= data.length;
    const body = store ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(store ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

// ---- build ---------------------------------------------------------------------------------------

/** content/panel-css.js: the module that panel.js imports, PANEL_CSS built from PANEL_STYLES. */
export function panelCssModule() {
  const css = PANEL_STYLES.map((f) => fs.readFileSync(path.join(repo, f), 'utf8').trim()).join('\n\n');
  return `// Generated by scripts/package-extension.mjs from ${PANEL_STYLES.join(' and ')}: edit those.\nexport const PANEL_CSS = ${JSON.stringify(`${css}\n`)};\n`;
}

/** The extension's files for `browser`: [{name, data}]. */
export function extensionFiles(browser) {
  const read = (...p) => fs.readFileSync(path.join(repo, ...p));
  const files = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifestFor(browser), null, 2)}\n`) }];
  files.push({ name: 'background.js', data: read('extension/background.js') });
  for (const f of fs.readdirSync(path.join(repo, 'extension/content')).filter((f) => f.endsWith('.js')).sort()) {
    files.push({ name: `content/${f}`, data: read('extension/content', f) });
  }
  files.push({ name: 'content/panel-css.js', data: Buffer.from(panelCssModule()) });
  for (const f of UI_MODULES) files.push({ name: `ui/${f}`, data: read('www/ui', f) });
  for (const f of pkgFiles()) {
    if (!fs.existsSync(path.join(repo, 'www/pkg', f))) throw new Error(`www/pkg/${f} is missing: build it first with scripts/build-wasm.sh`);
    files.push({ name: `pkg/${f}`, data: read('www/pkg', f) });
  }
  for (const s of ICON_SIZES) files.push({ name: `icons/icon-${s}.png`, data: png(s, iconPixel) });
  files.push({ name: 'LICENSE', data: read('LICENSE') });
  return files;
}

export function build({ out = path.join(repo, 'target/extension') } = {}) {
  const version = cargoVersion();
  const results = [];
  for (const browser of BROWSERS) {
    const files = extensionFiles(browser);
    const dir = path.join(out, browser);
    fs.rmSync(dir, { recursive: true, force: true });
    for (const { name, data } of files) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), data);
    }
    const zipPath = path.join(out, `article-annotator-${version}-${browser}.zip`);
    const bytes = zip(files);
    fs.writeFileSync(zipPath, bytes);
    results.push({ browser, dir, zip: zipPath, files: files.length, bytes: bytes.length });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    for (const r of build()) {
      console.log(`${r.browser}: ${path.relative(repo, r.dir)}/ (${r.files} files), ${path.relative(repo, r.zip)} (${(r.bytes / 1024).toFixed(1)} KiB)`);
    }
  } catch (err) {
    console.error(`package-extension: ${err.message}`);
    process.exit(1);
  }
}
