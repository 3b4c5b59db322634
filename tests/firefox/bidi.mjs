// A minimal WebDriver BiDi client for Debian's firefox-esr (no driver, no npm package): starts a
// headless Firefox with a fresh profile, reads the BiDi address it prints, and sends commands over
// Node's WebSocket (Node 20 needs --experimental-websocket). Not a test file itself.
//
// Firefox has no BiDi command that clicks an extension's toolbar button, so `clickAction` runs the
// click in the browser window's own (privileged) scope, which BiDi reaches when Firefox is started
// with --remote-allow-system-access: the extension's action object for that window is asked to
// trigger itself, which is what a click on the button does (it grants activeTab and runs the
// extension's action.onClicked listener).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { inPage } from '../e2e/lib.mjs';

export const firefoxPath = '/usr/bin/firefox-esr';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Why a Firefox test cannot run (`need`, a path in the repository, or firefox-esr missing), or null. */
export function skipReason(need, how) {
  if (!fs.existsSync(path.join(repo, need))) return `${need} is missing: ${how}`;
  return fs.existsSync(firefoxPath) ? null : `${firefoxPath} is missing: install Debian firefox-esr (scripts/setup.sh does)`;
}

/** Starts Firefox; resolves to {send, events, close}. */
export async function launchFirefox() {
  if (typeof WebSocket !== 'function') throw new Error('no WebSocket in this Node: run it with --experimental-websocket');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-firefox-'));
  // no first-run pages, no update or telemetry pings (they would fail here anyway)
  fs.writeFileSync(
    path.join(profile, 'user.js'),
    [
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
      'user_pref("app.update.disabledForTesting", true);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
      '',
    ].join('\n'),
  );
  const child = spawn(firefoxPath, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const address = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox printed no BiDi address within 60 s:\n${output}`)), 60_000);
    const read = (d) => {
      output += d;
      const m = output.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${output}`)));
  });
  const ws = new WebSocket(`${address}/session`);
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve, { once: true });
    ws.addEventListener('error', () => reject(new Error(`no BiDi connection to ${address}`)), { once: true });
  });
  let next = 0;
  const waiting = new Map();
  const events = [];
  ws.addEventListener('message', (e) => {
    const m = JSON.parse(e.data);
    if (m.type === 'event') events.push(m);
    else if (waiting.has(m.id)) {
      waiting.get(m.id)(m);
      waiting.delete(m.id);
    }
  });
  /** Sends a command; resolves to its result, or throws the BiDi error. */
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, (m) => (m.type === 'success' ? resolve(m.result) : reject(new Error(`${method}: ${m.error}: ${m.message}`))));
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  const close = async () => {
    await send('browser.close').catch(() => {});
    ws.close();
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve()));
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { send, events, close };
}

/** Evaluates `expression` (awaiting a promise) in browsing context `context`; returns its JSON value. */
export async function evaluate(ff, context, expression) {
  const r = await ff.send('script.evaluate', { expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true });
  if (r.type !== 'success') throw new Error(`script error: ${JSON.stringify(r.exceptionDetails?.text ?? r)}`);
  return JSON.parse(r.result.value ?? 'null');
}

/** Calls `fn` (an in-page function of the Chromium tests' libraries) with JSON argument `arg` in `context`. */
export function call(ff, context, fn, arg) {
  return evaluate(ff, context, `(${fn})(${JSON.stringify(arg)})`);
}

/** The action click of extension `id` in the browser window (see the top of this file). */
export async function clickAction(ff, id) {
  const tree = await ff.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const win = tree.contexts[0].context;
  return evaluate(
    ff,
    win,
    `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(id)});
      const action = ExtensionParent.apiManager.global.browserActionFor(extension);
      action.triggerAction(window);
      return true;
    })()`,
  );
}

/** Navigates the browser's first tab to `url` (at `viewport` {width, height}, when given); returns the tab's context. */
export async function openTab(ff, url, viewport) {
  const { contexts } = await ff.send('browsingContext.getTree', { maxDepth: 0 });
  const tab = contexts[0].context;
  if (viewport) await ff.send('browsingContext.setViewport', { context: tab, viewport });
  await ff.send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
  return tab;
}

/** Waits until the page has annotated `source` (the e2e tests' in-page check); returns the status line. */
export async function waitForAnnotation(ff, context, source, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (!(await call(ff, context, inPage.annotated, source))) {
    if (Date.now() > deadline) throw new Error(`no annotation of ${source} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const s = await evaluate(ff, context, `({ state: document.getElementById('status').dataset.state, text: document.getElementById('status').textContent })`);
  assert.equal(s.state, 'done', `page status: ${s.text}`);
  return s.text;
}

/** Console errors and uncaught exceptions the page logged since event `since`. */
export const pageErrors = (ff, since) =>
  ff.events.slice(since).filter((e) => e.method === 'log.entryAdded' && e.params.level === 'error').map((e) => e.params.text);
