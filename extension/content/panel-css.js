// The panel's styles, inside its shadow root. `:host` resets everything the page could make the host
// inherit or match (`all: initial`; !important in a shadow tree's own :host rule beats the page's
// !important rules), then places the panel at the top right above the page. The legend, list and
// card rules follow www/style.css (the same ui/ modules render them).
export const PANEL_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 12px !important;
  right: 12px !important;
  z-index: 2147483647 !important;
  width: 340px !important;
  max-width: calc(100vw - 24px) !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  transform: none !important;
  contain: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  pointer-events: auto !important;
}
* { box-sizing: border-box; }
.panel {
  --fg: #1a1a1a; --muted: #595e63; --bg: #f6f5f2; --card: #ffffff; --line: #d5d2ca; --accent: #1f5fbf;
  --button-bg: #ffffff; --button-hover: #eef3fb; --shadow: rgb(0 0 0 / 0.25);
  --card-bg: #1f1f1f; --card-fg: #f4f4f4; --card-key: #c9c9c9;
  color-scheme: light;
  display: flex;
  flex-direction: column;
  max-height: calc(100vh - 24px);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg);
  background: var(--card);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: 0 4px 18px var(--shadow);
  text-align: left;
  overflow: hidden;
}
.panel[data-theme="dark"] {
  --fg: #e8e6e3; --muted: #aeb3b8; --bg: #141517; --card: #202124; --line: #3c4043; --accent: #8ab4f8;
  --button-bg: #2a2b2e; --button-hover: #34363a; --shadow: rgb(0 0 0 / 0.6);
  --card-bg: #f1f1f1; --card-fg: #1a1a1a; --card-key: #4a4a4a;
  color-scheme: dark;
}
.head { display: flex; align-items: center; gap: 0.4rem; padding: 0.5rem 0.6rem 0.5rem 0.9rem; border-bottom: 1px solid var(--line); }
h1 { flex: 1; margin: 0; font-size: 15px; font-weight: 700; }
h2 { margin: 0 0 0.35rem; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
h2 .count { text-transform: none; letter-spacing: 0; }
button { font: inherit; color: var(--fg); background: var(--button-bg); border: 1px solid var(--line); border-radius: 6px; padding: 0.2rem 0.6rem; cursor: pointer; }
button:hover { background: var(--button-hover); }
button:focus-visible, summary:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
button.icon { width: 2rem; padding: 0.2rem 0; }
button.clear { font-weight: 600; }
.body { overflow: auto; padding: 0.5rem 0.9rem 0.7rem; display: grid; gap: 0.6rem; }
.body[hidden] { display: none; }
.status { margin: 0; font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
.list { border-top: 1px solid var(--line); padding-top: 0.5rem; }
.foot { border-top: 1px solid var(--line); padding-top: 0.5rem; font-size: 12px; color: var(--muted); }
.foot label { display: flex; gap: 0.4rem; align-items: flex-start; cursor: pointer; }
.foot input { margin: 0.15rem 0 0; accent-color: var(--accent); }
.version { margin: 0.35rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
kbd { font: 11px ui-monospace, monospace; }

/* legend (ui/legend.js) */
.aa-legend { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 0.15rem 0.5rem; font-size: 13px; }
.aa-toggle { width: 100%; display: flex; align-items: center; gap: 0.4rem; padding: 0.15rem 0.35rem; text-align: left; border-color: transparent; background: none; }
.aa-toggle:hover { background: var(--button-hover); }
.aa-toggle[aria-pressed="false"] .aa-name { text-decoration: line-through; }
.aa-toggle[aria-pressed="false"] .aa-swatch { background: transparent; }
.aa-toggle.aa-zero .aa-name { font-style: italic; }
.aa-name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.aa-count { font-variant-numeric: tabular-nums; color: var(--muted); }
.aa-swatch { flex: none; width: 1.1rem; height: 0.9rem; border-radius: 3px; background: var(--swatch); border: 1px solid var(--muted); }
.aa-swatch-quote { border: 0; border-bottom: 2px solid var(--aa-quote-line); border-radius: 0; }
.aa-bp-mode { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 0.8rem; margin: 0.5rem 0 0; padding: 0.3rem 0.6rem; border: 1px solid var(--line); border-radius: 6px; font-size: 13px; }
.aa-bp-mode legend { padding: 0 0.25rem; color: var(--muted); }
.aa-radio { display: inline-flex; align-items: center; gap: 0.2rem; cursor: pointer; }
.aa-radio input { accent-color: var(--accent); margin: 0; }

/* entity and quote lists (ui/lists.js) */
.aa-group { margin: 0 0 0.3rem; }
.aa-group summary { display: flex; align-items: center; gap: 0.4rem; cursor: pointer; font-size: 13px; font-weight: 600; padding: 0.1rem 0; list-style: none; }
.aa-group summary::before { content: "▸"; color: var(--muted); }
.aa-group[open] summary::before { content: "▾"; }
.aa-group summary::-webkit-details-marker { display: none; }
.aa-group summary .aa-count { font-weight: 400; }
.aa-entities, .aa-quotes { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.05rem; font-size: 13px; }
.aa-entities { padding-left: 1rem; }
.aa-entity, .aa-quote, .aa-more button { width: 100%; display: flex; gap: 0.4rem; align-items: baseline; text-align: left; line-height: 1.35; padding: 0.15rem 0.4rem; border-color: transparent; background: none; }
.aa-quote { display: block; padding: 0.3rem 0.45rem; }
.aa-entity:hover, .aa-quote:hover, .aa-more button:hover { background: var(--button-hover); border-color: var(--line); }
.aa-more button { color: var(--accent); }
.aa-unknown { font-style: italic; font-weight: 500; color: var(--muted); }
.aa-kind { font-size: 11px; padding: 0 0.3rem; border-radius: 3px; border: 1px solid var(--line); color: var(--muted); }
.aa-empty { margin: 0; color: var(--muted); font-size: 13px; }

/* the card (ui/card.js): fixed, over the page */
.aa-card { position: fixed; left: 0; top: 0; z-index: 1; pointer-events: none; max-width: 340px; padding: 0.4rem 0.6rem; font-size: 12px; line-height: 1.4; color: var(--card-fg); background: var(--card-bg); border-radius: 6px; box-shadow: 0 2px 8px var(--shadow); }
.aa-card[hidden] { display: none; }
.aa-card dl { display: grid; grid-template-columns: auto 1fr; gap: 0 0.6rem; margin: 0; }
.aa-card dt { color: var(--card-key); }
.aa-card dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
`;
