// The form rules of ../shared/nl-style.md on every Dutch string: commands in the infinitive with the object first
// ("Naar observatie gaan", never "Ga naar observatie"), and sentence case (no Title Case Words).
import { strict as assert } from 'node:assert';
import { DUTCH_SOURCES, MODEL_DIMENSIONS, json } from '../helpers/dutchStrings';
import { PARTNER_WORDS } from '../../../src/core/render/report/partnerWords';

const manifest = json('package.nls.nl.json');
const bundleNl = json('l10n/bundle.l10n.nl.json');

/** English verbs that open a bundle text naming something to do (a button, a quick fix, a picker's title). */
const ENGLISH_COMMAND = /^(?:Go|Set|Tag|Mark|Open|Export|Filter|Group|Present|Stop|Leave|Include|Rename|Merge|Split|Replace|Change|Toggle|Show)\b/;

/** Titles that are no command in the infinitive, each with why. */
const NOT_INFINITIVE: Record<string, string> = {
  'Nieuwe sessienotities': 'names what it makes, as VS Code\'s own "Nieuw bestand"',
  '{0} samenvoegen met': 'a prompt: the tag picked below it ends the sentence',
};

/** Every Dutch command title: the manifest's commands and walkthrough steps, and the bundle's texts of things to do. */
function commandTitles(): string[] {
  const fromManifest = Object.entries(manifest).filter(([k]) => /^command\.|^walkthrough\.[^.]+\.title$/.test(k)).map(([, v]) => v);
  const fromBundle = Object.entries(bundleNl).filter(([en]) => ENGLISH_COMMAND.test(en) && !/[.!?]$/.test(en)).map(([, nl]) => nl);
  return [...fromManifest, ...fromBundle];
}

/** Imperatives a title must not start with ("Ga naar…", "Toon…"). */
const IMPERATIVES = new Set(['ga', 'toon', 'open', 'maak', 'zet', 'kies', 'exporteer', 'bekijk', 'voeg', 'wis', 'groepeer', 'wijzig',
  'vervang', 'stop', 'markeer', 'noteer', 'sla', 'verwijder', 'hernoem', 'splits', 'voer', 'begin', 'neem', 'laat', 'presenteer', 'rond',
  'haal', 'bouw', 'vink']);

/** How every Dutch infinitive ends: "groeperen", "gaan". */
const INFINITIVE = /[ea]n$/;

/**
 * The words of a title's command: up to its first ':' (what follows explains it), without a trailing '…', a trailing
 * '(…)' and a trailing complement of a placeholder ("Vervangen door {0}" is "Vervangen").
 */
function commandWords(title: string): string[] {
  const command = title.replace(/…$/, '').replace(/\s*\([^)]*\)…?$/, '').split(': ')[0].replace(/\s+(?:door|in|met|naar) \{\d\}$/, '');
  return command.split(/\s+/).filter(Boolean);
}

/**
 * The rule: a command ends in its infinitive, in lower case unless it is the only word ("Observaties per fase
 * groeperen", "Exporteren…"), starts with no imperative, and, when longer, does not start with an infinitive either
 * (an infinitive is a word some command title ends with).
 */
function commandFormErrors(titles: string[]): string[] {
  const infinitives = new Set(titles.map((t) => commandWords(t).at(-1)?.toLowerCase() ?? '').filter((w) => INFINITIVE.test(w)));
  return titles.filter((t) => !(t in NOT_INFINITIVE)).flatMap((title) => {
    const words = commandWords(title);
    const last = words.at(-1) ?? '';
    const first = words[0]?.toLowerCase() ?? '';
    const errors = [
      !INFINITIVE.test(last) && 'does not end in an infinitive',
      words.length > 1 && INFINITIVE.test(last) && last !== last.toLowerCase() && 'its infinitive is capitalised',
      IMPERATIVES.has(first) && 'starts with an imperative',
      words.length > 1 && infinitives.has(first) && 'starts with the infinitive: the object comes first',
    ].filter((e): e is string => !!e);
    return errors.map((e) => `${title}: ${e}`);
  });
}

/** Capitalised words that may stand inside a sentence: names, the model's labels, the views', sections' and commands' names. */
function allowedCapitals(): Set<string> {
  const names = ['Facilitator', 'Notes', 'Markdown', 'Word', 'Code', 'Nederlands', 'Nederlandse', 'English', 'Engels', 'Engelse', 'Esther',
    'Enter', 'Tab', 'Partner'];
  const labels = MODEL_DIMENSIONS.flatMap((d) => [d.label.nl, d.label.en, ...d.terms.flatMap((t) => [t.label.nl, t.label.en])]);
  const sections = Object.values(PARTNER_WORDS.nl);
  const views = Object.entries(manifest).filter(([k]) => /^(?:view|command)\./.test(k)).map(([, v]) => v);
  return new Set([...names, ...[...labels, ...sections, ...views].map((s) => s.split(/\s+/)[0])]);
}

