// The collaboration model as data: every feature (parser, tree, completion, hover, overview)
// reads these dimensions and terms, so a team's own vocabulary file can extend them in one place.

export type Lang = 'en' | 'nl';
export type Text = Record<Lang, string>;
export type TextList = Record<Lang, string[]>;

/**
 * How the parser treats a dimension's tags. 'private' and 'decision' mark a block (and, for private, its
 * scope); 'party' attributes it, its values being the session's participants rather than terms.
 */
export type DimensionRole = 'condition' | 'phase' | 'level' | 'need' | 'custom' | 'private' | 'decision' | 'party';

export interface Term {
  /** Canonical id, English. */
  id: string;
  label: Text;
  /** The tag's spelling when the label is not one: the lens label 'Collectief belang' is written '#belang/collectief'. */
  spelling?: Text;
  /** Accepted spellings after '#', lower-case NFC, the id and the Dutch label among them. */
  aliases: string[];
  /** One line, for completion lists and the overview. */
  summary: Text;
  /** Hover: what the term means in the model. */
  about?: Text;
  /** Conditions: the one question that sums the condition up, for its hover and the overview's hint. */
  keyQuestion?: Text;
  /** Conditions: questions to put to the partners. */
  questions?: TextList;
  /** Phases: what is at stake when the phase is skipped. */
  skipped?: Text;
  /** Phases: one the model warns partnerships often skip (coverage hints stress it). */
  oftenSkipped?: boolean;
  /** Thermometer levels and signals: how you recognise it. */
  signs?: Text;
  /** Thermometer levels and signals: what you can do. */
  actions?: TextList;
}

export interface Dimension {
  id: string;
  role: DimensionRole;
  label: Text;
  /** Prefixes for the '#prefix/value' form, lower-case. */
  prefixes: string[];
  /** Whether a term may be written without its prefix ('#ambitie'). */
  bare: boolean;
  terms: Term[];
  /** A lens within a condition: its tags tag that condition too ('#belang/collectief' is about interests). */
  condition?: string;
  /**
   * Its tags are the facilitator's judgement of the room, like a thermometer reading: a block carrying one stays
   * out of the partners' outputs unless readings are asked for.
   */
  judgement?: boolean;
}

/** A party at the table: a front matter participant (or a team's standing party) with its aliases. */
export interface Party {
  name: string;
  aliases: string[];
}

export interface Vocabulary {
  dimensions: Dimension[];
  /** A team's standing parties, for sessions that list no participants of their own. */
  parties?: Party[];
}

const condition = (id: string, nl: string, aliases: string[], summary: Text, keyQuestion: Text, about: Text, questions: TextList): Term =>
  ({ id, label: { en: capitalize(id), nl: capitalize(nl) }, aliases: [id, nl, ...aliases], summary, keyQuestion, about, questions });

const phase = (id: string, nl: string, summary: Text, about: Text, skipped: Text, oftenSkipped = false): Term =>
  ({ id, label: { en: capitalize(id), nl: capitalize(nl) }, aliases: [id, nl], summary, about, skipped, ...(oftenSkipped && { oftenSkipped }) });

const level = (id: string, nl: string, aliases: string[], summary: Text, signs: Text, actions: TextList): Term =>
  ({ id, label: { en: capitalize(id), nl: capitalize(nl) }, aliases: [id, nl, ...aliases], summary, signs, actions });

const need = (id: string, nl: string, en: string, nlText: string): Term =>
  ({ id, label: { en: capitalize(id), nl: capitalize(nl) }, aliases: id === nl ? [id] : [id, nl], summary: { en, nl: nlText } });

