// Random bytes as text, for webview nonces and temporary file names, from Web Crypto: the same call in
// Node (the CLI, the desktop extension host) and in the browser's web worker extension host.
export function randomText(bytes: number, encoding: 'hex' | 'base64'): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return encoding === 'hex'
    ? Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('')
    : btoa(String.fromCharCode(...random));
}