/** A word that is capitalised by nature: an acronym or key ("CSV", "REFI-QDA", "UTF-8", "Alt+Shift+T"), or one letter. */
const capitalisedByNature = (word: string): boolean => /^\p{Lu}(?:[\p{Lu}\d]|$)|\+/u.test(word);

/** Where a new sentence, item or name may start with a capital: after sentence ends, separators, brackets and quotes. */
const SEGMENT = /[.?!;:](?=\s|$)|[·→×—\n([{"“'`*]|\s-\s/;

/** The capitalised words inside a segment (the first word of each segment may be capitalised). */
function titleCaseWords(text: string, allowed: Set<string>): string[] {
  return text.split(SEGMENT).flatMap((segment) => segment.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).slice(1)
    .map((w) => w.replace(/^[^\p{L}\d#{@$]+|[^\p{L}\d]+$/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !capitalisedByNature(w) && !allowed.has(w.split('-')[0])));
}

describe('Dutch strings follow the form rules', () => {
  it('the command rule catches each form nl-style.md rules out, and passes the fixed titles', () => {
    const before = ['Groeperen op conditie', 'Sessieoverzicht openen aan de zijkant', 'Presenteren aan de zaal (aan/uit)',
      'Exporteren voor kwalitatieve analyse (REFI-QDA)…', 'Observaties exporteren als CSV', 'Vervang door {0}', 'Ga naar observatie',
      'Toon alleen observaties met deze tags (geen: toon alles)', 'Stoppen met presenteren', 'Observaties Groeperen'];
    const after = ['Observaties per conditie groeperen', 'Sessieoverzicht aan de zijkant openen', 'Aan de zaal presenteren (aan/uit)',
      'Notities voor kwalitatieve analyse exporteren (REFI-QDA)…', 'Observaties als CSV exporteren', 'Vervangen door {0}', 'Naar observatie gaan',
      'Alleen observaties met deze tags tonen (geen aangevinkt: alles tonen)', 'Presentatie stoppen', 'Exporteren…'];
    assert.deepEqual(commandFormErrors([...before, ...after]), [
      'Groeperen op conditie: does not end in an infinitive',
      'Groeperen op conditie: starts with the infinitive: the object comes first',
      'Sessieoverzicht openen aan de zijkant: does not end in an infinitive',
      'Presenteren aan de zaal (aan/uit): does not end in an infinitive',
      'Presenteren aan de zaal (aan/uit): starts with the infinitive: the object comes first',
      'Exporteren voor kwalitatieve analyse (REFI-QDA)…: does not end in an infinitive',
      'Exporteren voor kwalitatieve analyse (REFI-QDA)…: starts with the infinitive: the object comes first',
      'Observaties exporteren als CSV: does not end in an infinitive',
      'Vervang door {0}: does not end in an infinitive',
      'Vervang door {0}: starts with an imperative',
      'Ga naar observatie: does not end in an infinitive',
      'Ga naar observatie: starts with an imperative',
      'Toon alleen observaties met deze tags (geen: toon alles): does not end in an infinitive',
      'Toon alleen observaties met deze tags (geen: toon alles): starts with an imperative',
      'Stoppen met presenteren: starts with the infinitive: the object comes first',
      'Observaties Groeperen: its infinitive is capitalised',
    ]);
  });

  it('every Dutch command title is in the infinitive, object first', () => {
    const titles = commandTitles();
    assert.ok(titles.length > 50, `only ${titles.length} command titles found`);
    assert.deepEqual(commandFormErrors(titles), []);
  });

  it('the sentence case rule catches Title Case and lets names, labels and acronyms be', () => {
    const allowed = allowedCapitals();
    assert.deepEqual(titleCaseWords('Sessieoverzicht Openen aan de Zijkant', allowed), ['Openen', 'Zijkant']);
    assert.deepEqual(titleCaseWords('We zitten in de fase Delen: Het moment. Exporteer als CSV of REFI-QDA met Alt+Shift+T in Word', allowed), []);
  });

  for (const [name, texts] of Object.entries(DUTCH_SOURCES)) {
    it(`${name}: sentence case`, () => {
      const allowed = allowedCapitals();
      assert.deepEqual(texts().flatMap((s) => titleCaseWords(s, allowed).map((w) => `${w}: ${s.slice(0, 100)}`)), []);
    });
  }
});
