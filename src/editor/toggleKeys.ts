// The keyboard toggles: Alt+Shift+T (Ctrl+Shift+T on macOS), then one key, puts a condition, phase or
// level on the paragraph at the cursor or takes it off. The prefix is free in VS Code's default
// keybindings on every platform; the second keys are mnemonics in both languages (I and B for
// interests/belangen), phases go by their number; X crosses a paragraph out of the partners' report
// (private), K marks a decision (keuze), as B and D were taken; N and S open pickers of needs and parties. package.json contributes exactly this table
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

/**
 * The commands behind the same prefix: T the Tag Observation picker, M Set Thermometer, 0 Mark Phase,
 * N a picker of the needs (needs, wat is nodig: B was taken), S of the participants (speaker, spreker: P was taken).
 */
export const COMMAND_KEYS: Record<string, string> = {
  t: 'facilitatorNotes.tagObservation',
  m: 'facilitatorNotes.setThermometer',
  0: 'facilitatorNotes.markPhase',
  n: 'facilitatorNotes.toggleNeed',
  s: 'facilitatorNotes.toggleParty',
};

/** How a person reads the toggle of a tag on this platform: 'Alt+Shift+T I' (first key if several). */
export function toggleLabel(ref: TagRef, mac: boolean): string | undefined {
  return keyLabel(TOGGLE_KEYS, ref, mac);
}

/** How a person reads the keys of a command behind the prefix: 'Alt+Shift+T N'. */
export function commandKeyLabel(command: string, mac: boolean): string | undefined {
  return keyLabel(COMMAND_KEYS, command, mac);
}

function keyLabel(keys: Record<string, string>, wanted: string, mac: boolean): string | undefined {
  const key = Object.keys(keys).find((k) => keys[k] === wanted);
  return key === undefined ? undefined : `${mac ? 'Ctrl+Shift+T' : 'Alt+Shift+T'} ${key.toUpperCase()}`;
}

/** Whether VS Code runs on a Mac: Node's platform, else (the web worker host has no Node) the browser's. */
export function onMac(): boolean {
  const node = (globalThis as { process?: { platform?: string } }).process;
  return node?.platform ? node.platform === 'darwin' : /Mac/.test(navigator.userAgent);
}
