// The hover / focus card: a small floating box that describes what is under the pointer or at the
// keyboard position (lines from describeHit() of ui/annotation.js). Lines go in with textContent only.
// Takes the container it lives in; no page globals, so an extension panel can use it.

/**
 * Creates the card inside `container` (hidden). Returns {el, show(lines, at), hide()}, where `at` is
 * a pointer position {x, y} or a DOMRect of the text it describes (viewport coordinates).
 * @param {HTMLElement} container
 * @param {{id?: string}} [options]
 */
export function createCard(container, { id } = {}) {
  const doc = container.ownerDocument;
  const el = doc.createElement('div');
  el.className = 'aa-card';
  el.setAttribute('role', 'tooltip');
  if (id) el.id = id;
  el.hidden = true;
  container.append(el);

  function show(lines, at) {
    if (!lines || lines.length === 0) return hide();
    const dl = doc.createElement('dl');
    for (const { key, value } of lines) {
      const dt = doc.createElement('dt');
      dt.textContent = key;
      const dd = doc.createElement('dd');
      dd.textContent = value;
      dl.append(dt, dd);
    }
    el.replaceChildren(dl);
    el.hidden = false;
    const win = doc.defaultView;
    const { offsetWidth: w, offsetHeight: h } = el;
    let x;
    let y;
    if ('width' in at) {
      // Below the text it describes, or above when there is no room below.
      x = at.left;
      y = at.bottom + 8 + h <= win.innerHeight - 8 ? at.bottom + 8 : at.top - h - 8;
    } else {
      // Above-right of the pointer (a quote's speaker usually follows on the lines below).
      x = at.x + 12;
      y = at.y - h - 14 >= 8 ? at.y - h - 14 : at.y + 18;
    }
    x = Math.max(8, Math.min(x, win.innerWidth - w - 8));
    y = Math.max(8, Math.min(y, win.innerHeight - h - 8));
    el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  function hide() {
    el.hidden = true;
  }

  return { el, show, hide };
}
