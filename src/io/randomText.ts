// Random bytes as text, for webview nonces and temporary file names. node:crypto is required on the
// first call: loading it at activation would cost about 4 ms that activation does not need (issue 10).
import type * as Crypto from 'node:crypto';

export function randomText(bytes: number, encoding: 'hex' | 'base64'): string {
  return (require('node:crypto') as typeof Crypto).randomBytes(bytes).toString(encoding);
}
