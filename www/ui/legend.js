// The legend that doubles as a filter: one toggle button per entity label (with its count and digit
// key) and one for quotes, plus the three-way boilerplate control (dim / hide / show). Takes a
// container and an AnnotationIndex (ui/annotation.js); no page globals, so an extension panel can
// use it. Swatch colours come from the --aa-* variables that ui/highlights.js defines per theme.

import { LABELS } from './annotation.js';
import { maker } from './lists.js';

/** The boilerplate modes, in the order the `b` key goes through them. */
export const BOILERPLATE_MODES = [
  { mode: 'fold', text: 'Fold' },
  { mode: 'dim', text: 'Dim' },
  { mode: 'hide', text: 'Hide' },
  { mode: 'show', text: 'Show' },
];

/** The modes over a page whose DOM must stay as it is (the extension): no folding. */
export const PAGE_MODES = BOILERPLATE_MODES.filter((m) => m.mode !== 'fold');

let uid = 0;

/**
 * Renders the legend into `container` (its children are replaced).
 * options: isVisible(key) -> bool, boilerplate ('dim' | 'hide' | 'show'), onToggle(key, on),
 * onBoilerplate(mode), keys (true: show the digit of each label), modes (the boilerplate modes offered).
 * Returns {update()} to refresh the pressed states after a change made elsewhere (e.g. a key).
 * @param {HTMLElement} container
 * @param {import('./annotation.js').AnnotationIndex} index
 * @param {{isVisible?: (key: string) => boolean, boilerplate?: string, onToggle?: (key: string, on: boolean) => void,
 *   onBoilerplate?: (mode: string) => void, keys?: boolean, modes?: {mode: string, text: string}[]}} [options]
 */
export function renderLegend(container, index, { isVisible = () => true, boilerplate = 'dim', onToggle, onBoilerplate, keys = true, modes = BOILERPLATE_MODES } = {}) {
  const make = maker(container.ownerDocument);


  const list = make('ul', 'aa-legend');
  const buttons = new Map();
  const item = (key, name, count, swatchVar, digit) => {
    const button = make('button', 'aa-toggle');
    button.type = 'button';
    button.dataset.key = key;
    const swatch = make('span', `aa-swatch aa-swatch-${key === 'quote' ? 'quote' : 'label'}`);
    swatch.style.setProperty('--swatch', `var(${swatchVar})`);
    swatch.setAttribute('aria-hidden', 'true');
    button.append(swatch, make('span', 'aa-name', name), make('span', 'aa-count', String(count)));
    if (keys && digit) {
      const kbd = make('kbd', 'aa-key', digit);
      kbd.setAttribute('aria-hidden', 'true');
      button.append(kbd);
      button.setAttribute('aria-keyshortcuts', digit);
    }
    if (count === 0) button.classList.add('aa-zero');
    button.title = `${name}: ${count} ${key === 'quote' ? 'quotes' : 'mentions'} — click to show or hide`;
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      onToggle?.(key, on);
      update();
    });
    buttons.set(key, button);
    const li = make('li');
    li.append(button);
    return li;
  };
  LABELS.forEach((l, i) => list.append(item(l, l, index.labelCounts[l] ?? 0, `--aa-${l}`, String(i + 1))));
  list.append(item('quote', 'quote', index.quotes.length, '--aa-quote', 'q'));

  const fieldset = make('fieldset', 'aa-bp-mode');
  const legend = make('legend', null, `Boilerplate (${index.boilerplate.length})`);
  fieldset.append(legend);
  const name = `aa-bp-${++uid}`;
  const radios = new Map();
  for (const { mode, text } of modes) {
    const label = make('label', 'aa-radio');
    const input = make('input');
    input.type = 'radio';
    input.name = name;
    input.value = mode;
    input.checked = mode === boilerplate;
    input.addEventListener('change', () => {
      if (input.checked) onBoilerplate?.(mode);
    });
    radios.set(mode, input);
    label.append(input, ` ${text}`);
    fieldset.append(label);
  }
  if (keys) {
    const kbd = make('kbd', 'aa-key', 'b');
    kbd.setAttribute('aria-hidden', 'true');
    fieldset.append(kbd);
  }

  function update(state = {}) {
    for (const [key, button] of buttons) button.setAttribute('aria-pressed', String(isVisible(key)));
    if (state.boilerplate) for (const [mode, input] of radios) input.checked = mode === state.boilerplate;
  }
  update();
  container.replaceChildren(list, fieldset);
  return { update, buttons, radios };
}
