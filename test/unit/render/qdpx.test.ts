// The REFI-QDA project export: the structure Project.xsd describes (element order, required attributes,
// GUID and colour forms, references that resolve, selections inside their source), read back from the
// archive and compared with the parser's observations exactly.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { parseSession } from '../../../src/core/parse/parser';
import { Session } from '../../../src/core/parse/model';
import { partnerView } from '../../../src/core/report/audience';
import { buildReport } from '../../../src/core/report/overview';
import { PROJECT_NAMESPACE, QdaOptions, qdaProject } from '../../../src/core/render/qda/project';
import { qdpxArchive } from '../../../src/core/render/qda/qdpx';

const NOTES = `---
title: Regiotafel <proef> & "test"
date: 2026-04-09
facilitator: Esther
participants:
  - { name: Gemeente Rivierstad, aliases: [Gemeente] }
  - { name: Het Anker, aliases: [Anker] }
phase: verkennen
---

# Kennismaking #relatie

Gemeente: we willen één loket 🏠 voor alle gezinnen. #ambitie

- Het Anker: eerst de planning zien. #proces
  - Ook de cafe\u0301-afspraak telt mee 👩‍👩‍👧. #need/erkenning #koffie
    - Dieper nog: wie betaalt? #belangen #delen

Jan drijft zijn kastanjes door. #privé #relatie

## Vervolg #organisatie

14:05 #waakzaam

We besluiten maandelijks bij elkaar te komen. #besluit

- [ ] Stuur de agenda @Gemeente 2026-04-20
- [ ] Bel trombonist apart @Esther #privé

Controle\u0007teken: 3 < 4 & "meer" > niets. #proces
`;

