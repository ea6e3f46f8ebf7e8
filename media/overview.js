// Script of the session overview panel (loaded with the page's nonce). It only forwards clicks to
// the extension and swaps in new content on live updates; it never builds markup from note text.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const main = /** @type {HTMLElement} */ (document.getElementById('overview'));
  /** @type {{ scrollY: number, open: string[], view?: { mode: string, uri?: string } }} */
  const state = Object.assign({ scrollY: 0, open: [] }, vscode.getState() || {});
  // What the panel shows (mode, notes file): VS Code hands the saved state back to the extension after a reload.
  if (main.dataset.state) state.view = JSON.parse(main.dataset.state);

  function openCells() {
    return Array.from(main.querySelectorAll('details[open]'), (d) => d.id).filter(Boolean);
  }

  function restore() {
    for (const id of state.open) {
      const details = document.getElementById(id);
      if (details instanceof HTMLDetailsElement) details.open = true;
    }
    window.scrollTo(0, state.scrollY);
  }

  function save() {
    state.scrollY = window.scrollY;
    state.open = openCells();
    vscode.setState(state);
  }

  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; save(); });
  });
  document.addEventListener('toggle', save, true);

  document.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const el = target.closest('[data-cell-link], button.obs, button.open-session, button[data-command]');
    if (!(el instanceof HTMLElement)) return;
    if (el.dataset.cellLink) {
      event.preventDefault();
      const details = document.getElementById(el.dataset.cellLink);
      if (details instanceof HTMLDetailsElement) {
        details.open = true;
        details.scrollIntoView({ block: 'start' });
        details.querySelector('summary')?.focus();
      }
    } else if (el.classList.contains('obs')) {
      vscode.postMessage({ type: 'reveal', session: Number(el.dataset.session), line: Number(el.dataset.line), endLine: Number(el.dataset.end) });
    } else if (el.classList.contains('open-session')) {
      vscode.postMessage({ type: 'openSession', session: Number(el.dataset.session) });
    } else if (el.dataset.command === 'exportPartners') {
      vscode.postMessage({ type: 'exportPartners' });
    } else {
      vscode.postMessage({ type: 'mode', mode: el.dataset.command, collaboration: el.dataset.collaboration });
    }
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    state.open = message.keepState ? openCells() : [];
    const y = message.keepState ? window.scrollY : 0;
    main.innerHTML = message.html;
    state.scrollY = y;
    restore();
    save();
  });

  restore();
  save();
  vscode.postMessage({ type: 'ready' });
}());
