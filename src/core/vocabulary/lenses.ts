// The model's optional lenses: kinds of interests, conversation levels and decision strategies. Off by
// default; a team switches them on with `lenses: [...]` in its vocabulary. They are dimensions of role
// 'custom', so completion, Group by, the filter and the overview treat them like a team's own.
import { Dimension, Term, Text } from './vocabulary';

export const LENS_IDS = ['interestKinds', 'conversation', 'decisions'] as const;
export type LensId = (typeof LENS_IDS)[number];

const term = (id: string, nl: string, aliases: string[], label: Text, summary: Text, about?: Text): Term =>
  ({ id, label, spelling: { en: id, nl }, aliases: [...new Set([id, nl, ...aliases])], summary, ...(about && { about }) });

const interestKinds: Dimension = {
  id: 'interest-kind',
  role: 'custom',
  label: { en: 'Kind of interest', nl: 'Soort belang' },
  // '#belang/organisatie' is this lens; '#belang' and '#organisatie' alone stay conditions.
  prefixes: ['interest', 'belang'],
  bare: false,
  condition: 'interests',
  terms: [
    term('collective', 'collectief', [], { en: 'Collective interest', nl: 'Collectief belang' },
      { en: 'What society, the clients or the patients gain.', nl: 'Wat de samenleving, cliënten of patiënten ermee winnen.' },
      {
        en: 'The public stake: the difference the partnership makes for the people it is for. Partners often talk about this one alone; it is needed, but not enough.',
        nl: 'Het maatschappelijke belang: het verschil dat de samenwerking maakt voor de mensen voor wie ze er is. Partners praten vaak alleen hierover; nodig, maar niet genoeg.',
      }),
    term('organisational', 'organisatie', ['organizational', 'organisation', 'organization'], { en: 'Organisational interest', nl: 'Organisatiebelang' },
      { en: 'What the organisation itself needs: money, growth, reputation, its own values.', nl: 'Wat de organisatie zelf nodig heeft: geld, groei, imago, haar eigen waarden.' },
      {
        en: 'Each organisation at the table has to stay healthy and true to its mission. Saying so openly makes an agreement fair rather than suspect.',
        nl: 'Elke organisatie aan tafel moet gezond blijven en trouw aan haar opdracht. Dat openlijk zeggen maakt een afspraak eerlijk in plaats van verdacht.',
      }),
    term('individual', 'individueel', [], { en: 'Individual interest', nl: 'Individueel belang' },
      { en: 'What drives the person at the table: convictions, ambitions, career.', nl: 'Wat de persoon aan tafel drijft: overtuigingen, ambities, loopbaan.' },
      {
        en: 'People bring themselves to the table. Their own drives steer the direction and form of a partnership as much as the official stakes do.',
        nl: 'Mensen nemen zichzelf mee aan tafel. Wat hen persoonlijk drijft, bepaalt net zo goed als de officiële belangen welke kant een samenwerking op gaat en hoe ze eruitziet.',
      }),
  ],
};

/** The three layers and the way down them, with the mirroring questions, for every conversation level's hover. */
const LADDER: Text = {
  en: 'A conversation runs on three layers, one beneath the other: content, emotion, intention. When emotions rise, help the speaker sink from content through emotion to intention, mirroring each layer back: "I hear you say…", "I notice that you…", "Do you also mean…?" Step by step: anger or reproach → sorrow, disappointment or worry → need or interest → willingness to solve it together → working on that solution.',
  nl: 'Een gesprek speelt op drie lagen, onder elkaar: inhoud, emotie, intentie. Lopen de emoties op, help de spreker dan af te dalen van de inhoud via de emotie naar de intentie, en spiegel elke laag terug: "Ik hoor je zeggen…", "Ik merk dat je…", "Bedoel je daarmee ook…?" Stap voor stap: boosheid of verwijt → verdriet, teleurstelling of zorg → behoefte of belang → bereidheid om het samen op te lossen → werken aan die oplossing.',
};

const level = (id: string, nl: string, label: Text, summary: Text): Term =>
  term(id, nl, [], label, summary, { en: `${summary.en} ${LADDER.en}`, nl: `${summary.nl} ${LADDER.nl}` });

const conversation: Dimension = {
  id: 'conversation',
  role: 'custom',
  label: { en: 'Conversation level', nl: 'Gesprekslaag' },
  prefixes: ['conversation', 'gesprek'],
  bare: true,
  terms: [
    level('content', 'inhoud', { en: 'Content', nl: 'Inhoud' },
      { en: 'What is said: the words and the facts.', nl: 'Wat er gezegd wordt: de woorden en de feiten.' }),
    level('emotion', 'emotie', { en: 'Emotion', nl: 'Emotie' },
      { en: 'What the speaker feels: joy, sadness, anger or fear.', nl: 'Wat de spreker voelt: vreugde, verdriet, boosheid of angst.' }),
    level('intention', 'intentie', { en: 'Intention', nl: 'Intentie' },
      { en: 'What the speaker wants to achieve: the need behind the words.', nl: 'Wat de spreker wil bereiken: de behoefte achter de woorden.' }),
  ],
};

const strategy = (id: string, nl: string, aliases: string[], label: Text, summary: Text): Term => term(id, nl, aliases, label, summary);

const decisions: Dimension = {
  id: 'decision-strategy',
  role: 'custom',
  label: { en: 'Decision strategy', nl: 'Besluitstrategie' },
  prefixes: ['strategy', 'strategie'],
  bare: false,
  terms: [
    strategy('authority', 'autoriteit', [], { en: 'Authority', nl: 'Autoriteit' },
      { en: 'Leave the choice to whoever knows the subject best, and back it.', nl: 'Laat de keuze aan wie het meest van het onderwerp weet, en steun die.' }),
    strategy('elimination', 'eliminatie', [], { en: 'Elimination', nl: 'Eliminatie' },
      { en: 'Strike options off one by one on criteria until one is left.', nl: 'Streep opties één voor één weg op criteria tot er één over is.' }),
    strategy('maximising', 'maximaliseren', ['maximizing'], { en: 'Maximising', nl: 'Maximaliseren' },
      { en: 'Weigh the pros and cons of every option and take the one that gains most.', nl: 'Zet per optie de plussen en minnen op een rij en kies die met de meeste winst.' }),
    strategy('adequate', 'adequaat', ['satisficing'], { en: 'Adequate', nl: 'Adequaat' },
      { en: 'Agree on the minimum an option must meet, then take the first one that does.', nl: 'Spreek af waar een optie minstens aan moet voldoen, en neem de eerste die dat doet.' }),
    strategy('preselection', 'preselectie', [], { en: 'Preselection', nl: 'Preselectie' },
      { en: 'Test every option on the one quality that matters most; if several pass, go on with the next.', nl: 'Toets elke optie op de eis die het zwaarst weegt; blijven er meer over, ga dan door met de volgende.' }),
    strategy('consensus', 'consensus', [], { en: 'Consensus', nl: 'Consensus' },
      { en: 'Above all, everyone ends up behind the same choice; which option matters less.', nl: 'Het belangrijkste is dat iedereen achter dezelfde keuze staat; welke optie het wordt, doet er minder toe.' }),
  ],
};

const LENSES: Record<LensId, Dimension> = { interestKinds, conversation, decisions };

/** The dimensions of the lenses switched on, in the model's order. */
export function lensDimensions(ids: readonly LensId[]): Dimension[] {
  return LENS_IDS.filter((id) => ids.includes(id)).map((id) => LENSES[id]);
}