const ORDER = ['Users', 'CodeBook', 'Variables', 'Cases', 'Sources', 'Notes', 'Links', 'Sets', 'Graphs', 'Description'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MODIFIED = new Date('2026-04-10T12:00:00Z');

/**
 * What Project.xsd allows of each element the export writes: its children in the order of the schema's sequence,
 * its required attributes, and the children it must have exactly once. An element not listed is not allowed.
 */
const SCHEMA: Record<string, { children: string[]; required: string[]; once?: string[] }> = {
  Project: { children: [...ORDER, 'NoteRef'], required: ['name'] },
  Users: { children: ['User'], required: [] },
  User: { children: [], required: ['guid'] },
  CodeBook: { children: ['Codes'], required: [], once: ['Codes'] },
  Codes: { children: ['Code'], required: [] },
  Code: { children: ['Description', 'NoteRef', 'Code'], required: ['guid', 'name', 'isCodable'] },
  Variables: { children: ['Variable'], required: [] },
  Variable: { children: ['Description'], required: ['guid', 'name', 'typeOfVariable'] },
  Cases: { children: ['Case'], required: [] },
  Case: { children: ['Description', 'CodeRef', 'VariableValue', 'SourceRef', 'SelectionRef'], required: ['guid'] },
  Sources: { children: ['TextSource'], required: [] },
  TextSource: { children: ['Description', 'PlainTextContent', 'PlainTextSelection', 'Coding', 'NoteRef', 'VariableValue'], required: ['guid'] },
  PlainTextSelection: { children: ['Description', 'Coding', 'NoteRef'], required: ['guid', 'startPosition', 'endPosition'] },
  Coding: { children: ['CodeRef', 'NoteRef'], required: ['guid'], once: ['CodeRef'] },
  VariableValue: { children: ['VariableRef', 'TextValue', 'DateValue'], required: [], once: ['VariableRef'] },
  TextValue: { children: [], required: [] },
  DateValue: { children: [], required: [] },
  Description: { children: [], required: [] },
  CodeRef: { children: [], required: ['targetGUID'] },
  SourceRef: { children: [], required: ['targetGUID'] },
  SelectionRef: { children: [], required: ['targetGUID'] },
  VariableRef: { children: [], required: ['targetGUID'] },
};

/** Every element checked against SCHEMA; the problems found, as 'Element: problem'. */
function schemaProblems(element: Element): string[] {
  const rule = SCHEMA[element.localName];
  if (!rule || element.namespaceURI !== PROJECT_NAMESPACE) return [`${element.localName}: not an element the export may write`];
  const names = children(element).map((e) => e.localName);
  const problems = [
    ...rule.required.filter((a) => !element.hasAttribute(a)).map((a) => `${element.localName}: no ${a}`),
    ...names.filter((n) => !rule.children.includes(n)).map((n) => `${element.localName}: ${n} not allowed inside`),
    ...(rule.once ?? []).filter((n) => names.filter((m) => m === n).length !== 1).map((n) => `${element.localName}: ${n} not exactly once`),
  ];
  const order = names.map((n) => rule.children.indexOf(n));
  if (order.some((o, i) => i > 0 && o < order[i - 1])) problems.push(`${element.localName}: children out of order (${names.join(', ')})`);
  return [...problems, ...children(element).flatMap(schemaProblems)];
}

interface ReadBack { xml: string; doc: Document; files: Record<string, string>; bytes: Record<string, Uint8Array> }

function exportOf(sessions: Session[], options: QdaOptions = {}): ReadBack {
  const entries = unzipSync(qdpxArchive(qdaProject(sessions, options), MODIFIED));
  const files = Object.fromEntries(Object.entries(entries).map(([name, b]) => [name, new TextDecoder('utf-8', { fatal: true }).decode(b)]));
  const doc = new DOMParser().parseFromString(files['project.qde'], 'text/xml') as unknown as Document;
  return { xml: files['project.qde'], doc, files, bytes: entries };
}

const all = (doc: Document | Element, name: string) => Array.from((doc as Element).getElementsByTagNameNS(PROJECT_NAMESPACE, name)) as Element[];
const children = (e: Element) => Array.from(e.childNodes as ArrayLike<Node>).filter((n): n is Element => n.nodeType === 1);
const points = (text: string) => Array.from(text);

function selectionsOf(read: ReadBack): { source: Element; sel: Element; text: string; codes: string[] }[] {
  const codeNames = new Map(all(read.doc, 'Code').map((c) => [c.getAttribute('guid'), c.getAttribute('name')]));
  return all(read.doc, 'TextSource').flatMap((source) => {
    const text = read.files[`sources/${source.getAttribute('guid')}.txt`];
    return all(source, 'PlainTextSelection').map((sel) => ({
      source,
      sel,
      text: points(text).slice(Number(sel.getAttribute('startPosition')), Number(sel.getAttribute('endPosition'))).join(''),
      codes: all(sel, 'CodeRef').map((r) => codeNames.get(r.getAttribute('targetGUID')) ?? '?'),
    }));
  });
}

const session = (text = NOTES, file = 'notes/2026-04-09-regiotafel.md') => parseSession(text, { file });

/** The sessions of examples/, by path. */
function examples(): Session[] {
  const dir = path.resolve(__dirname, '../../../../examples');
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
  return files.map((f) => parseSession(fs.readFileSync(path.join(dir, f), 'utf8'), { file: f }));
}

describe('REFI-QDA project export (qdpx)', () => {
  it('holds project.qde and one source file per session, UTF-8 without BOM, LF only', () => {
    const read = exportOf([session(), session(NOTES, 'notes/b.md')]);
    const sources = all(read.doc, 'TextSource').map((s) => s.getAttribute('guid'));
    assert.deepEqual(Object.keys(read.files).sort(), ['project.qde', ...sources.map((g) => `sources/${g}.txt`)].sort());
    for (const [name, bytes] of Object.entries(read.bytes)) {
      assert.notDeepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], name);
      assert.ok(!read.files[name].includes('\r'), name);
    }
  });

  it('has the structure of the standard: root, namespace, element order, required attributes, GUID and colour forms', () => {
    const { doc } = exportOf([session()]);
    const root = doc.documentElement as unknown as Element;
    assert.equal(root.localName, 'Project');
    assert.equal(root.namespaceURI, PROJECT_NAMESPACE);
    assert.equal(root.getAttribute('name'), 'Facilitator Notes');
    const order = children(root).map((e) => e.localName);
    assert.deepEqual(order, ['Users', 'CodeBook', 'Variables', 'Cases', 'Sources']);
    assert.deepEqual(order, [...order].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    const guids = Array.from(doc.getElementsByTagName('*') as unknown as Element[]).filter((e) => e.hasAttribute('guid')).map((e) => e.getAttribute('guid')!);
    for (const g of guids) assert.match(g, GUID);
    assert.equal(new Set(guids).size, guids.length, 'every GUID once');
    for (const code of all(doc, 'Code')) {
      assert.match(code.getAttribute('color')!, /^#[0-9a-f]{6}$/);
      assert.ok(code.getAttribute('name'));
      assert.match(code.getAttribute('isCodable')!, /^(true|false)$/);
    }
    for (const v of all(doc, 'Variable')) assert.match(v.getAttribute('typeOfVariable')!, /^(Text|Date)$/);
    for (const s of all(doc, 'TextSource')) assert.equal(s.getAttribute('plainTextPath'), `internal://${s.getAttribute('guid')}.txt`);
    // Inside a TextSource, selections come before the variable values; a Coding holds one CodeRef.
    const inSource = children(all(doc, 'TextSource')[0]).map((e) => e.localName);
    assert.equal(inSource.lastIndexOf('PlainTextSelection') < inSource.indexOf('VariableValue'), true);
    for (const coding of all(doc, 'Coding')) assert.deepEqual(children(coding).map((e) => e.localName), ['CodeRef']);
    assert.deepEqual(all(doc, 'User').map((u) => u.getAttribute('name')), ['Esther']);
  });

  it('writes only what Project.xsd allows, in its order, with its required attributes; a value per variable, dates as xsd:date', () => {
    for (const includePrivate of [false, true]) {
      const { doc } = exportOf([session(), ...examples()], { includePrivate });
      assert.deepEqual(schemaProblems(doc.documentElement as unknown as Element), [], `private ${includePrivate}`);
      for (const value of all(doc, 'VariableValue')) assert.equal(children(value).length, 2, 'a VariableRef and one value');
      for (const date of all(doc, 'DateValue')) assert.match(date.textContent!, /^\d{4}-\d{2}-\d{2}$/);
      for (const sel of all(doc, 'PlainTextSelection')) assert.match(`${sel.getAttribute('startPosition')} ${sel.getAttribute('endPosition')}`, /^\d+ \d+$/);
      for (const source of all(doc, 'TextSource')) {
        assert.equal(source.hasAttribute('plainTextPath') !== all(source, 'PlainTextContent').length > 0, true, 'either a path or the content');
      }
    }
    const wrong = new DOMParser().parseFromString(`<Project xmlns="${PROJECT_NAMESPACE}" name="x"><Sources/><Users/><Coding guid="g"/></Project>`, 'text/xml');
    assert.deepEqual(schemaProblems(wrong.documentElement as unknown as Element), [
      'Project: Coding not allowed inside', 'Project: children out of order (Sources, Users, Coding)', 'Coding: CodeRef not exactly once',
    ], 'the check can fail');
  });

  it('every reference names an element of the project; codes are a dimension (not codable) over its terms', () => {
    const { doc } = exportOf([session()]);
    const ids = (name: string) => new Set(all(doc, name).map((e) => e.getAttribute('guid')));
    const targets = (name: string) => all(doc, name).map((e) => e.getAttribute('targetGUID'));
    const refs: [string, string][] = [['CodeRef', 'Code'], ['SourceRef', 'TextSource'], ['SelectionRef', 'PlainTextSelection'], ['VariableRef', 'Variable']];
    for (const [ref, target] of refs) {
      assert.ok(targets(ref).length > 0, ref);
      for (const guid of targets(ref)) assert.ok(ids(target).has(guid), `${ref} ${guid} names a ${target}`);
    }
    const codable = new Map(all(doc, 'Code').map((c) => [c.getAttribute('guid'), c.getAttribute('isCodable')]));
    for (const guid of targets('CodeRef')) assert.equal(codable.get(guid), 'true');
    const top = children(all(doc, 'Codes')[0]).map((c) => `${c.getAttribute('name')}:${c.getAttribute('isCodable')}`);
    assert.deepEqual(top, ['Condition:false', 'Phase:false', 'Thermometer:false', 'Need:false', 'Signal:false', 'Free tags:false', 'Facilitator Notes:false']);
  });

  it('selections lie inside their source and equal the parser\'s observations exactly, coded with every tag they have or inherit', () => {
    const parsed = session();
    const read = exportOf([parsed]);
    const selections = selectionsOf(read);
    const sourceLength = points(read.files[`sources/${all(read.doc, 'TextSource')[0].getAttribute('guid')}.txt`]).length;
    for (const { sel } of selections) {
      const [start, end] = [Number(sel.getAttribute('startPosition')), Number(sel.getAttribute('endPosition'))];
      assert.ok(start >= 0 && start < end && end <= sourceLength, `${start}-${end} in ${sourceLength}`);
    }
    const visible = partnerView(parsed).observations;
    assert.equal(visible.length, 7);
    // XML cannot hold U+0007: the source and its selection drop it alike.
    for (const o of visible) assert.equal(selections.filter((s) => s.text === o.text.replace('\u0007', '')).length, 1, o.text);
    const byText = (start: string) => selections.find((s) => s.text.startsWith(start))!;
    assert.deepEqual(byText('Gemeente: we willen').codes, ['Ambition', 'Explore']);
    assert.deepEqual(byText('Het Anker').codes, ['Process', 'Explore']);
    assert.equal(byText('Ook de cafe').text, 'Ook de cafe\u0301-afspraak telt mee 👩‍👩‍👧.');
    assert.deepEqual(byText('Ook de cafe').codes, ['Process', 'Explore', 'Recognition', 'koffie']);
    assert.deepEqual(byText('Dieper nog').codes, ['Interests', 'Share']);
    assert.deepEqual(byText('14:05').codes, ['Watchful']);
    assert.deepEqual(byText('We besluiten').codes, ['Organisation', 'Explore', 'Decision']);
    assert.deepEqual(byText('Stuur de agenda').codes, ['Organisation', 'Explore', 'Action']);
    assert.deepEqual(byText('Vervolg').codes, []);
    assert.equal(byText('Controle').text, 'Controleteken: 3 < 4 & "meer" > niets.');
  });

  it('counts positions in code points, not UTF-16 units', () => {
    const read = exportOf([session()]);
    const source = read.files[`sources/${all(read.doc, 'TextSource')[0].getAttribute('guid')}.txt`];
    const { sel, text } = selectionsOf(read).find((s) => s.text.startsWith('Het Anker'))!;
    const start = Number(sel.getAttribute('startPosition'));
    // The emoji before it take two UTF-16 units each: the UTF-16 offset is larger, and would select other text.
    assert.ok(source.indexOf(text) > start);
    assert.equal(points(source).slice(start, start + points(text).length).join(''), text);
  });

  it('reads CRLF notes as their LF twin: the same sources and selections', () => {
    const lf = exportOf([session()]);
    const crlf = exportOf([session(NOTES.replace(/\n/g, '\r\n'))]);
    assert.deepEqual(crlf.files, lf.files);
  });

  it('gives the same GUIDs on every run, and other GUIDs for another file', () => {
    assert.equal(exportOf([session()]).xml, exportOf([session()]).xml);
    const guidOf = (read: ReadBack) => all(read.doc, 'TextSource')[0].getAttribute('guid');
    assert.notEqual(guidOf(exportOf([session(NOTES, 'other.md')])), guidOf(exportOf([session()])));
  });

  it('has cases per party (their observations) and per collaboration (its sessions), and the session\'s variables', () => {
    const read = exportOf([session()], { lang: 'nl' });
    const selectionText = new Map(selectionsOf(read).map((s) => [s.sel.getAttribute('guid'), s.text]));
    const cases = all(read.doc, 'Case').map((c) => ({
      name: c.getAttribute('name'),
      selections: all(c, 'SelectionRef').map((r) => selectionText.get(r.getAttribute('targetGUID'))!.slice(0, 12)),
      sources: all(c, 'SourceRef').length,
    }));
    assert.deepEqual(cases, [
      { name: 'Gemeente Rivierstad', selections: ['Gemeente: we'], sources: 0 },
      { name: 'Het Anker', selections: ['Het Anker: e', 'Ook de cafe\u0301', 'Dieper nog: '], sources: 0 },
      { name: 'notes', selections: [], sources: 1 },
    ]);
    const values = all(read.doc, 'VariableValue').map((v) => children(v)[1]).map((e) => `${e.localName}=${e.textContent}`);
    assert.deepEqual(values, ['DateValue=2026-04-09', 'TextValue=notes', 'TextValue=Delen']);
    assert.deepEqual(all(read.doc, 'Variable').map((v) => v.getAttribute('name')), ['Datum bijeenkomst', 'Samenwerking', 'Fase']);
  });

  it('leaves private parts out by default (text, selections, codes) and includes them, coded Private, when asked', () => {
    const fixture = fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/report/private-remarks.md'), 'utf8');
    const notes = parseSession(fixture, { file: 'private-remarks.md' });
    // 'erkenning' is a term of the model: the codebook names it whatever the notes hold.
    const privateWords = ['kastanjes', 'zucht', 'zebrapad', 'pinguïnmoment', 'ooievaar', 'giraffe', 'marimba', 'xylofoonzorgen', 'trombonist', 'hoboïst', 'geheimtag'];
    const shared = exportOf([notes]);
    const everything = Object.values(shared.files).join('\n');
    for (const word of privateWords) assert.ok(!everything.includes(word), word);
    assert.equal(all(shared.doc, 'PlainTextSelection').length, selectionsOf(shared).length);
    assert.ok(everything.includes('loket'));
    const full = exportOf([notes], { includePrivate: true });
    const fullText = Object.values(full.files).join('\n');
    for (const word of privateWords) assert.ok(fullText.includes(word), word);
    const kastanjes = selectionsOf(full).find((s) => s.text.includes('kastanjes'))!;
    assert.deepEqual(kastanjes.codes, ['Relationship', 'Explore', 'Recognition', 'geheimtag', 'Private']);
  });

  it('leaves a session private as a whole out, unless private parts are included', () => {
    const secret = parseSession('---\ntitle: Overnameplan\nprivé: ja\n---\n\nWe praten over kastanjes. #relatie\n', { file: 'geheim.md' });
    assert.equal(secret.private, true);
    assert.deepEqual(all(exportOf([secret, session()]).doc, 'TextSource').map((s) => s.getAttribute('name')), ['Regiotafel <proef> & "test"']);
    assert.equal(all(exportOf([secret], { includePrivate: true }).doc, 'TextSource').length, 1);
  });

  it('codes every observation of the examples as the overview counts it, for partners and for the facilitator', () => {
    const sessions = examples();
    const conditions: Record<string, string> = { ambition: 'Ambition', interests: 'Interests', relationship: 'Relationship', organisation: 'Organisation', process: 'Process' };
    const phases: Record<string, string> = { explore: 'Explore', share: 'Share', agree: 'Agree', shape: 'Shape', execute: 'Execute' };
    for (const includePrivate of [false, true]) {
      const selections = selectionsOf(exportOf(sessions, { includePrivate }));
      const { totals } = buildReport(sessions, undefined, { audience: includePrivate ? 'facilitator' : 'partners' });
      const coded = (name: string) => selections.filter((s) => s.codes.includes(name)).length;
      for (const [condition, name] of Object.entries(conditions)) {
        assert.equal(coded(name), Object.values(totals.matrix[condition]).reduce((a, b) => a + b, 0), `${condition}, private ${includePrivate}`);
      }
      // Only observations carry a phase code (headings and readings carry none), each once.
      for (const [phase, name] of Object.entries(phases)) {
        assert.equal(coded(name), sessions.flatMap((s) => s.observations).filter((o) => o.phase === phase && (includePrivate || !o.private)).length, phase);
      }
    }
    assert.equal(buildReport(sessions).totals.observations > buildReport(sessions, undefined, { audience: 'partners' }).totals.observations, true, 'the examples hold private observations');
  });
});
