// Running the annotator and showing its result: the worker that annotates (www/worker.js), then the
// text view, the highlights, the side panel and the navigator (www/ui/*.js). One run at a time: a new
// input supersedes the one being annotated or drawn.
import { AnnotationIndex, unpackAnnotation } from './ui/annotation.js';
import { createTextView } from './ui/textview.js';
import { createPainter, supportsHighlights } from './ui/highlights.js';
import { renderLegend } from './ui/legend.js';
import { renderEntityList, renderQuoteList } from './ui/lists.js';
import { createNavigator } from './ui/navigator.js';
import { download } from './ui/exports.js';
import { boilerplateMode, nextBoilerplateMode, setShown } from './ui/prefs.js';

/**
 * A character count for the status line: 950, 12 k, 1.2 M.
 * @param {number} n
 */
export const size = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M` : n >= 1e4 ? `${Math.round(n / 1e3)} k` : String(n));

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Talks to www/worker.js; a new annotation while one is running restarts the worker (wasm can't be interrupted). */
export class Annotator {
  constructor() {
    this.nextId = 0;
    this.pending = new Map();
    this.busy = 0;
    this.spawn();
  }

  spawn() {
    this.worker?.terminate();
    for (const { reject } of this.pending.values()) reject(new DOMException('superseded', 'AbortError'));
    this.pending.clear();
    this.busy = 0;
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.onReady = resolve;
      this.onFail = reject;
    });
    this.worker.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        this.version = data.version;
        return this.onReady(data);
      }
      if (data.id === undefined) return this.onFail(new Error(data.message));
      const p = this.pending.get(data.id);
      if (!p) return;
      if (data.type === 'progress') return p.onProgress?.(data.phase);
      this.pending.delete(data.id);
      if (data.type === 'error') p.reject(new Error(data.message));
      else p.resolve(data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      const err = new Error(`the annotator's worker failed: ${event.message ?? 'could not load'}`);
      this.onFail(err);
      for (const { reject } of this.pending.values()) reject(err);
      this.pending.clear();
    };
  }

  request(message, onProgress, transfer = []) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }

  async annotate(message, onProgress) {
    if (this.busy) this.spawn();
    await this.ready;
    this.busy++;
    try {
      return await this.request({ type: 'annotate', ...message }, onProgress);
    } finally {
      this.busy = Math.max(0, this.busy - 1);
    }
  }

  async export(format) {
    await this.ready;
    return this.request({ type: 'export', format });
  }

  /** A file's bytes decoded as browsers decode them: {text, encoding, source} (the bytes are transferred). */
  async decode(kind, bytes) {
    await this.ready;
    return this.request({ type: 'decode', kind, bytes }, undefined, [bytes.buffer]);
  }
}

/**
 * The page's runner. `ui`: {setStatus(state, text), setProgress(value), announce(text)} of the page;
 * `prefs` the reader's preferences (ui/prefs.js) and `savePrefs()` to keep them; `saveInput(input)`
 * keeps an input for the next visit (false when it is too large).
 * Returns {run(input), decode(kind, bytes), token, shown, nav, toggle(key, on?), setBoilerplate(mode),
 * cycleBoilerplate(), exportAs(format)}.
 */
