// The next session's notes of the Dutch example (examples/2026-03-02-regiotafel-zorgnetwerk.md), as New Session
// Notes writes them: the unit test of the template and the e2e of the keyboard flow expect the same text.

/** The notes of the session after the example, titled `title`, on `date`. */
export function regiotafelNextNotes(title: string, date: string): string {
  return [
    '---',
    `titel: ${title}`,
    `datum: ${date}`,
    'samenwerking: Regiotafel zorgnetwerk Rivierenland',
    'taal: nl',
    'facilitator: Esther',
    'deelnemers:',
    '  - { name: Gemeente Rivierstad, aliases: [Gemeente] }',
    '  - { name: Thuiszorg De Linde, aliases: [De Linde] }',
    '  - { name: Huisartsencoöperatie, aliases: [Huisartsen] }',
    '  - { name: Wijkteam Oost, aliases: [Wijkteam] }',
    'afwezig: []',
    'fase: delen',
    'thermometer: waakzaam',
    '---',
    '',
    `# ${title}`,
    '',
    '<!-- Noteer onder elk agendapunt (een kop met ##) wat je ziet, met tags: "Iedereen wil zorg dichtbij huis. #ambitie". Een actie: "- [ ] Verslag sturen @Esther 2026-04-20"; vink af met [x]. -->',
    '',
    '## Openstaande acties',
    '',
    '- [ ] Per partij een halen/brengen-overzicht maken @Esther',
    '- [ ] Ziekenhuis persoonlijk uitnodigen voor de volgende keer @Marco 20-03-2026',
    '',
    '## ',
    '',
  ].join('\n');
}
