import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { partnerCsv } from '../../../src/core/render/report/partnerCsv';
import { buildReport } from '../../../src/core/report/overview';
import { HARBOUR } from '../helpers/harbourNotes';

const DUTCH = `---
title: Regiotafel; start
date: 2026-03-02
participants: [Gemeente, { name: Het Anker, aliases: [Anker] }]
---

## Doelen #ambitie #verkennen

Gemeente: één loket, "voor iedereen". #need/zekerheid

Het is gespannen. #waakzaam

Piet is moe. #privé

- [ ] Cijfers sturen @Anker 20-03-2026 #proces
- [x] Zaal boeken

We kiezen voor één loket. #besluit
`;

describe('the partners\' CSV', () => {
  it('Dutch notes: ";" with a BOM, Dutch headers and values, each action once with its status, no private row, reading or facilitator column', () => {
    const csv = partnerCsv([parseSession(DUTCH, { file: 'a.md' })], 'nl');
    assert.equal(csv, '\uFEFF' + [
      'datum;sessie;soort;tekst;condities;fase;behoeften;partijen;wie;uiterlijk;status',
      '2026-03-02;"Regiotafel; start";observatie;"Gemeente: één loket, ""voor iedereen"".";Ambitie;Verkennen;Zekerheid;Gemeente;;;',
      '2026-03-02;"Regiotafel; start";actie;Cijfers sturen;;;;;Het Anker;2026-03-20;open',
      '2026-03-02;"Regiotafel; start";actie;Zaal boeken;;;;;;;afgerond',
      '2026-03-02;"Regiotafel; start";besluit;We kiezen voor één loket.;Ambitie;Verkennen;;;;;',
    ].join('\r\n') + '\r\n');
  });

  it('English notes: "," and English headers; the csv format gives it for the partners', () => {
    const session = parseSession(HARBOUR, { file: 'h.md' });
    const csv = REPORT_FORMATS.csv.render(buildReport([session]), 'en', [session], undefined, { audience: 'partners' });
    assert.equal(csv, partnerCsv([session], 'en'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], 'date,session,kind,text,conditions,phase,needs,parties,who,due,status');
    assert.deepEqual(lines.filter((l) => l.includes(',action,')), [
      '2026-10-14,Harbour table,action,Send the brief,,,,,Harbour Engineering,2026-10-20,open',
      '2026-10-14,Harbour table,action,Book the room,,,,,Esther,,done',
    ]);
    for (const word of ['Ask Vossen', 'Secretly', 'Jan seems', 'The mood is tense', 'line', 'h.md', 'watchful']) assert.ok(!csv.includes(word), word);
  });
});
