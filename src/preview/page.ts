// The preview page and its script: draws the charts with Mermaid in the page, redrawn on every server-sent state.

/** The page itself; everything it runs comes from this server (see the Content-Security-Policy in server.ts). */
export const PAGE_HTML = `<!doctype html>
<html lang="kk"><head><meta charset="utf-8">
<title>Tártip preview</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { margin: 0; font-family: "DejaVu Sans", system-ui, sans-serif; color: #111; background: #fafafa; }
header { position: sticky; top: 0; z-index: 1; padding: 8px 16px; background: #fff; border-bottom: 1px solid #ddd; display: flex; gap: 16px; align-items: baseline; }
header h1 { font-size: 15px; margin: 0; flex: 1; }
#status { font-size: 13px; color: #555; }
#status.error { color: #b00020; font-weight: bold; }
#diagnostics:empty { display: none; }
#diagnostics { margin: 12px 16px; }
#diagnostics pre { margin: 0 0 8px; padding: 8px 12px; border-left: 4px solid #b00020; background: #fff4f4; font: 13px/1.4 "DejaVu Sans Mono", monospace; white-space: pre-wrap; }
#diagnostics pre.warning { border-color: #c77700; background: #fff9ec; }
#charts section { margin: 16px; padding: 12px 16px; background: #fff; border: 1px solid #ddd; }
#charts h2 { font-size: 14px; margin: 0 0 4px; }
#charts h3 { font-size: 13px; font-weight: normal; font-style: italic; margin: 0 0 8px; }
#charts svg { max-width: 100%; height: auto; }
</style></head>
<body>
<header><h1 id="title">…</h1><span id="status">…</span></header>
<div id="diagnostics"></div>
<div id="charts"></div>
<script src="/mermaid.js"></script>
<script src="/preview.js"></script>
</body></html>
`;

/**
 * The page's script. A state arrives on the event stream; its diagnostics replace the old ones at once, and
 * its charts that changed are drawn off-screen first (Mermaid takes 0.1–0.3 s a chart), so the page swaps them in whole, and when the act has errors (no
 * charts) or a chart fails to draw, the last good charts stay. States are drawn one at a time, in order.
 */
export function previewScript(settings: object): string {
  return `(() => {
  const mermaid = window.mermaid;
  mermaid.initialize(${JSON.stringify(settings)});
  const $ = (id) => document.getElementById(id);
  let queue = Promise.resolve();
  // A save usually changes one procedure: the other charts (and the legends) are the SVGs drawn last time.
  let drawnBefore = new Map();

  function diagnostics(state) {
    $('diagnostics').replaceChildren(...state.diagnostics.map((d) => {
      const pre = document.createElement('pre');
      pre.className = d.severity;
      pre.textContent = d.text;
      return pre;
    }));
    const { errors, warnings } = state.counts;
    $('status').className = errors > 0 ? 'error' : '';
    $('status').textContent = errors > 0 ? errors + ' қате / errors: the last good chart is shown' : warnings > 0 ? warnings + ' ескерту / warnings' : 'қате жоқ / no problems';
  }

  async function charts(state) {
    const started = performance.now();
    const sections = [];
    const drawn = new Map();
    for (const [i, d] of state.diagrams.entries()) {
      const key = d.name + '\\n' + d.mermaid;
      const svg = drawnBefore.get(key) ?? (await mermaid.render('chart-' + state.version + '-' + i, d.mermaid)).svg;
      drawn.set(key, svg);
      const section = document.createElement('section');
      section.dataset.name = d.name;
      const h2 = document.createElement('h2');
      h2.textContent = d.appendix;
      section.append(h2);
      if (d.caption) {
        const h3 = document.createElement('h3');
        h3.textContent = d.caption;
        section.append(h3);
      }
      section.insertAdjacentHTML('beforeend', svg);
      sections.push(section);
    }
    $('charts').replaceChildren(...sections);
    drawnBefore = drawn;
    // How long Mermaid took, for scripts/bench-preview.mjs.
    document.body.dataset.drawMs = String(Math.round(performance.now() - started));
    document.body.dataset.drawn = String(state.version);
  }

  async function show(state) {
    if (state.title) { $('title').textContent = state.title; document.title = state.title + ' — Tártip'; }
    diagnostics(state);
    try {
      if (state.diagrams) await charts(state);
    } catch (error) {
      const pre = document.createElement('pre');
      pre.textContent = 'Mermaid: ' + (error && error.message ? error.message : String(error));
      $('diagnostics').prepend(pre);
    }
    document.body.dataset.version = String(state.version);
  }

  const events = new EventSource('/events');
  events.addEventListener('state', (event) => {
    const state = JSON.parse(event.data);
    queue = queue.then(() => show(state));
  });
})();
`;
}