/** The word with its first letter in upper case: term labels from ids, and report words. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const conditions: Term[] = [
  condition('ambition', 'ambitie', [],
    { en: 'The shared goal that gives the partnership direction.', nl: 'Het gezamenlijke doel dat de samenwerking richting geeft.' },
    { en: 'How far do the partners share one ambition?', nl: 'Hoe sterk delen de partners één ambitie?' },
    {
      en: 'A shared ambition names what the partners can only achieve together, and it fits each partner\'s own strategy. Vague, feel-good wording hides differences: people agree on words that each reads differently, and a partnership that only meets but no longer works together follows. A good ambition says what each partner puts in and gets out, and turns into action.',
      nl: 'Een gedeelde ambitie benoemt wat de partners alleen samen kunnen bereiken en past bij de eigen strategie van elke partner. Vage, mooie woorden verbergen verschillen: men is het eens over woorden die ieder anders leest, en er ontstaat een samenwerking die alleen nog vergadert. Een goede ambitie zegt wat elke partner inbrengt en terugkrijgt, en leidt tot actie.',
    },
    {
      en: ['Do we achieve more together than each on our own?', 'What makes this meaningful for each partner, for society and personally?', 'Do we really understand each other, or only the big words?', 'What does each partner bring and take, in time, money and knowledge?', 'How does the partnership leave each partner better prepared for what is coming?', 'Where are the no-go areas: what will a partner not do or give up?'],
      nl: ['Levert samen optrekken meer op dan ieder voor zich?', 'Wat maakt dit betekenisvol voor elke partner, maatschappelijk en persoonlijk?', 'Begrijpen we elkaar echt, of alleen de grote woorden?', 'Wat brengt en haalt elke partner, in tijd, geld en kennis?', 'Hoe maakt de samenwerking elke partner sterker voor wat er komt?', 'Waar liggen de no-go\'s: wat wil een partner niet doen of opgeven?'],
    }),
  condition('interests', 'belangen', ['belang', 'interest'],
    { en: 'What each organisation and person needs to get out of it.', nl: 'Wat elke organisatie en persoon eruit moet halen.' },
    { en: 'Does the collaboration give each partner something that matters to it?', nl: 'Levert de samenwerking elke partner iets op dat ertoe doet?' },
    {
      en: 'Every partner has interests, and a partnership lasts only when they are done justice. Look behind the positions people take to the interests underneath. Three kinds all need room: collective (what society, the client or patient gains), organisational (finances, growth, reputation) and individual (the drives of the people at the table). Interests that are never discussed make the partnership a permanent negotiation.',
      nl: 'Elke partner heeft belangen, en een samenwerking houdt alleen stand als daar recht aan wordt gedaan. Kijk achter de standpunten naar de belangen eronder. Drie soorten verdienen ruimte: het collectieve belang (wat samenleving, cliënt of patiënt ermee wint), het organisatiebelang (financiën, groei, imago) en het individuele belang (de drijfveren van de mensen aan tafel). Belangen die nooit besproken worden, maken van de samenwerking een blijvende onderhandeling.',
    },
    {
      en: ['Which subjects could make this fall apart?', 'What goes wrong for each partner if the partnership does not happen?', 'Which interests touch continuity, core values or reputation?', 'How will we talk about the points we will not agree on?'],
      nl: ['Op welke onderwerpen kan het stuklopen?', 'Wat gaat er mis voor elke partner als de samenwerking niet doorgaat?', 'Welke belangen raken aan continuïteit, kernwaarden of imago?', 'Hoe praten we over wat ons blijft verdelen?'],
    }),
  condition('relationship', 'relatie', ['relation'],
    { en: 'Trust, leadership and the personal working relations.', nl: 'Vertrouwen, leiderschap en de persoonlijke verhoudingen.' },
    { en: 'How good is the interplay between the partners?', nl: 'Hoe goed is het samenspel tussen de partners?' },
    {
      en: 'Collaboration is people working with people, who do not meet at the coffee machine every day. Group dynamics matter: who is in and who is out, who holds power, who leads, how conflict is handled and how trust is built. Trust can be organised: meet on the content of the work, share experiences, make time for personal contact. Leadership that connects works; hierarchical leadership undermines a partnership.',
      nl: 'Samenwerken is mensenwerk, tussen mensen die elkaar niet dagelijks bij de koffieautomaat zien. Groepsdynamiek telt: wie hoort erbij en wie niet, wie heeft macht, wie leidt, hoe gaan we om met conflict en hoe bouwen we vertrouwen. Vertrouwen kun je organiseren: ontmoet elkaar over de inhoud, deel ervaringen, maak tijd voor persoonlijk contact. Verbindend leiderschap werkt; hiërarchisch leiderschap ondermijnt een samenwerking.',
    },
    {
      en: ['Who is included, and who is left out?', 'Who has power here, and how can each exert influence?', 'What is each person\'s role, and who leads?', 'How do we handle disagreement?', 'What builds trust here, and how do we keep it up?'],
      nl: ['Wie doet er mee, en wie niet?', 'Wie heeft hier macht, en hoe kan ieder invloed uitoefenen?', 'Wat is ieders rol, en wie heeft de leiding?', 'Hoe gaan we om met meningsverschillen?', 'Wat wekt hier vertrouwen, en hoe houden we dat op peil?'],
    }),
  condition('organisation', 'organisatie', ['organization'],
    { en: 'Structure, governance, decisions and money.', nl: 'Structuur, besturing, besluitvorming en geld.' },
    { en: 'Is the collaboration organised well enough for what it wants?', nl: 'Is de samenwerking goed genoeg georganiseerd voor wat ze wil?' },
    {
      en: 'A partnership needs a professional set-up: legal form, structure and governance. The ambition decides the organisation, not the other way round. Balance decisiveness with support: steering only on support stalls action, only on action erodes support. Copying each partner\'s own routines leads to too much or too little organisation, poor meetings and unclear steering. At least settle who decides what, who does what and who belongs.',
      nl: 'Een samenwerking vraagt een professionele inrichting: juridische vorm, structuur en besturing. De ambitie bepaalt de organisatie, niet andersom. Zoek balans tussen daadkracht en draagvlak: alleen sturen op draagvlak remt actie, alleen op actie holt draagvlak uit. Wie de routines van de eigen organisatie overneemt, krijgt te veel of te weinig organisatie, slechte overleggen en onduidelijke sturing. Regel minstens wie wat bepaalt, wie wat doet en wie erbij hoort.',
    },
    {
      en: ['Which partners fit best, and in what structure?', 'How do we shape governance and decision-making so that it suits everyone?', 'How do we handle exclusivity and the division of money?', 'Who decides what, who does what, and who belongs?'],
      nl: ['Met welke partners werken we het best samen, en in welke structuur?', 'Hoe richten we besturing en besluitvorming zo in dat het iedereen past?', 'Wie krijgt welk deel van het geld, en mag een partner ook met anderen in zee?', 'Wie beslist waarover, wie voert wat uit, en wie is partner?'],
    }),
  condition('process', 'proces', [],
    { en: 'The steps, their order and the quality of the interaction.', nl: 'De stappen, hun volgorde en hoe de partners met elkaar omgaan.' },
    { en: 'Are we on the right course together?', nl: 'Zitten we samen op de juiste koers?' },
    {
      en: 'How do you go about it together? A collaboration passes through five phases, never quite in a straight line, and each lays a foundation. When the process gets too little attention, people stop knowing who decides, when the next meeting is and what is on the agenda; uncertainty turns into suspicion and parties retreat to their positions. A transparent process with enough pace keeps the energy in.',
      nl: 'Hoe pak je het samen aan? Een samenwerking doorloopt vijf fasen, nooit helemaal rechtlijnig, en elke fase legt een fundament. Krijgt het proces te weinig aandacht, dan weet men niet meer wie beslist, wanneer het volgende overleg is en wat er op de agenda staat; onzekerheid wordt argwaan en partijen trekken zich terug op hun standpunten. Een transparant proces met voldoende tempo houdt de energie erin.',
    },
    {
      en: ['Are we doing the right things at the right time?', 'Who has which role, and who runs the process?', 'Is attention to content balanced with attention to the process?', 'How do we keep pace without pushing partners away?', 'How do we watch the quality of our interaction together?'],
      nl: ['Pakken we de juiste dingen aan, en op het juiste moment?', 'Wie heeft welke rol, en wie heeft de regie?', 'Krijgen de inhoud en het proces elk genoeg aandacht?', 'Hoe houden we tempo zonder partners kwijt te raken?', 'Hoe bewaken we samen de kwaliteit van de interactie?'],
    }),
];

const phases: Term[] = [
  phase('explore', 'verkennen',
    { en: 'Getting to know each other.', nl: 'Elkaar leren kennen.' },
    { en: 'The partners meet, get to know one another and start to sketch a shared ambition.', nl: 'De partners ontmoeten elkaar, leren elkaar kennen en schetsen een eerste gezamenlijke ambitie.' },
    { en: 'Partners then settle for an ambition in broad strokes that each reads differently, and trust has nothing to grow on.', nl: 'Dan blijft de ambitie globaal, leest ieder er iets anders in, en vindt vertrouwen geen grond om te groeien.' },
    true),
  phase('share', 'delen',
    { en: 'Sharing interests openly.', nl: 'Belangen openlijk delen.' },
    { en: 'The partners put their collective, organisational and individual interests on the table and accept each other\'s as legitimate.', nl: 'De partners leggen hun collectieve, organisatie- en individuele belangen op tafel en erkennen die van de ander als legitiem.' },
    { en: 'Talking about interests is hard, so partners jump to a contract; such partnerships usually get stuck later, and the partners must go back to setting the ambition and talk openly about each one\'s interests after all.', nl: 'Praten over belangen is lastig, dus springen partners naar een contract; zulke samenwerkingen lopen later meestal vast, en dan moeten de partners terug naar het bepalen van de ambitie en alsnog open over ieders belang praten.' },
    true),
  phase('agree', 'overeenkomen',
    { en: 'Working out the shared ambition and its form.', nl: 'De gedeelde ambitie en de vorm uitwerken.' },
    { en: 'The partners turn the ambition into agreements: what they will do together, and in what form.', nl: 'De partners werken de ambitie uit tot afspraken: wat ze samen gaan doen, en in welke vorm.' },
    { en: 'Without explicit agreements partners keep different pictures of the deal, and commitment stays a promise.', nl: 'Zonder uitgesproken afspraken houden partners elk een ander beeld van wat is afgesproken, en blijft commitment een belofte.' }),
  phase('shape', 'vormgeven',
    { en: 'Settling organisation, money and the details.', nl: 'Organisatie, geld en details vastleggen.' },
    { en: 'The partners settle the organisational form, finances, governance and rules of play in detail.', nl: 'De partners leggen de organisatievorm, financiën, besturing en spelregels in detail vast.' },
    { en: 'Without it the execution has no clear steering: nobody knows who decides, who does what, or who pays.', nl: 'Zonder deze fase mist de uitvoering duidelijke sturing: niemand weet wie beslist, wie wat doet of wie betaalt.' }),
  phase('execute', 'uitvoeren',
    { en: 'Actually doing it together.', nl: 'Het echt samen doen.' },
    { en: 'The partners carry out what they agreed, evaluate regularly and stay alert to new opportunities.', nl: 'De partners voeren uit wat ze afspraken, evalueren geregeld en blijven alert op nieuwe kansen.' },
    { en: 'A partnership that never gets here loses energy and credibility: talk without results drains motivation.', nl: 'Een samenwerking die hier nooit aankomt, verliest energie en geloofwaardigheid: praten zonder resultaat zuigt de motivatie weg.' }),
];

const levels: Term[] = [
  level('friendly', 'vriendschappelijk', ['aangenaam'],
    { en: 'Open and at ease: people say what they think.', nl: 'Open en ontspannen: men zegt wat men denkt.' },
    { en: 'People feel free to say anything, information flows easily, nobody feels they must guard their own interests, and irritations are voiced.', nl: 'Men voelt zich vrij om alles te zeggen, informatie stroomt makkelijk, niemand heeft het gevoel de eigen belangen te moeten bewaken, en ergernissen worden uitgesproken.' },
    {
      en: ['Keep this pattern going.', 'Still make sure your own interests are voiced: regret later about what went unsaid eats away at trust.', 'Check regularly whether the interaction still works for everyone.'],
      nl: ['Houd dit patroon vast.', 'Zorg dat je eigen belangen toch benoemd worden: wie later spijt krijgt van wat hij niet zei, verliest vertrouwen in de samenwerking.', 'Ga geregeld na of de samenwerking nog voor iedereen prettig is.'],
    }),
  level('watchful', 'waakzaam', [],
    { en: 'Watchful: something is still held back.', nl: 'Waakzaam: men houdt nog iets achter.' },
    { en: 'Information and wishes are shared only in part, people do not ask through, and some subjects are avoided to keep things simple.', nl: 'Informatie en wensen worden maar deels gedeeld, men vraagt niet door, en sommige onderwerpen worden vermeden om het simpel te houden.' },
    {
      en: ['Ask yourself whether this caution is healthy or is holding you back.', 'Find where it comes from: not knowing each other yet, or something specific?', 'Say so when caution gets in the way, without blaming anyone.', 'Set the example: ask more, share more, name what is not yet on the table.', 'Invest time in meeting each other; trust grows with contact.'],
      nl: ['Vraag je af of deze waakzaamheid gezond is of jullie in de weg zit.', 'Zoek waar ze vandaan komt: elkaar nog niet kennen, of iets specifieks?', 'Zeg het wanneer de waakzaamheid jullie hindert, zonder verwijt.', 'Geef het voorbeeld: vraag meer door, deel meer, benoem wat nog niet op tafel ligt.', 'Investeer tijd in ontmoeting; vertrouwen groeit met contact.'],
    }),
  level('disagreement', 'onenigheid', [],
    { en: 'Tension: people step on each other\'s toes.', nl: 'Spanning: men trapt elkaar op de tenen.' },
    { en: 'Points of discussion exist but are not said out loud; people weigh their words, defend themselves at once, and appointments are easily cancelled.', nl: 'Er zijn discussiepunten maar ze worden niet hardop gezegd; men weegt de woorden, verdedigt zich meteen, en afspraken worden makkelijk afgezegd.' },
    {
      en: ['Step into the other\'s shoes: what do they need, and is your picture of them right?', 'Listen apart from your own assumptions: is this confusion of language, or real disagreement?', 'Name what is going on in terms of interests and needs.', 'Look for renewed energy: why did you sit down together in the first place?', 'Agree how you will handle such a moment next time.'],
      nl: ['Verplaats je in de ander: wat heeft die nodig, en klopt jouw beeld van hem of haar?', 'Luister los van je eigen aannames: is dit spraakverwarring, of echt onenigheid?', 'Maak zichtbaar welke belangen en behoeften achter de woorden zitten.', 'Zoek nieuwe energie: wat bracht jullie oorspronkelijk bij elkaar?', 'Spreek af hoe je zo\'n moment een volgende keer aanpakt.'],
    }),
  level('conflict', 'conflict', [],
    { en: 'Emotions run high; people no longer hear each other.', nl: 'De emoties lopen op; men hoort elkaar niet meer.' },
    { en: 'Anger or fear is in the room, people argue from positions and no longer listen, the interaction stalls and motivation drains away; parties start to drop out.', nl: 'Er is boosheid of angst, men praat vanuit standpunten en luistert niet meer, de interactie loopt vast en de motivatie verdwijnt; partijen haken af.' },
    {
      en: ['Take distance first, and ask what is actually happening.', 'Translate anger into the concern or need behind it, and say that.', 'Describe the conflict together: not blame, but the effect of the other\'s actions and what you would like instead.', 'Once needs are clear, ask how you can help each other.', 'Consider outside help such as mediation.'],
      nl: ['Neem eerst afstand en vraag je af wat er feitelijk speelt.', 'Vertaal boosheid naar de zorg of behoefte erachter, en spreek die uit.', 'Benoem samen het conflict: geen verwijt, maar het effect van wat de ander doet en wat je liever zou zien.', 'Als de behoeften helder zijn: hoe kunnen jullie elkaar helpen?', 'Overweeg hulp van buiten, zoals mediation.'],
    }),
];

const needs: Term[] = [
  need('freedom', 'vrijheid', 'Room to decide and act for yourself.', 'Ruimte om zelf te kiezen en te handelen.'),
  need('influence', 'invloed', 'Having a say in what happens.', 'Zeggenschap over wat er gebeurt.'),
  need('trust', 'vertrouwen', 'Being able to rely on the others.', 'Op de ander kunnen bouwen.'),
  need('recognition', 'erkenning', 'Having your role and contribution acknowledged.', 'Erkend worden in je rol en bijdrage.'),
  need('respect', 'respect', 'Being treated as an equal.', 'Als gelijkwaardig behandeld worden.'),
  need('appreciation', 'waardering', 'Feeling valued for what you do.', 'Gewaardeerd worden om wat je doet.'),
  need('certainty', 'zekerheid', 'Knowing what to expect.', 'Weten waar je aan toe bent.'),
  need('safety', 'veiligheid', 'Feeling safe to speak and be yourself.', 'Je veilig voelen om te spreken en jezelf te zijn.'),
  need('hope', 'hoop', 'Believing that things can get better.', 'Geloven dat het beter kan worden.'),
  need('attention', 'aandacht', 'Being seen and heard.', 'Gezien en gehoord worden.'),
  need('support', 'steun', 'Getting help and backing when it is hard.', 'Hulp en rugdekking krijgen als het zwaar is.'),
  need('care', 'zorgzaamheid', 'Feeling that others care about you.', 'Merken dat anderen om je geven.'),
];

const signal = (id: string, nl: string, aliases: string[], label: Text, summary: Text, about: Text, signs: Text, actions: TextList): Term =>
  ({ id, label, spelling: { en: id, nl }, aliases: [id, nl, ...aliases], summary, about, signs, actions });

/** Two signals the model warns about most: partners talking past each other, and a partnership that only meets. */
const signals: Term[] = [
  signal('cross-purposes', 'spraakverwarring', ['talking-at-cross-purposes'], { en: 'Cross purposes', nl: 'Spraakverwarring' },
    { en: 'The partners use the same words but mean different things.', nl: 'De partners gebruiken dezelfde woorden, maar bedoelen er iets anders mee.' },
    {
      en: 'Each partner brings its own language: a term that is obvious inside one organisation means something else in the next. While the talk stays general, everyone seems to agree; once it gets concrete, each turns out to read it differently. It happens in every partnership, so expect it rather than blame anyone.',
      nl: 'Elke partner neemt een eigen taal mee: een woord dat in de ene organisatie vanzelf spreekt, betekent in de volgende iets anders. Zolang het gesprek algemeen blijft, lijkt iedereen het eens; wordt het concreet, dan leest ieder het anders. Het gebeurt in elke samenwerking: reken erop in plaats van iemand iets te verwijten.',
    },
    {
      en: 'Quick agreement on big words; the same term comes back with different examples; surprise or irritation as soon as something is worked out; the feeling of talking past each other.',
      nl: 'Snelle instemming met grote woorden; hetzelfde begrip komt terug met steeds andere voorbeelden; verbazing of ergernis zodra iets wordt uitgewerkt; het gevoel langs elkaar heen te praten.',
    },
    {
      en: ['Ask on: what does this word mean in your organisation, with an example?', 'Let each partner say in their own words what was just agreed.', 'Write down what the key terms mean to all of you, and come back to it later.', 'Ask whether you really disagree, or mean different things.'],
      nl: ['Vraag door: wat betekent dit woord bij jullie, met een voorbeeld?', 'Laat elke partner in eigen woorden zeggen wat er net is afgesproken.', 'Leg vast wat de kernbegrippen voor jullie allemaal betekenen, en kom er later op terug.', 'Vraag of jullie het echt oneens zijn, of iets anders bedoelen.'],
    }),
  signal('sham-collaboration', 'schijnsamenwerking', ['collaboration-in-name-only'], { en: 'Collaboration in name only', nl: 'Schijnsamenwerking' },
    { en: 'The partners keep meeting, but hardly work together any more.', nl: 'De partners blijven vergaderen, maar werken nauwelijks nog samen.' },
    {
      en: 'A partnership on paper: the meetings go on but little gets done together, or a small core works hard while the backing behind it quietly fades. It costs everyone time, money and energy, and it frustrates. It mostly grows where the ambition was never really shared or worked out.',
      nl: 'Een samenwerking op papier: er wordt vergaderd, maar samen gebeurt er weinig; of een kleine kern werkt hard terwijl de steun erachter langzaam wegebt. Dat kost iedereen tijd, geld en energie, en het frustreert. Het groeit vooral waar de ambitie nooit echt gedeeld of uitgewerkt is.',
    },
    {
      en: 'Agendas full of updates and few decisions; actions carried over from meeting to meeting; partners send a stand-in or stay away; nobody can say what the partnership delivered lately.',
      nl: 'Agenda\'s vol mededelingen en weinig besluiten; acties schuiven van overleg naar overleg; partners sturen een vervanger of blijven weg; niemand kan zeggen wat de samenwerking onlangs heeft opgeleverd.',
    },
    {
      en: ['Name it: ask the partners what they still want to achieve together.', 'Go back to the ambition: is it shared and concrete enough for each partner to recognise itself in it?', 'Ask each partner what it puts in and what it gets out.', 'Dare to ask whether to go on, go on in another form, or stop.'],
      nl: ['Benoem het: vraag de partners wat ze samen nog willen bereiken.', 'Ga terug naar de ambitie: is die gedeeld en concreet genoeg dat elke partner zich erin herkent?', 'Vraag elke partner wat die inbrengt en wat die eruit haalt.', 'Durf te vragen of jullie doorgaan, in een andere vorm verdergaan of stoppen.'],
    }),
];

