// Script of the partner report's preview (loaded with the page's nonce): forwards the Leave out and
// Export… buttons to the extension. It never builds markup; the page is the extension's escaped HTML.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const el = /** @type {HTMLElement} */ (event.target).closest('button.leave-out, button[data-command="export"]');
    if (!(el instanceof HTMLElement)) return;
    if (el.classList.contains('leave-out')) vscode.postMessage({ type: 'leaveOut', line: Number(el.dataset.line) });
    else vscode.postMessage({ type: 'export' });
  });
})();
