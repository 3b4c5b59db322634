// The page's inputs: the samples, the text box (typing, pasting, Ctrl+Enter), files (the button, the
// `o` key, a drop anywhere on the page), and the last input kept in localStorage for the next visit.
// Each ends in runner.run(input) with input = {kind: 'text' | 'html' | 'sample', content, source}.
import { size } from './run.js';

/** Texts longer than this are not copied into the text box (a 10 MB textarea is slow to lay out). */
const BOX_LIMIT = 200_000;
/** Inputs up to this many characters are kept in localStorage for the next visit. */
const STORE_LIMIT = 2_000_000;
const STORE_INPUT = 'article-annotator:input';

/**
 * Keeps `input` for the next visit; false when it is too large (or storage refuses it).
 * @param {{kind: string, n?: number, content?: string, source?: string}} input
 */
export function saveInput(input) {
  try {
    if (input.kind === 'sample') localStorage.setItem(STORE_INPUT, JSON.stringify({ kind: 'sample', n: input.n }));
    else if (input.content.length <= STORE_LIMIT) {
      localStorage.setItem(STORE_INPUT, JSON.stringify({ kind: input.kind, content: input.content, source: input.source }));
    } else {
      localStorage.removeItem(STORE_INPUT);
      return false;
    }
    return true;
  } catch {
    return false;
  }
}

function storedInput() {
  try {
    const s = JSON.parse(localStorage.getItem(STORE_INPUT) ?? 'null');
    if (s?.kind === 'sample' && Number.isInteger(s.n)) return s;
    if ((s?.kind === 'text' || s?.kind === 'html') && typeof s.content === 'string') return s;
  } catch { /* ignore a broken entry */ }
  return null;
}

const isHtmlFile = (file) => /\.x?html?$/i.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';

/**
 * Wires the inputs of the page and returns {start()}, which shows the first input: the sample named
 * by the URL's #sample=N, else the last input kept, else sample 1.
 * @param {{el: Record<string, any>, runner: ReturnType<import('./run.js').createRunner>,
 *   ui: {setStatus: (state: string, text: string) => void, setProgress: (value?: number | null) => void}}} page
 */
