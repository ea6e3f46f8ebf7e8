// A generated archive of years of notes for `npm run bench:archive`: deterministic, so every run measures the
// same folder. Collaborations of Dutch (most) and English notes, each session with participants, readings,
// party remarks, private remarks, decisions and actions with due dates, some carried over from session to session.
import * as fs from 'node:fs';
import * as path from 'node:path';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const LANGS = {
  nl: {
    key: 'samenwerking', conditions: ['#ambitie', '#belangen', '#relatie', '#organisatie', '#proces'],
    phases: ['#verkennen', '#delen', '#overeenkomen', '#vormgeven', '#uitvoeren'], levels: ['#vriendschappelijk', '#waakzaam', '#onenigheid'],
    needs: ['#behoefte/erkenning', '#behoefte/zekerheid', '#behoefte/steun'], private: '#privé', decision: '#besluit',
    words: 'de gemeente wil samen met de corporatie en het wijkteam afspraken maken over budget overdracht regie vertrouwen planning huisvesting zorg jongeren personeel'.split(' '),
    parties: ['Gemeente', 'Woningcorporatie', 'Wijkteam', 'Thuiszorg', 'Huisartsen', 'Bibliotheek', 'Welzijn', 'School'], heading: ['Ronde', 'Afspraken', 'Vervolg', 'Stand van zaken'],
  },
  en: {
    key: 'collaboration', conditions: ['#ambition', '#interests', '#relationship', '#organisation', '#process'],
    phases: ['#explore', '#share', '#agree', '#shape', '#execute'], levels: ['#friendly', '#watchful', '#disagreement'],
    needs: ['#need/recognition', '#need/certainty', '#need/support'], private: '#private', decision: '#decision',
    words: 'the partners agree on the next steps and who pays for what council housing youth care budget trust planning staff schools'.split(' '),
    parties: ['Council', 'Housing', 'Youth team', 'Home care', 'GPs', 'Library', 'Welfare', 'School'], heading: ['Round', 'Agreements', 'Next steps', 'Progress'],
  },
};

/** `notes` session notes in `collaborations` folders under `dir` (made empty first); returns the bytes written. */
export function generateArchive(dir: string, notes: number, collaborations: number): number {
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (let c = 0; c < collaborations; c++) {
    const next = random(1000 + c);
    const lang = next() < 0.7 ? LANGS.nl : LANGS.en;
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const parties = [...lang.parties].sort(() => next() - 0.5).slice(0, 3 + Math.floor(next() * 3));
    const folder = path.join(dir, `samenwerking-${String(c).padStart(3, '0')}`);
    fs.mkdirSync(folder, { recursive: true });
    const sessions = Math.floor(notes / collaborations) + (c < notes % collaborations ? 1 : 0);
    let carried: string[] = [];
    for (let s = 0; s < sessions; s++) {
      const day = new Date(Date.UTC(2019, 0, 7) + (s * 14 + (c % 14)) * 86_400_000).toISOString().slice(0, 10);
      const due = new Date(Date.UTC(2019, 0, 7) + (s * 14 + 28 + (c % 14)) * 86_400_000).toISOString().slice(0, 10);
      const sentence = () => Array.from({ length: 9 + Math.floor(next() * 12) }, () => pick(lang.words)).join(' ') + '.';
      const out = ['---', `title: ${pick(lang.heading)} ${s + 1}`, `date: ${day}`, `${lang.key}: Samenwerking ${c}`, 'facilitator: Esther',
        'participants:', ...parties.map((p) => `  - ${p}`), `thermometer: ${pick(lang.levels).slice(1)}`, '---', ''];
      for (let h = 0; h < 4; h++) {
        out.push(`## ${pick(lang.heading)} ${pick(lang.phases)}`, '', `${String(9 + h).padStart(2, '0')}:${h}5 ${pick(lang.levels)}`, '');
        for (let o = 0; o < 5; o++) {
          const tags = [pick(lang.conditions), next() < 0.3 ? pick(lang.needs) : '', next() < 0.1 ? lang.private : ''].filter(Boolean);
          out.push(`${next() < 0.5 ? `${pick(parties)}: ` : ''}${sentence()} ${sentence()} ${tags.join(' ')}`, '');
        }
        if (next() < 0.15) out.push(`${sentence()} ${lang.private}`, '');
        if (next() < 0.4) out.push(`${sentence()} ${lang.decision}`, '');
      }
      const fresh = Array.from({ length: 2 + Math.floor(next() * 3) }, (_, i) => `${sentence().slice(0, 50)} ${s}.${i} @${pick(['Esther', 'Marco', 'Fatima'])} ${due}`);
      const actions = [...carried.map((a) => `- [${next() < 0.5 ? 'x' : ' '}] ${a}`), ...fresh.map((a) => `- [ ] ${a}`)];
      out.push('## Acties', '', ...actions, '');
      carried = actions.filter((a) => a.startsWith('- [ ]')).map((a) => a.slice(6)).slice(0, 3);
      const text = out.join('\n');
      fs.writeFileSync(path.join(folder, `${day}.md`), text);
      bytes += Buffer.byteLength(text);
    }
  }
  return bytes;
}
