// JavaScript source for a fresh Node process that loads dist/extension.js outside VS Code: `vscode`
// resolves to a stand-in on which every property, call and construction gives the stand-in again, so
// the bundle loads and activate() runs (used by the extension load test and the bench).

export const STUBBED_VSCODE = `const Module = require('module');
const stub = new Proxy(function () {}, {
  get: (t, k) => (k === 'prototype' ? {} : k === Symbol.toPrimitive ? () => '' : k === Symbol.iterator ? [][Symbol.iterator] : stub),
  apply: () => stub, construct: () => stub, getPrototypeOf: () => stub, set: () => true,
});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };
const stubContext = new Proxy({ subscriptions: [] }, { get: (t, k) => (k in t ? t[k] : stub) });
`;
