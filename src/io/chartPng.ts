// The report's charts (their SVG, made in the core) as PNG for the Word file, drawn by resvg's WebAssembly build
// with DejaVu Sans shipped beside the bundle: a web worker has no system fonts, and the same font everywhere
// gives the same picture. Both are read once, on the first Word export, through `read` (a file in dist/).
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** Reads a file shipped in dist/ by its name: Node's fs for the CLI, the workspace file system in the extension. */
export type ReadAsset = (name: string) => PromiseLike<Uint8Array>;

/** The files build.mjs copies into dist/ (and .vscodeignore ships). */
export const CHART_ASSETS = { wasm: 'resvg.wasm', font: 'DejaVuSans.ttf' } as const;
const FONT_FAMILY = 'DejaVu Sans';
/** Twice the SVG's size, so the picture stays sharp in print. */
const SCALE = 2;

let fontLoaded: Promise<Uint8Array> | undefined;

/** The font, once the renderer is ready; a failed load is tried again on the next export. */
function loadRenderer(read: ReadAsset): Promise<Uint8Array> {
  fontLoaded ??= (async () => {
    const [wasm, font] = await Promise.all([read(CHART_ASSETS.wasm), read(CHART_ASSETS.font)]);
    await initWasm(wasm);
    return font;
  })().catch((error: unknown) => {
    fontLoaded = undefined;
    throw error;
  });
  return fontLoaded;
}

/**
 * Each SVG as PNG bytes; undefined when the renderer cannot be loaded, and the Word writer then shows the
 * charts as shaded tables instead (a report without its picture beats no report).
 */
export async function chartPngs(svgs: readonly string[], read: ReadAsset): Promise<Uint8Array[] | undefined> {
  if (svgs.length === 0) return [];
  try {
    const font = await loadRenderer(read);
    return svgs.map((svg) => {
      const resvg = new Resvg(svg, {
        font: { fontBuffers: [font], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
        fitTo: { mode: 'zoom', value: SCALE },
      });
      try {
        return resvg.render().asPng();
      } finally {
        resvg.free();
      }
    });
  } catch {
    return undefined;
  }
}
