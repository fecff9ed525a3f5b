import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, contactTextIssues, expandForContact, lint, parseTemplate, type ContactSet, type Problem } from '../../server/src/core/index';
import { loadContactsFile } from '../../server/src/contacts/index';
import { onlyRule } from './ruleTester';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const READING = new Set(['expanded-text', 'contact-value']);

/** The expanded-text and contact-value problems of `text`. */
function reading(text: string, contacts: ContactSet): Problem[] {
  return lint(text, { contacts, rules: { ...onlyRule('expanded-text').rules, 'contact-value': 'info' } }).problems.filter((p) => READING.has(p.ruleId));
}

/** `text` with the first suggestion of the first reading problem that has one applied, until none has one. */
function applySuggestions(text: string, contacts: ContactSet): string {
  for (let pass = 0; pass < 20; pass++) {
    const fix = reading(text, contacts).find((p) => p.suggestions?.length)?.suggestions![0];
    if (!fix) return text;
    text = applyEdits(text, fix.edits);
  }
  throw new Error('the suggestions did not settle');
}

describe('every contact\'s note reads right', () => {
  for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.invite'))) {
    it(`${file}: the suggestions leave nothing that reads wrong for any contact in samples/`, () => {
      const text = readFileSync(join(SAMPLES, file), 'utf8');
      const contacts = loadContactsFile(join(SAMPLES, lint(text).settings.contacts!)).contacts!;
      const fixed = applySuggestions(text, contacts);
      assert.deepEqual(reading(fixed, contacts).map((p) => p.message), []);
      const template = parseTemplate(fixed);
      assert.deepEqual([...contactTextIssues(template, contacts).values()], [], 'no text issue in any contact\'s note');
    });
  }

  it('"Brightline Labs, Inc.." in the samples is found, and {{company-short}} reads right', () => {
    const text = readFileSync(join(SAMPLES, 'too-long.invite'), 'utf8');
    const contacts = loadContactsFile(join(SAMPLES, 'Connections.csv')).contacts!;
    const [found] = reading(text, contacts).filter((p) => p.ruleId === 'expanded-text');
    assert.match(found.message, /^Punctuation doubled after \{\{company\}\} for 1 of 12 contacts \(Zoë Ramírez\): ".*Brightline Labs, Inc\.\./);
    const fixed = applySuggestions(text, contacts);
    assert.match(expandForContact(parseTemplate(fixed), contacts, 1).text, /at Brightline Labs\. I'm running/);
  });

  describe('a LinkedIn export with names as people typed them', () => {
    const contacts = loadContactsFile(join(__dirname, '..', 'fixtures', 'contacts', 'linkedin-names.csv')).contacts!;
    const TEMPLATE = "Hi {{first-name}}, we met at the expo. I'd love to hear how your work as {{position}} is going at {{company}}.\n";

    it('names the contacts, the field and what the note says', () => {
      assert.deepEqual(reading(TEMPLATE, contacts).map((p) => `${p.ruleId}: ${p.message}`), [
        'expanded-text: Punctuation doubled after {{first-name}} for 1 of 7 contacts (K. Obi): "Hi K., we met at the expo.…".',
        'contact-value: {{first-name}} is in all capitals for 1 of 7 contacts (JOHN SMITH): the note says "Hi JOHN, we met at the…".',
        'contact-value: {{first-name}} has emoji or symbols for 1 of 7 contacts (Priyanka 🌱 Sharma): the note says "Hi Priyanka 🌱, we met at the…".',
        'contact-value: {{first-name}} has an honorific for 1 of 7 contacts (Dr. Jane Doe-Roe): the note says "Hi Dr. Jane, we met at the…".',
        'contact-value: {{first-name}} is all lower case for 1 of 7 contacts (maria garcia): the note says "Hi maria, we met at the…".',
        'contact-value: {{first-name}} is only an initial for 1 of 7 contacts (K. Obi): the note says "Hi K., we met at the…".',
        'contact-value: {{position}} is in all capitals for 1 of 7 contacts (JOHN SMITH): the note says "…how your work as VP SALES is going at Acme…".',
        'expanded-text: Punctuation doubled after {{company}} for 3 of 7 contacts (JOHN SMITH, Priyanka 🌱 Sharma, Zoë Ramírez): "…going at Acme Corp..".',
        'contact-value: {{company}} has a legal suffix for 4 of 7 contacts (JOHN SMITH, Priyanka 🌱 Sharma, Zoë Ramírez and 1 more): the note says "…SALES is going at Acme Corp..".',
      ]);
    });

    it('with {{name}} and {{company-short}} only what needs the contacts file is left', () => {
      const fixed = applySuggestions(TEMPLATE, contacts);
      assert.equal(fixed, "Hi {{name}}, we met at the expo. I'd love to hear how your work as {{position}} is going at {{company-short}}.\n");
      assert.deepEqual(reading(fixed, contacts).map((p) => p.message.split(' for ')[0]), [
        'Punctuation doubled after {{name}}',
        '{{name}} is only an initial',
        '{{position}} is in all capitals',
      ]);
      const notes = Array.from({ length: 6 }, (_, i) => expandForContact(parseTemplate(fixed), contacts, i).text.split(',')[0]);
      assert.deepEqual(notes, ['Hi John', 'Hi Priyanka', 'Hi Zoë', 'Hi Jane', 'Hi Jane', 'Hi Maria']);
    });
  });
});
