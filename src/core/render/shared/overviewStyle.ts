// The overview's stylesheet, inlined into the panel and the exported file alike. VS Code's theme
// variables when shown in a webview, with fallbacks for a browser or print.
export const OVERVIEW_CSS = `
:root {
  --fg: var(--vscode-editor-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-contrastBorder, var(--vscode-panel-border, #d1d9e0));
  --accent: var(--vscode-textLink-foreground, #0969da);
  --focus: var(--vscode-focusBorder, #0969da);
  --cell: var(--vscode-charts-blue, #2f81f7);
  --chip-bg: var(--vscode-badge-background, #e7ecf0);
  --chip-fg: var(--vscode-badge-foreground, #1f2328);
  --lvl-0: var(--vscode-facilitatorNotes-friendlyLevel, #1a7f37);
  --lvl-1: var(--vscode-facilitatorNotes-watchfulLevel, #b08800);
  --lvl-2: var(--vscode-facilitatorNotes-disagreementLevel, #d1590b);
  --lvl-3: var(--vscode-facilitatorNotes-conflictLevel, #cf222e);
  color-scheme: light dark;
}
body { margin: 0; padding: 0 20px 24px; color: var(--fg); background: var(--bg);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: var(--vscode-font-size, 14px); line-height: 1.45; }
h1 { font-size: 1.5em; margin: 16px 0 4px; }
h2 { font-size: 1.15em; margin: 22px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
h3 { font-size: 1em; margin: 12px 0 6px; }
.meta, .where, .muted, footer { color: var(--muted); }
.where { font-size: 0.9em; }
.toolbar { margin: 8px 0; display: flex; gap: 8px; }
button { font: inherit; color: inherit; }
.toolbar button { color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0969da);
  border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 4px 10px; cursor: pointer; }
.toolbar button:hover { background: var(--vscode-button-hoverBackground, #0550ae); }
.toolbar button:disabled { opacity: 0.5; cursor: default; }
.pager { align-items: center; }
button.obs, button.open-session { background: none; border: none; padding: 0; text-align: left; cursor: pointer; color: var(--accent); }
button.obs:hover, button.open-session:hover { text-decoration: underline; }
button.open-dossier { background: none; border: none; padding: 0; text-align: left; cursor: pointer; color: var(--accent); text-decoration: underline; }
:focus-visible { outline: 1px solid var(--focus); outline-offset: 1px; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: 4px 8px; }
th { text-align: left; font-weight: 600; }
table.matrix td { text-align: center; min-width: 3.2em; font-variant-numeric: tabular-nums; }
table.matrix td a { color: inherit; display: block; text-decoration: none; font-weight: 600; }
table.matrix td.s0 { color: var(--muted); }
td.s1 { background: color-mix(in srgb, var(--cell) 9%, transparent); }
td.s2 { background: color-mix(in srgb, var(--cell) 18%, transparent); }
td.s3 { background: color-mix(in srgb, var(--cell) 27%, transparent); }
td.s4 { background: color-mix(in srgb, var(--cell) 36%, transparent); }
/* High-contrast themes (the webview's body class): a fill barely shows on black or white, so a cell's weight is also an inner frame. */
body.vscode-high-contrast td.s1 { box-shadow: inset 0 0 0 1px var(--vscode-contrastActiveBorder, var(--focus)); }
body.vscode-high-contrast td.s2 { box-shadow: inset 0 0 0 2px var(--vscode-contrastActiveBorder, var(--focus)); }
body.vscode-high-contrast td.s3 { box-shadow: inset 0 0 0 3px var(--vscode-contrastActiveBorder, var(--focus)); }
body.vscode-high-contrast td.s4 { box-shadow: inset 0 0 0 4px var(--vscode-contrastActiveBorder, var(--focus)); }
table.sessions td.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
details { margin: 4px 0; }
summary { cursor: pointer; }
details ul, .plain { margin: 4px 0 8px; padding-left: 1.4em; }
.chip, .level { display: inline-block; padding: 0 6px; margin: 1px 2px; border-radius: 9px; font-size: 0.85em; background: var(--chip-bg); color: var(--chip-fg); }
/* Level colours are tuned against the page background, not a badge fill: outline and dot in the level's colour. */
.level { border: 1px solid var(--lvl, var(--border)); background: none; color: var(--fg); }
.level::before { content: ""; display: inline-block; width: 0.6em; height: 0.6em; border-radius: 50%; margin-right: 4px; background: var(--lvl, currentColor); }
.level.lvl-0 { --lvl: var(--lvl-0); } .level.lvl-1 { --lvl: var(--lvl-1); } .level.lvl-2 { --lvl: var(--lvl-2); } .level.lvl-3 { --lvl: var(--lvl-3); }
dl.levels { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 6px 0; }
dl.levels dt { font-weight: 600; } dl.levels dd { margin: 0; }
.advice { border-left: 3px solid var(--border); padding: 2px 10px; margin: 8px 0; }
.stressed { font-weight: 600; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 0 24px; }
svg.chart { max-width: 760px; display: block; margin: 6px 0; }
svg .grid { stroke: var(--border); stroke-width: 1; }
svg .axis { fill: var(--muted); font-size: 12px; }
svg .course { fill: none; stroke: var(--fg); stroke-width: 2; }
svg .dot { stroke: var(--bg); stroke-width: 1.5; }
svg .peak { fill: none; stroke-width: 2; }
svg .dot.lvl-0 { fill: var(--lvl-0); } svg .dot.lvl-1 { fill: var(--lvl-1); } svg .dot.lvl-2 { fill: var(--lvl-2); } svg .dot.lvl-3 { fill: var(--lvl-3); }
svg .peak.lvl-0 { stroke: var(--lvl-0); } svg .peak.lvl-1 { stroke: var(--lvl-1); } svg .peak.lvl-2 { stroke: var(--lvl-2); } svg .peak.lvl-3 { stroke: var(--lvl-3); }
.sr { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
footer { margin-top: 28px; font-size: 0.85em; }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #444; --border: #999; --accent: #000; }
  body { padding: 0; font-size: 11pt; }
  .toolbar { display: none; }
  table.matrix, svg.chart, li, h2, h3 { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  td.s1, td.s2, td.s3, td.s4 { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
