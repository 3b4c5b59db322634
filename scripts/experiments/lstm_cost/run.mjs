import { readFileSync } from 'node:fs';
const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2]));
const [d, h, f, n] = process.argv.slice(3).map(Number);
instance.exports.run(d, h, f, 1000);
const t = performance.now();
const s = instance.exports.run(d, h, f, n);
console.log(`${(performance.now() - t).toFixed(1)} ms (checksum ${s})`);
