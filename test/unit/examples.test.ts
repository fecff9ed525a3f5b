import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/index';

/** The rule ids and severities a note gets with default settings, sorted. */
const findings = (text: string) => [...new Set(lint(text).problems.map((p) => `${p.ruleId}:${p.severity}`))].sort();

describe('acceptance examples', () => {
  const good = [
    "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    "Hi Amy, enjoyed speaking at last week's virtual job fair. I'd love to connect here on LinkedIn to continue our conversation and stay in touch about roles at Company X.",
    "Hi Sue, I wanted to connect on LinkedIn since we're working together on the customer engagement project.",
  ];
  for (const text of good) {
    it(`no warning or error: ${text.slice(0, 40)}…`, () => {
      // Only the optional next-step hint.
      assert.deepEqual(findings(text), ['missing-next-step:hint']);
    });
  }

  it("LinkedIn's default text is canned, and has no name, context or reason", () => {
    assert.deepEqual(findings("I'd like to add you to my professional network on LinkedIn."), [
      'canned-message:error',
      'missing-context:warning',
      'missing-name:warning',
      'missing-next-step:hint',
      'missing-reason:warning',
    ]);
  });

  it('a generic note with a bare greeting', () => {
    assert.deepEqual(findings('Hi, I came across your profile and would love to connect.'), [
      'generic-phrase:warning',
      'missing-context:warning',
      'missing-name:warning',
      'missing-next-step:hint',
      'missing-reason:warning',
    ]);
  });

  it("the rewrite of the default text keeps none of LinkedIn's words", () => {
    const problems = lint("I'd like to add you to my professional network on LinkedIn.").problems;
    const canned = problems.find((p) => p.ruleId === 'canned-message')!;
    assert.deepEqual(canned.fix!.edits, [{ start: 0, end: 59, text: 'Hi {{name}}, we met at {{where-met}}. {{reason}}' }]);
  });
});
