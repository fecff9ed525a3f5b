import type { Move } from '../reading/readNote';
import type { Finding, Rule } from '../rule';

/** The `salesy` rule (docs/rules/salesy.md). */
export const salesy: Rule = {
  meta: {
    id: 'salesy',
    description: 'A pitch or a favour in a first note: what you sell, results for companies like theirs, a demo, a call with a stranger, a resume, a referral.',
    defaultSeverity: 'warning',
    fixable: false,
    rationale:
      'Asking for something before you are connected reads as spam, and people mark such requests as such. Build the relationship first; make the ask in a later message.',
  },
  check(template, { facts, maxFindings }) {
    const findings: Finding[] = [];
    // One finding per sentence: "We've helped 40+ teams like yours" is one pitch, however many ways it pitches.
    for (const sentence of facts.reading().sentences) {
      if (findings.length === maxFindings) break;
      const moves = sentence.moves.filter((m) => m.move === 'pitch' || m.move === 'favour');
      if (moves.length === 0) continue;
      const start = Math.min(...moves.map((m) => m.start));
      const end = Math.max(...moves.map((m) => m.end));
      findings.push({ start, end, message: messageFor(template.text.slice(start, end), moves) });
    }
    return findings;
  },
};

/** The finding's message: a favour if any move asks one, with what each move does. */
function messageFor(quoted: string, moves: readonly Move[]): string {
  const says = [...new Set(moves.map((m) => m.says))].join('; ');
  return moves.some((m) => m.move === 'favour')
    ? `"${quoted}" asks a favour of someone you are not connected to yet (${says}): connect first, ask later.`
    : `"${quoted}" pitches in a first note (${says}): save it for after they accept.`;
}