export function setUpInput({ el, runner, ui }) {
  let samples = [];
  let largeText = null; // {content, source}: a text too large for the box, annotated from memory

  function showInText(text, source) {
    if (text.length <= BOX_LIMIT) {
      el.input.value = text;
      largeText = null;
      el.inputNote.hidden = true;
    } else {
      el.input.value = '';
      largeText = { content: text, source };
      el.inputNote.hidden = false;
      el.inputNote.textContent =
        `${size(text.length)} characters from ${source}: too long for this box, annotated from memory. ` +
        'Type or paste here to replace it.';
    }
  }

  function noteHtml(source) {
    el.input.value = '';
    largeText = null;
    el.inputNote.hidden = false;
    el.inputNote.textContent = `${source}: an HTML file, annotated as the text of its page.`;
  }

  function noteEncoding(source, encoding, how) {
    const why = { bom: 'its byte-order mark says so', meta: 'the page declares it', fallback: 'the bytes are not UTF-8' }[how];
    const line = `Decoded as ${encoding}${why ? ` (${why})` : ''}.`;
    el.inputNote.textContent = el.inputNote.hidden ? `${source}: ${line}` : `${el.inputNote.textContent} ${line}`;
    el.inputNote.hidden = false;
  }

  function markSample(n) {
    for (const b of el.samples.querySelectorAll('button')) b.setAttribute('aria-pressed', String(Number(b.dataset.n) === n));
  }

  async function loadSample(n) {
    const { file } = samples[n];
    markSample(n);
    ui.setStatus('loading', `Loading ${file}…`);
    const token = runner.token;
    const response = await fetch(`samples/${encodeURIComponent(file)}`);
    if (!response.ok) throw new Error(`samples/${file}: HTTP ${response.status}`);
    const text = await response.text();
    if (token !== runner.token) return; // something else was started meanwhile
    showInText(text, file);
    await runner.run({ kind: 'sample', n, content: text, source: file });
  }

  function sampleFromHash() {
    const m = /(?:^#|&)sample=(\d+)/.exec(location.hash);
    return m && Number(m[1]) < samples.length ? Number(m[1]) : null;
  }

  function runOwn(input) {
    markSample(-1);
    if (location.hash) history.replaceState(null, '', location.pathname + location.search); // the hash named a sample
    return runner.run(input);
  }

  function annotateBox() {
    if (!el.input.value && largeText) return runOwn({ kind: 'text', ...largeText });
    return runOwn({ kind: 'text', content: el.input.value, source: 'pasted' });
  }

  /**
   * Reads a file's bytes (reporting progress for large ones) and decodes them as browsers do: an
   * HTML file by its byte-order mark or <meta charset>, else UTF-8, else windows-1252; never refused
   * for its encoding. Returns {text, encoding, source}.
   */
  async function readFile(file, kind) {
    if (kind !== 'html' && !/\.(txt|text|md)$/i.test(file.name) && file.type && !file.type.startsWith('text/')) {
      throw new Error(`${file.name} is not a .txt or .html file (${file.type})`);
    }
    ui.setStatus('working', `Reading ${file.name}…`);
    let bytes;
    if (file.size < 1e6) bytes = new Uint8Array(await file.arrayBuffer());
    else {
      bytes = new Uint8Array(file.size);
      const reader = file.stream().getReader();
      let done = 0;
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        bytes.set(value.subarray(0, Math.max(0, bytes.length - done)), done);
        done += value.byteLength;
        ui.setProgress(Math.min(1, done / file.size));
      }
      if (done < bytes.length) bytes = bytes.slice(0, done);
    }
    return runner.decode(kind, bytes);
  }

  async function openFile(file) {
    if (!file) return;
    try {
      const kind = isHtmlFile(file) ? 'html' : 'text';
      const { text: content, encoding, source } = await readFile(file, kind);
      if (kind === 'text') showInText(content, file.name);
      else noteHtml(file.name);
      if (encoding !== 'UTF-8') noteEncoding(file.name, encoding, source);
      await runOwn({ kind, content, source: file.name });
    } catch (err) {
      ui.setProgress(undefined);
      ui.setStatus('error', String(err?.message ?? err));
    }
  }

  function onPaste(event) {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const replacesAll = el.input.value === '' || (el.input.selectionStart === 0 && el.input.selectionEnd === el.input.value.length);
    if (text.length > BOX_LIMIT) {
      event.preventDefault();
      showInText(text, 'pasted');
      runOwn({ kind: 'text', content: text, source: 'pasted' });
    } else if (replacesAll && text.trim()) {
      setTimeout(annotateBox, 0); // after the box has the text
    }
  }

  function setUpDrop() {
    let depth = 0;
    const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    document.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      depth++;
      el.overlay.hidden = false;
    });
    document.addEventListener('dragleave', (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) el.overlay.hidden = true;
    });
    document.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    document.addEventListener('drop', (e) => {
      depth = 0;
      el.overlay.hidden = true;
      const file = e.dataTransfer?.files?.[0];
      if (!file) return; // dropped text goes where the browser puts it (the text box)
      e.preventDefault();
      openFile(file);
    });
  }

  const showError = (err) => {
    ui.setStatus('error', String(err?.message ?? err));
    console.error(err);
  };

  setUpDrop();
  el.button.addEventListener('click', annotateBox);
  el.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      annotateBox();
    }
  });
  el.input.addEventListener('input', () => {
    if (largeText) {
      largeText = null;
      el.inputNote.hidden = true;
    }
  });
  el.input.addEventListener('paste', onPaste);
  el.open.addEventListener('click', () => el.file.click());
  el.file.addEventListener('change', () => {
    openFile(el.file.files[0]);
    el.file.value = '';
  });

  async function start() {
    samples = await fetch('samples/index.json').then((r) =>
      r.ok ? r.json() : Promise.reject(new Error(`samples/index.json: HTTP ${r.status}`)),
    );
    el.samples.replaceChildren(
      ...samples.map(({ file, title }, i) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'sample';
        b.dataset.n = String(i);
        b.dataset.file = file;
        b.title = title;
        b.setAttribute('aria-pressed', 'false');
        const num = document.createElement('span');
        num.className = 'sample-n';
        num.textContent = String(i + 1);
        const t = document.createElement('span');
        t.className = 'sample-title';
        t.textContent = title;
        b.append(num, t);
        b.addEventListener('click', () => {
          const hash = `#sample=${i}`;
          if (location.hash === hash) loadSample(i).catch(showError);
          else location.hash = hash; // -> hashchange -> loadSample
        });
        return b;
      }),
    );
    window.addEventListener('hashchange', () => {
      const n = sampleFromHash();
      if (n !== null) loadSample(n).catch(showError);
    });

    const fromHash = sampleFromHash();
    const stored = storedInput();
    if (fromHash !== null) await loadSample(fromHash);
    else if (stored?.kind === 'sample' && stored.n < samples.length) await loadSample(stored.n);
    else if (stored && stored.kind !== 'sample') {
      if (stored.kind === 'text') showInText(stored.content, stored.source);
      else noteHtml(stored.source);
      await runOwn({ kind: stored.kind, content: stored.content, source: stored.source });
    } else await loadSample(0);
  }

  return { start, showError };
}
