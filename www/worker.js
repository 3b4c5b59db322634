// The annotator's worker: loads the wasm package and annotates off the page's main thread, so a
// 10 MB text never freezes the page. It also builds the exports (JSON, Web Annotations, main text)
// from the last result, for the same reason. A module worker: new Worker('worker.js', {type: 'module'}).
//
// Messages in:  {id, type: 'annotate', kind: 'text' | 'html', input, options, source}
//               {id, type: 'export', format: 'json' | 'webanno' | 'main'}
//               {id, type: 'decode', kind: 'text' | 'html', bytes}  (a file's bytes, as browsers decode them)
// Messages out: {type: 'ready', version}
//               {id, type: 'progress', phase}
//               {id, type: 'result', annotation, packed, keys, ms}  (see packAnnotation in ui/annotation.js)
//               {id, type: 'export', blob, name}  {id, type: 'error', message}
//               {id, type: 'decoded', text, encoding, source}
import init, * as wasm from './pkg/article_annotator.js';
import { toPlain, packAnnotation } from './ui/annotation.js';
import { buildExport } from './ui/exports.js';

let last = null; // {text, annotation, source}
const ready = init().then(
  () => postMessage({ type: 'ready', version: wasm.version() }),
  (err) => {
    postMessage({ type: 'error', message: `cannot load the annotator: ${err?.message ?? err}` });
    throw err;
  },
);

function annotate({ kind, input, options }) {
  if (kind === 'html') {
    const annotation = toPlain(wasm.annotateHtml(input, options ?? {}));
    return { annotation, text: annotation.text };
  }
  return { annotation: toPlain(wasm.annotate(input, options ?? {})), text: input };
}

onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    await ready;
    if (type === 'annotate') {
      postMessage({ id, type: 'progress', phase: 'annotating' });
      const t0 = performance.now();
      const { annotation, text } = annotate(data);
      const ms = performance.now() - t0;
      last = { text, annotation, source: data.source };
      // The entities go as one transferred Int32Array (ui/annotation.js unpackAnnotation() restores them).
      const packed = packAnnotation(annotation);
      postMessage({ id, type: 'result', ...packed, ms }, [packed.packed.data.buffer]);
    } else if (type === 'decode') {
      const d = data.kind === 'html' ? wasm.decodeHtml(data.bytes) : wasm.decodePlainText(data.bytes);
      postMessage({ id, type: 'decoded', text: d.text, encoding: d.encoding, source: d.source });
    } else if (type === 'export') {
      if (!last) throw new Error('nothing annotated yet');
      const { blob, name } = buildExport(data.format, { ...last, generator: `article-annotator ${wasm.version()}` });
      postMessage({ id, type: 'export', blob, name });
    } else {
      throw new Error(`unknown message type: ${type}`);
    }
  } catch (err) {
    postMessage({ id, type: 'error', message: String(err?.message ?? err) });
  }
};
