// The contrast maths the e2e theme checks rely on: known WCAG ratios and alpha compositing.
import * as assert from 'node:assert/strict';
import { contrastRatio, effectiveBackground, parseCssColor, toHex } from '../../e2e/contrast';

const ratio = (fg: string, bg: string) => Math.round(contrastRatio(parseCssColor(fg), parseCssColor(bg)) * 100) / 100;

describe('contrast (e2e theme checks)', () => {
  it('gives the WCAG extremes and known pairs', () => {
    assert.equal(ratio('#000', '#fff'), 21);
    assert.equal(ratio('#fff', '#fff'), 1);
    assert.equal(ratio('#777777', '#ffffff'), 4.48);
    assert.equal(ratio('rgb(0, 112, 193)', 'rgb(255, 255, 255)'), 5.14);
    assert.equal(ratio('#ffffff', '#1f1f1f'), ratio('#1f1f1f', '#ffffff'));
  });

  it('parses the forms getComputedStyle reports', () => {
    assert.deepEqual(parseCssColor('rgba(204, 204, 204, 0.7)'), { r: 204, g: 204, b: 204, a: 0.7 });
    assert.deepEqual(parseCssColor('rgb(31 31 31 / 50%)'), { r: 31, g: 31, b: 31, a: 0.5 });
    assert.deepEqual(parseCssColor('color(srgb 0.2 0.4 1 / 0.58)'), { r: 51, g: 102, b: 255, a: 0.58 });
    assert.deepEqual(parseCssColor('#0f4a8580'), { r: 15, g: 74, b: 133, a: 128 / 255 });
    assert.deepEqual(parseCssColor('transparent'), { r: 0, g: 0, b: 0, a: 0 });
    assert.throws(() => parseCssColor('oklch(0.5 0.1 200)'), /unsupported CSS colour/);
  });

  it('composites translucent text and backgrounds as painted', () => {
    // 50% black text on white is painted mid grey.
    assert.equal(ratio('rgba(0, 0, 0, 0.5)', '#ffffff'), ratio('rgb(127.5, 127.5, 127.5)', '#ffffff'));
    // A 50% blue tint on a transparent cell over a white page.
    assert.equal(toHex(effectiveBackground(['rgba(0, 0, 255, 0.5)', 'rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'])), '#8080ff');
    assert.throws(() => effectiveBackground(['rgba(0, 0, 0, 0)']), /no opaque background/);
  });
});
