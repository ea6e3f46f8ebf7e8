// The keyboard toggles: Alt+Shift+T (Ctrl+Shift+T on macOS), then one key, puts a condition, phase or
// level on the paragraph at the cursor or takes it off. The prefix is free in VS Code's default
// keybindings on every platform; the second keys are mnemonics in both languages (I and B for
// interests/belangen), phases go by their number; X crosses a paragraph out of the partners' report
// (private), K marks a decision (keuze), as B and D were taken. package.json contributes exactly this table
// (test/integration/toggles.test.ts checks it).
import { TagRef } from '../core/write/tagEdit';

export const TOGGLE_PREFIX = { key: 'shift+alt+t', mac: 'ctrl+shift+t' };

/** Second key → tag it toggles. */
export const TOGGLE_KEYS: Record<string, TagRef> = {
  a: 'condition:ambition',
  i: 'condition:interests',
  b: 'condition:interests',
  r: 'condition:relationship',
  o: 'condition:organisation',
  p: 'condition:process',
  1: 'phase:explore',
  2: 'phase:share',
  3: 'phase:agree',
  4: 'phase:shape',
  5: 'phase:execute',
  f: 'level:friendly',
  v: 'level:friendly',
  w: 'level:watchful',
  d: 'level:disagreement',
  c: 'level:conflict',
  x: 'private:private',
  k: 'decision:decision',
};

/** The commands behind the same prefix: T the Tag Observation picker, M Set Thermometer, 0 Mark Phase. */
export const COMMAND_KEYS: Record<string, string> = {
  t: 'facilitatorNotes.tagObservation',
  m: 'facilitatorNotes.setThermometer',
  0: 'facilitatorNotes.markPhase',
};

/** How a person reads the toggle of a tag on this platform: 'Alt+Shift+T I' (first key if several). */
export function toggleLabel(ref: TagRef, mac: boolean): string | undefined {
  const key = Object.keys(TOGGLE_KEYS).find((k) => TOGGLE_KEYS[k] === ref);
  return key === undefined ? undefined : `${mac ? 'Ctrl+Shift+T' : 'Alt+Shift+T'} ${key.toUpperCase()}`;
}

/** Whether VS Code runs on a Mac: Node's platform, else (the web worker host has no Node) the browser's. */
export function onMac(): boolean {
  const node = (globalThis as { process?: { platform?: string } }).process;
  return node?.platform ? node.platform === 'darwin' : /Mac/.test(navigator.userAgent);
}
