// `import wasmUrl from "article-annotator/wasm"`: the URL of the .wasm file, as a bundler's file
// loader gives it (esbuild `--loader:.wasm=file`), to pass to init().
declare const url: string;
export default url;
