// Node entry: the web build, instantiated synchronously from the .wasm file beside it, so
// `import { annotate } from "article-annotator"` works without an init() call.
import { readFileSync } from 'node:fs';
import { initSync } from '../web/article_annotator.js';

initSync({ module: readFileSync(new URL('../web/article_annotator_bg.wasm', import.meta.url)) });

export * from '../web/article_annotator.js';
