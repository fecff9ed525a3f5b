/**
 * Deterministic benchmark data: LinkedIn-shaped contacts exports, typical
 * templates, a pathological 1 MB template and a folder of templates. Seeded,
 * so every run measures the same input.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Taa', 'Mary', 'Amy', 'Sue', 'José', 'Aïsha', 'Bartholomew', 'Li', 'Oluwaseun', 'Kristina', 'Dmitri', 'Priya', 'Wendell', 'Zoë'];
const LAST = ['Dixon', 'Nguyen', 'García-Márquez', 'Okafor', 'Smith', 'van der Berg', 'Kowalczyk', 'Ali', 'Fitzgerald-Whitmore', 'Chen'];
const COMPANY = ['720 Media', 'Northwind Traders', 'Acme', 'Contoso Pharmaceuticals International', 'Globex', 'Initech', 'Umbrella Research & Development Group', 'Hooli'];
const POSITION = ['Engineer', 'Senior Product Manager', 'VP, Global Partnerships and Business Development', 'Recruiter', 'Founder & CEO', 'Data Scientist'];
const WHERE = ['the Springs social mixer', 'PyCon', "last month's networking happy hour", 'the virtual job fair', '', 'the Denver product meetup'];
const REASON = ['I enjoyed your talk on pricing.', "I'd value your advice on moving into product.", '', 'Your post on hiring stuck with me and I would love to hear more about it.'];
const NEXT = ['Coffee next week?', '', 'Happy to share my notes from the session.'];

const pick = <T>(rnd: () => number, list: readonly T[]) => list[Math.floor(rnd() * list.length)];

// A real export repeats some values (common first names, big employers, job titles, the day two people
// connected) and not others (last names, URLs). Values are built from syllables so that each column has
// about as many distinct values as one of 30,000 real rows: the contacts' memory depends on it.
const SYLLABLES = ['an', 'bel', 'cor', 'da', 'el', 'fen', 'gi', 'har', 'is', 'jo', 'ka', 'lu', 'mar', 'ne', 'or', 'pa', 'qui', 'ro', 'sa', 'ti', 'ul', 've', 'wyn', 'xa', 'yo', 'zel'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LEVEL = ['', '', 'Senior ', 'Lead ', 'Principal ', 'Junior ', 'Staff '];
const FIELD = ['Software Engineer', 'Product Manager', 'Data Scientist', 'Recruiter', 'Designer', 'Account Executive', 'Marketing Manager', 'Consultant', 'Analyst', 'Engineering Manager'];
function coined(rnd: () => number, syllables: number): string {
  let word = '';
  for (let k = 0; k < syllables; k++) word += pick(rnd, SYLLABLES);
  return word[0].toUpperCase() + word.slice(1);
}
const firstName = (rnd: () => number) => (rnd() < 0.5 ? pick(rnd, FIRST) : coined(rnd, 2 + Math.floor(rnd() * 2)));
const lastName = (rnd: () => number) => (rnd() < 0.15 ? pick(rnd, LAST) : coined(rnd, 2 + Math.floor(rnd() * 2)));
const company = (rnd: () => number) => (rnd() < 0.3 ? pick(rnd, COMPANY) : `${coined(rnd, 2)}${pick(rnd, ['', '', '', ' Labs', ' Group', ' Health', ' Systems', ' Inc.'])}`);
const position = (rnd: () => number) => (rnd() < 0.1 ? pick(rnd, POSITION) : `${pick(rnd, LEVEL)}${pick(rnd, FIELD)}`);
const connectedOn = (rnd: () => number) => `${1 + Math.floor(rnd() * 28)} ${pick(rnd, MONTHS)} ${2014 + Math.floor(rnd() * 12)}`;
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A Connections.csv as LinkedIn exports it (Notes preamble), with Where Met / Reason / Next Step columns. */
export function connectionsCsv(rows: number, seed = 1): string {
  const rnd = random(seed);
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On,Where Met,Reason,Next Step',
  ];
  for (let i = 0; i < rows; i++) {
    // The first row is the contact some templates name as their sample.
    const first = i === 0 ? 'Taa' : firstName(rnd);
    const last = i === 0 ? 'Dixon' : lastName(rnd);
    const row = [first, last, `https://www.linkedin.com/in/${first.toLowerCase()}-${i}`, rnd() < 0.3 ? `${first.toLowerCase()}@example.com` : '',
      company(rnd), position(rnd), connectedOn(rnd), pick(rnd, WHERE), pick(rnd, REASON), pick(rnd, NEXT)];
    lines.push(row.map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

// Sentence pools for typical templates; some carry what the rules flag (filler, a pitch, wordiness).
const GREETING = ['Hi {{name}},', 'Hello {{first-name}},', 'Hi {{first-name}} -', 'Dear {{name}},', 'Hey {{first-name}},'];
const CONTEXT = [
  'we met at {{where-met | a recent event}}.',
  'we spoke at {{where-met}} about {{topic | hiring}}.',
  '{{mutual | A friend}} suggested I reach out.',
  'I enjoyed your talk at {{where-met | the meetup}}.',
  'I came across your profile while looking at {{company}}.',
  'we both worked at {{company | the same company}} a few years apart.',
];
const ROLE = [
  ' I see you are now at {{company}} as {{position}}.',
  ' Congrats on the {{position}} role at {{company}}.',
  ' Your work on {{project | the new platform}} at {{company}} caught my eye.',
  '',
];
const REASON_TEXT = [
  "{{reason | I'd value your perspective.}}",
  "I'd love to learn how {{company}} approaches {{topic | onboarding}}.",
  'In order to grow my network, I would love to connect.',
  'I help teams like yours cut costs by 30% - could I show you a quick demo?',
  "I'm moving into {{field | product}} and would value your advice.",
];
const NEXT_STEP = ['{{next-step | Coffee next week?}}', 'Open to a short call next month?', '', '{{next-step}}', 'Happy to share my notes.'];
const FRONT_MATTER = ['contacts: {contacts}', 'contacts: {contacts}\nlimit: 200', 'contacts: {contacts}\nsample: Taa Dixon', 'contacts: {contacts}\ndisable: [self-focused]', 'contacts: {contacts}\nrules:\n  missing-next-step: off'];

/**
 * A typical template bound to `contacts`: a greeting, how you know them, a
 * line on their role, a reason and a next step, picked with `seed` among the
 * pools above until the note has 150–300 characters and 4–8 placeholders.
 * Seeds give thousands of distinct notes under a handful of front matters.
 */
export function typicalTemplate(contacts: string, seed = 1): string {
  const rnd = random(seed);
  for (;;) {
    const frontMatter = pick(rnd, FRONT_MATTER).replace('{contacts}', contacts);
    const note = [pick(rnd, GREETING), pick(rnd, CONTEXT) + pick(rnd, ROLE), pick(rnd, REASON_TEXT), pick(rnd, NEXT_STEP)].filter((s) => s !== '').join(' ');
    const placeholders = note.split('{{').length - 1;
    if (note.length >= 150 && note.length <= 300 && placeholders >= 4 && placeholders <= 8) return `---\n${frontMatter}\n---\n${note}\n`;
  }
}

/** A pathological template of about `bytes` characters: long prose with placeholders and flagged phrases. */
export function hugeTemplate(bytes = 1_000_000): string {
  const chunk = 'Hi {{name}}, I came across your profile and would love to connect.  We met at {{where-met}}. I would like to buy {{company}} a coffee in order to talk.\n';
  return chunk.repeat(Math.ceil(bytes / chunk.length)).slice(0, bytes);
}

/** Writes everything under `dir` and returns the paths. */
export function writeBenchData(dir: string) {
  mkdirSync(dir, { recursive: true });
  const files = {
    contacts1k: path.join(dir, 'connections-1k.csv'),
    contacts30k: path.join(dir, 'connections-30k.csv'),
    template1k: path.join(dir, 'note-1k.invite'),
    template30k: path.join(dir, 'note-30k.invite'),
    huge: path.join(dir, 'huge.invite'),
    folder: path.join(dir, 'templates'),
  };
  writeFileSync(files.contacts1k, connectionsCsv(1000, 1));
  writeFileSync(files.contacts30k, connectionsCsv(30000, 2));
  writeFileSync(files.template1k, typicalTemplate('connections-1k.csv', 3));
  writeFileSync(files.template30k, typicalTemplate('connections-30k.csv', 3));
  writeFileSync(files.huge, hugeTemplate());
  mkdirSync(files.folder, { recursive: true });
  writeFileSync(path.join(files.folder, 'contacts.csv'), connectionsCsv(1000, 4));
  for (let i = 0; i < 10000; i++) writeFileSync(path.join(files.folder, `t${i}.invite`), typicalTemplate('contacts.csv', 100 + i));
  return files;
}
