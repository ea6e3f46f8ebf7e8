// Generated session notes for the bench: deterministic, so every run measures the same text.

/** A deterministic pseudo-random source, so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const CONDITIONS = ['#ambitie', '#belangen', '#relatie', '#organisatie', '#proces', '#ambition', '#interests', '#condition/process'];
const PHASES = ['#verkennen', '#delen', '#overeenkomen', '#vormgeven', '#uitvoeren', '#phase/agree'];
const LEVELS = ['#vriendschappelijk', '#waakzaam', '#onenigheid', '#conflict', '#watchful'];
const NEEDS = ['#need/trust', '#behoefte/erkenning', '#need/zekerheid', '#behoefte/steun'];
const FREE = ['#followup', '#citaat', '#parkeren', '#ambitoin'];
const WORDS = 'de gemeente wil samen met de corporatie en het wijkteam afspraken maken over budget overdracht regie vertrouwen planning the partners agree on the next steps and who pays for what'.split(' ');

/** Realistic session notes of about `lines` lines: headings, paragraphs, nested lists, tasks, quotes, code. */
export function generateSession(lines: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const sentence = () => Array.from({ length: 8 + Math.floor(next() * 14) }, () => pick(WORDS)).join(' ') + '.';
  const tags = () => [next() < 0.7 ? pick(CONDITIONS) : '', next() < 0.2 ? pick(PHASES) : '', next() < 0.08 ? pick(LEVELS) : '',
    next() < 0.1 ? pick(NEEDS) : '', next() < 0.05 ? pick(FREE) : ''].filter(Boolean).join(' ');
  const out = ['---', `title: Generated session ${seed}`, 'date: 2026-03-02', 'phase: verkennen', 'thermometer: vriendschappelijk', '---', '', `# Session ${seed}`, ''];
  while (out.length < lines) {
    const kind = next();
    if (kind < 0.06) out.push(`## ${sentence().slice(0, 30)} ${pick(CONDITIONS)} ${pick(PHASES)}`, '');
    else if (kind < 0.45) out.push(`${sentence()} ${tags()}`, '');
    else if (kind < 0.75) out.push(`- ${sentence()} ${tags()}`, `  - ${sentence()} ${tags()}`, `  - ${sentence()} ${tags()}`, `- ${sentence()} ${tags()}`, '');
    else if (kind < 0.85) out.push(`- [${next() < 0.3 ? 'x' : ' '}] ${sentence()} @Esther`, '');
    else if (kind < 0.93) out.push(`> "${sentence()}" ${tags()}`, '');
    else if (kind < 0.97) out.push('See [the memo](https://example.org/memo#budget) and `#not-a-tag`.', '');
    else out.push('```', `code #ambitie ${sentence()}`, '```', '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}
