// Firefox: the packaged extension passes `web-ext lint` (npm web-ext, pinned in package.json) with no
// errors; the warnings and notices are printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { repo } from './lib.mjs';

const dir = path.join(repo, 'target/extension/firefox');
const bin = path.join(repo, 'node_modules/.bin/web-ext');
const skip = !fs.existsSync(path.join(dir, 'manifest.json'))
  ? 'target/extension/firefox is missing (node scripts/package-extension.mjs)'
  : !fs.existsSync(bin) ? 'web-ext is not installed (npm ci)' : false;

test('web-ext lint: no errors', { skip, timeout: 300_000 }, async (t) => {
  const stdout = await new Promise((resolve, reject) => {
    execFile(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { cwd: repo, maxBuffer: 64 << 20 }, (err, out) => {
      // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
      if (out) resolve(out);
      else reject(err ?? new Error('web-ext lint printed nothing'));
    });
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  const line = (m) => `${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
  const summary = `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`;
  t.diagnostic(summary);
  console.log(summary);
  for (const m of [...report.warnings, ...report.notices]) t.diagnostic(line(m));
  assert.equal(report.summary.errors, 0, report.errors.map(line).join('\n'));
});
