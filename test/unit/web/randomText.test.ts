// Nonces and temporary names come from Web Crypto (there in Node and in the web worker host alike).
import { strict as assert } from 'node:assert';
import { randomText } from '../../../src/io/randomText';

describe('randomText (Web Crypto)', () => {
  it('gives hex of two digits per byte, different each time', () => {
    const a = randomText(6, 'hex');
    assert.match(a, /^[0-9a-f]{12}$/);
    assert.notEqual(randomText(6, 'hex'), a);
  });

  it('gives base64 of the asked bytes (18 bytes: 24 characters, no padding)', () => {
    const nonce = randomText(18, 'base64');
    assert.match(nonce, /^[A-Za-z0-9+/]{24}$/);
    assert.equal(Buffer.from(nonce, 'base64').length, 18);
  });
});
