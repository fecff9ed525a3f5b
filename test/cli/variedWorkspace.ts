/**
 * A folder of 48 templates of many kinds for comparing serial and threaded
 * runs. Sorted, they fall into three slices of 16 (--concurrency 3):
 *
 *   slice 0: a/01–a/14 (a/contacts.json, clean), b/01–b/02
 *   slice 1: b/03–b/04, m/01–m/14
 *   slice 2: m/15–m/16, z/01–z/14
 *
 * b/contacts.csv has a wrong column count on line 3 and is first used in
 * slice 0 and again in slice 1; the root contacts.csv has bad quoting and a
 * row without a name and is first used by m/01 (slice 1) and again by every
 * later template. m/04 (slice 1) and m/15 (slice 2) name the same missing
 * gone.csv; a/05 and z/12 name other missing files. a/09, m/10 and z/07 are
 * not UTF-8 text, so each is a failure.
 */
import { TEMPLATES } from './cliProcess';

/** Bodies with no problem, with problems, with fixes, with front matter of every kind. */
const BODIES: readonly string[] = [
  TEMPLATES.clean,
  TEMPLATES.warning,
  TEMPLATES.spaced,
  TEMPLATES.canned,
  'Hi {{name}}, we met at {{where-met}}. {{reason}} Would you be open to a coffee next week?\n',
  '\uFEFFHi {{name}},  we met at {{where-met}}.\r\nWould you be open to a coffee next week?\r\n',
  '---\nlimit: 120\n---\nHi {{name}}, we met at {{where-met}} and I enjoyed your talk on {{reason}}. Would you be open to a coffee next week?\n',
  '---\ndisable: [missing-reason]\n---\nHi {{name}}, we met at {{where-met}}. Would you be open to a coffee next week?\n',
  '---\nrules:\n  whitespace: error\n---\nHi {{name}},  we met at {{where-met}} and I enjoyed your talk on {{reason}}.\n',
  '---\nlimit: [\n---\nHi {{name}},  we met at {{where-met}}.\n',
  'Hi {{name}}, your work on {{project | the new platform}} at {{company}} caught my eye. I help teams like yours cut costs by 30% - could I show you a quick demo?\n',
  'Hello {{name}}! We met at {{where-met}}. {{next-step | Coffee next week?}}\n',
  "Hi {{name}} - I'd like to add you to my professional network.  {{reason}}\n",
];

const ROOT_CONTACTS = 'First Name,Where Met,Reason\nAnn,the Expo,We both build parsers.\nBob,"Sm"ith,x\n,Nowhere,None\n';
const B_CONTACTS = 'First Name,Last Name,Where Met\nCy,Twombly,the gallery\nDee,Dee,the show,extra\n';
const A_CONTACTS = JSON.stringify([
  { 'first-name': 'Taa', 'last-name': 'Dixon', 'where-met': 'the Creator Economy Summit in Atlanta', reason: 'Your panel on podcast sponsorships.' },
  { 'first-name': 'Lena', 'last-name': 'Fischer', 'where-met': 'the Berlin UX meetup', reason: 'Your checkout redesign case study.' },
]);

/** Not UTF-8 text: the CLI reports the file and goes on. */
const NOT_TEXT = Buffer.from([0x48, 0x69, 0x00, 0x7b]);

/** Template names in their folders: 14 in a, 4 in b, 16 in m, 14 in z. */
const FOLDERS = { a: 14, b: 4, m: 16, z: 14 } as const;

/** The files of the workspace (relative path → text or bytes). */
export function variedWorkspace(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = { 'contacts.csv': ROOT_CONTACTS, 'a/contacts.json': A_CONTACTS, 'b/contacts.csv': B_CONTACTS };
  let n = 0;
  for (const [folder, count] of Object.entries(FOLDERS)) {
    for (let i = 1; i <= count; i++) {
      const body = BODIES[n++ % BODIES.length];
      files[`${folder}/${String(i).padStart(2, '0')}.invite`] = folder === 'z' && i % 3 === 0 ? withContacts(body, '../contacts.csv') : body;
    }
  }
  files['a/05.invite'] = `---\ncontacts: people.json\n---\n${TEMPLATES.warning}`;
  files['m/04.invite'] = `---\ncontacts: gone.csv\n---\n${TEMPLATES.spaced}`;
  files['m/15.invite'] = `---\ncontacts: gone.csv\n---\n${TEMPLATES.canned}`;
  files['z/12.invite'] = `---\ncontacts: ../m/gone.csv\n---\n${TEMPLATES.clean}`;
  for (const name of ['a/09.invite', 'm/10.invite', 'z/07.invite']) files[name] = NOT_TEXT;
  return files;
}

/** `body` with front matter naming `contacts`, added to the body's own front matter when it has some. */
function withContacts(body: string, contacts: string): string {
  return body.startsWith('---\n') ? `---\ncontacts: ${contacts}\n${body.slice(4)}` : `---\ncontacts: ${contacts}\n---\n${body}`;
}