const mark = (id: string, nl: string, aliases: string[], summary: Text): Term =>
  ({ id, label: { en: capitalize(id), nl: capitalize(nl) }, aliases: [id, nl, ...aliases], summary });

const privateMark = mark('private', 'privé', ['prive'],
  { en: 'For the facilitator only: never shown in a report for the partners.', nl: 'Alleen voor de facilitator: komt nooit in het verslag voor de partners.' });

const decisionMark = mark('decision', 'besluit', [],
  { en: 'A decision the partners took.', nl: 'Een besluit dat de partners namen.' });

export const BUILTIN_VOCABULARY: Vocabulary = {
  dimensions: [
    { id: 'condition', role: 'condition', label: { en: 'Condition', nl: 'Conditie' }, prefixes: ['condition', 'conditie'], bare: true, terms: conditions },
    { id: 'phase', role: 'phase', label: { en: 'Phase', nl: 'Fase' }, prefixes: ['phase', 'fase'], bare: true, terms: phases },
    { id: 'level', role: 'level', label: { en: 'Thermometer', nl: 'Thermometer' }, prefixes: ['thermometer'], bare: true, terms: levels },
    { id: 'need', role: 'need', label: { en: 'Need', nl: 'Behoefte' }, prefixes: ['need', 'behoefte'], bare: false, terms: needs },
    // Built in, but of role 'custom' like the lenses: completion, Group by, the filter and the overview count them.
    { id: 'signal', role: 'custom', label: { en: 'Signal', nl: 'Signaal' }, prefixes: ['signal', 'signaal'], bare: true, judgement: true, terms: signals },
    { id: 'private', role: 'private', label: { en: 'Private', nl: 'Privé' }, prefixes: [], bare: true, terms: [privateMark] },
    { id: 'decision', role: 'decision', label: { en: 'Decision', nl: 'Besluit' }, prefixes: [], bare: true, terms: [decisionMark] },
    // The values are the session's participants, matched by the parser.
    { id: 'party', role: 'party', label: { en: 'Party', nl: 'Partij' }, prefixes: ['party', 'partij'], bare: false, terms: [] },
  ],
};

/** Thermometer levels, mildest first: the order that 'peak' and the timeline use. */
export const LEVEL_ORDER = levels.map((t) => t.id);
