// The text of an HTML file, for annotating it while the wasm package has no HTML entry point.
// The file is parsed with DOMParser into a separate, inert document (no scripts run, nothing loads,
// nothing is inserted into the live page); only its text comes out. Script, style, navigation,
// footer and aside content is dropped; block elements become paragraphs separated by blank lines.

const DROP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'ASIDE', 'HEAD', 'IFRAME', 'OBJECT', 'EMBED',
  'SVG', 'MATH', 'CANVAS', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'AUDIO', 'VIDEO', 'MAP', 'DIALOG',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'LEGEND', 'CENTER',
]);
const CELL = new Set(['TD', 'TH']);

/**
 * The text of `html` (a string): paragraphs separated by blank lines, whitespace inside them collapsed.
 * Async: every few milliseconds it yields to the page, so a large file does not freeze it.
 * `parser` defaults to a new DOMParser of the current window.
 */
export async function htmlToText(html, { parser = new DOMParser(), sliceMs = 8 } = {}) {
  const doc = parser.parseFromString(String(html), 'text/html');
  const paragraphs = [];
  let current = '';
  const flush = () => {
    const p = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (p) paragraphs.push(p);
    current = '';
  };
  let pre = 0;
  let t0 = performance.now();
  let steps = 0;

  async function walk(node) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (++steps % 512 === 0 && performance.now() - t0 > sliceMs) {
        await new Promise((r) => setTimeout(r, 0));
        t0 = performance.now();
      }
      if (child.nodeType === 3) {
        current += pre ? child.data : child.data.replace(/[ \t\n\f\r]+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.tagName.toUpperCase();
      if (DROP.has(tag) || child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'BR') {
        current += '\n';
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      if (CELL.has(tag)) current += ' ';
      if (tag === 'PRE') pre++;
      await walk(child);
      if (tag === 'PRE') pre--;
      if (block) flush();
    }
  }
  await walk(doc.body ?? doc.documentElement);
  flush();
  return paragraphs.join('\n\n');
}