export function createRunner({ el, card, prefs, savePrefs, saveInput, ui }) {
  const annotator = new Annotator();
  let shown = null; // {text, source, annotation, index, view, painter, legend, nav, mode, input}
  let runToken = 0;
  let viewAbort = null;
  let charsPerMs = null; // measured throughput, for the "about N s" estimate
  let firstHighlightMarked = false;

  function clearShown() {
    viewAbort?.abort();
    shown?.nav?.destroy();
    shown?.painter?.clear();
    shown?.view?.destroy();
    shown = null;
    card.hide();
  }

  /**
   * Annotates and shows one input: {kind: 'text' | 'html', content, source}, or {kind: 'sample', n,
   * content, source}. An HTML input opens on its article: boilerplate runs folded (unless the reader
   * chose another mode) and the view scrolled to where the article starts.
   */
  async function run(input) {
    const token = ++runToken;
    const stale = () => token !== runToken;
    clearShown();
    el.article.replaceChildren();
    el.article.dataset.source = input.source;
    el.elapsed.textContent = '';
    const started = performance.now();
    const slow = setTimeout(() => ui.setProgress(null), 150);
    let ticker = null;
    try {
      const message = { kind: input.kind === 'html' ? 'html' : 'text', input: input.content, source: input.source };

      // Annotate in the worker; the page stays free, and shows how long it has been (beside the
      // status, not in it: the status is a live region and would chatter).
      const length = message.input.length;
      const estimate = charsPerMs && length > 200_000 ? `, about ${Math.ceil(length / charsPerMs / 1000)} s` : '';
      ui.setStatus('working', `Annotating ${size(length)} characters of ${input.source}…`);
      const tick = () => {
        el.elapsed.textContent = `${((performance.now() - started) / 1000).toFixed(1)} s${estimate}`;
      };
      tick();
      ticker = setInterval(tick, 250);
      const result = await annotator.annotate(message);
      clearInterval(ticker);
      if (stale()) return;
      const text = typeof result.annotation.text === 'string' ? result.annotation.text : message.input;
      const annotation = unpackAnnotation(result, text);
      await nextTask(); // a 10 MB result takes a few tens of ms per step: give the page a turn between them
      if (stale()) return;
      if (length > 10_000) charsPerMs = length / Math.max(1, result.ms);

      // Draw: text nodes in chunks (slices of a few ms), highlights for what is on screen.
      ui.setStatus('working', `Drawing ${size(text.length)} characters…`);
      viewAbort = new AbortController();
      const index = new AnnotationIndex(annotation);
      await nextTask();
      if (stale()) return;
      const view = createTextView(el.article, text, {
        boilerplate: annotation.boilerplate,
        signal: viewAbort.signal,
        onProgress: (done, total) => total > 20 && ui.setProgress(done / total),
      });
      const painter = createPainter(view, index);
      for (const key of prefs.hidden) painter.setVisible(key, false);
      const mode = boilerplateMode(prefs, input.kind === 'html' ? 'fold' : 'dim');
      painter.setBoilerplate(mode);
      const nav = createNavigator({ index, view, painter, card, announce: ui.announce, isVisible: (label) => !prefs.hidden.has(label) });
      shown = { text, source: input.source, annotation, index, view, painter, nav, mode, input };
      await nextTask();
      if (stale()) return;
      renderPanel();
      await view.ready;
      await painter.firstPaint;
      if (stale()) return;
      if (input.kind === 'html') toArticle(view);

      clearTimeout(slow);
      ui.setProgress(undefined);
      const n = (count) => count.toLocaleString('en');
      const kept = saveInput(input);
      ui.setStatus(
        'done',
        `annotator ${annotator.version} · annotate() took ${result.ms.toFixed(1)} ms in a worker · ${text.length.toLocaleString('en')} characters · ` +
          `${n(index.entities.length)} entities, ${n(index.quotes.length)} quotes` +
          (index.terms.length ? ` (and ${n(index.terms.length)} quoted terms, not listed)` : '') +
          `, ${n(index.boilerplate.length)} boilerplate spans` +
          (kept ? '' : ' · too large to keep for the next visit') +
          (supportsHighlights() ? '' : ' · this browser lacks the CSS Custom Highlight API, so nothing is painted'),
      );
      if (!firstHighlightMarked) {
        firstHighlightMarked = true;
        // After the frame that shows the highlights.
        requestAnimationFrame(() => setTimeout(() => performance.mark('first-highlight'), 0));
      }
    } catch (err) {
      if (stale() || err?.name === 'AbortError') return;
      ui.setStatus('error', `Could not annotate ${input.source}: ${err?.message ?? err}`);
      console.error(err);
    } finally {
      clearInterval(ticker);
      if (!stale()) {
        el.elapsed.textContent = '';
        clearTimeout(slow);
        ui.setProgress(undefined);
      }
    }
  }

  /**
   * Scrolls the window so that the article's first block is near the top, with room above it for the
   * fold line of the boilerplate before it (an HTML input's reader view).
   */
  function toArticle(view) {
    const at = view.articleStart;
    if (at >= view.text.length) return;
    const rect = view.rectOf(at, at + 1);
    if (!rect) return;
    window.scrollTo({ top: window.scrollY + rect.top - 64, behavior: 'instant' });
  }

  function renderPanel() {
    const { index, text } = shown;
    shown.legend = renderLegend(el.legend, index, {
      isVisible: (key) => !prefs.hidden.has(key),
      boilerplate: shown.mode,
      onToggle: (key, on) => toggle(key, on),
      onBoilerplate: (mode) => setBoilerplate(mode),
    });
    el.entityCount.textContent = `(${index.clusters.length.toLocaleString('en')})`;
    renderEntityList(el.entities, index, { onSelect: (clusterId) => shown?.nav.selectCluster(clusterId) });
    el.quoteCount.textContent = `(${index.quotes.length.toLocaleString('en')})`;
    renderQuoteList(el.quotes, index, text, { onSelect: (i) => shown?.nav.selectQuote(i) });
  }

  function toggle(key, on) {
    on = setShown(prefs, key, on);
    shown?.painter.setVisible(key, on);
    shown?.legend?.update();
    savePrefs();
    ui.announce(`${key} ${on ? 'shown' : 'hidden'}`);
  }

  function setBoilerplate(mode) {
    prefs.boilerplate = mode;
    if (shown) shown.mode = mode;
    shown?.painter.setBoilerplate(mode);
    shown?.legend?.update({ boilerplate: mode });
    savePrefs();
    ui.announce(`boilerplate: ${mode}`);
  }

  async function exportAs(format) {
    if (!shown) return;
    try {
      const { blob, name } = await annotator.export(format);
      download(document, blob, name);
      ui.announce(`saved ${name}`);
    } catch (err) {
      ui.setStatus('error', `Export failed: ${err?.message ?? err}`);
    }
  }

  return {
    run,
    decode: (kind, bytes) => annotator.decode(kind, bytes),
    get token() {
      return runToken;
    },
    get shown() {
      return shown;
    },
    get nav() {
      return shown?.nav ?? null;
    },
    toggle,
    setBoilerplate,
    cycleBoilerplate: () => setBoilerplate(nextBoilerplateMode(shown?.mode ?? boilerplateMode(prefs, 'dim'))),
    exportAs,
  };
}
