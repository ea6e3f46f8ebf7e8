// Script of the session overview panel (loaded with the page's nonce). It only forwards clicks to
// the extension and, on live updates, patches only the nodes that changed, so typing beside it never
// re-lays out the whole page, moves the scroll position or closes a cell; another view (a dossier, the
// workspace) is swapped in without loading the page again. It never builds markup from note text: the
// extension's escaped HTML is parsed by the browser.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const main = /** @type {HTMLElement} */ (document.getElementById('overview'));
  // `from`: the collaboration whose dossier the person opened from the workspace page; going back shows its row.
  /** @type {{ scrollY: number, open: string[], view?: { mode: string, uri?: string }, from?: string }} */
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
    } else if (['exportPartners', 'previewPartners', 'presentToRoom'].includes(el.dataset.command ?? '')) {
      vscode.postMessage({ type: el.dataset.command });
    } else {
      const page = el.dataset.page === undefined ? undefined : Number(el.dataset.page);
      if (el.dataset.command === 'dossier') state.from = el.dataset.collaboration;
      vscode.postMessage({ type: 'mode', mode: el.dataset.command, collaboration: el.dataset.collaboration, page });
    }
  });

  /** Makes `target`'s children equal to `source`'s, keeping every node that is already equal. */
  function patchChildren(target, source) {
    const wanted = Array.from(source.childNodes);
    for (let i = 0; i < wanted.length; i++) {
      const have = target.childNodes[i];
      const want = wanted[i];
      if (!have) target.appendChild(want);
      else if (!have.isEqualNode(want)) patchNode(have, want);
    }
    while (target.childNodes.length > wanted.length) target.removeChild(/** @type {ChildNode} */ (target.lastChild));
  }

  /** Updates a node in place when it is the same kind of element (same tag and id), else replaces it. */
  function patchNode(have, want) {
    const sameElement = have instanceof Element && want instanceof Element && have.tagName === want.tagName && have.id === want.id;
    if (!sameElement) {
      if (have.nodeType === Node.TEXT_NODE && want.nodeType === Node.TEXT_NODE) have.nodeValue = want.nodeValue;
      else have.replaceWith(want);
      return;
    }
    for (const { name } of Array.from(have.attributes)) {
      // A cell the person opened stays open: 'open' is theirs, not the extension's.
      if (!want.hasAttribute(name) && !(name === 'open' && have instanceof HTMLDetailsElement)) have.removeAttribute(name);
    }
    for (const { name, value } of Array.from(want.attributes)) {
      if (have.getAttribute(name) !== value) have.setAttribute(name, value);
    }
    patchChildren(have, want);
  }

  /**
   * Another view in the same page (a dossier, the workspace, another session): its <main>, title, language and state,
   * scrolled to the top, or back at the row of the dossier the person went to. The focus moves only when it is in
   * the panel, so a view that follows the editor never takes it from the notes.
   */
  function show(content, message) {
    main.replaceChildren(content);
    if (typeof message.title === 'string') document.title = message.title;
    if (typeof message.lang === 'string') document.documentElement.lang = message.lang;
    if (typeof message.state === 'string') {
      main.dataset.state = message.state;
      state.view = JSON.parse(message.state);
    }
    state.open = [];
    const row = state.view?.mode === 'workspace' ? dossierButton(state.from) : undefined;
    const heading = main.querySelector('h1');
    if (row) row.scrollIntoView({ block: 'center' });
    else window.scrollTo(0, 0);
    if (!document.hasFocus()) return;
    if (row) row.focus();
    else if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }

  /** The workspace page's button that opens the dossier of `name`, if this page lists it. */
  function dossierButton(name) {
    return Array.from(main.querySelectorAll('button.open-dossier')).find((b) => b instanceof HTMLElement && b.dataset.collaboration === name);
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    const next = document.createElement('template');
    next.innerHTML = message.html;
    if (message.keepState) patchChildren(main, next.content);
    else show(next.content, message);
    save();
  });

  restore();
  save();
  vscode.postMessage({ type: 'ready' });
}());
