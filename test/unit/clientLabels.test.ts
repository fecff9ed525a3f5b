import * as assert from 'node:assert/strict';
import { escapeIcons } from '../../client/src/icons';
import { copiedNoteText, noteLengthText, noteLengthTooltip } from '../../client/src/noteLengthText';
import { sampleContactItems } from '../../client/src/sampleContactItems';
import type { PreviewRequest } from '../../server/src/shared/protocol';

/** A preview result for a contact named `name`. */
function resultFor(name: string): PreviewRequest.Result {
  return { text: '', length: 212, estimated: false, limit: 300, segments: [], contact: { index: 0, name }, contactsVersion: 1, problems: [], checklist: [], lengths: [212], flagged: [], overflow: [], overCount: 0 };
}

describe('client: contact names never render as icons', () => {
  it('escapes $(icon) syntax as VS Code does, and leaves other text alone', () => {
    assert.equal(escapeIcons('$(zap) Eve $(sync~spin)'), '\\$(zap) Eve \\$(sync~spin)');
    assert.equal(escapeIcons('Zoë $ (x) $x'), 'Zoë $ (x) $x');
  });

  it('the status bar shows the name as written', () => {
    assert.equal(noteLengthText(resultFor('$(warning) Eve')), '✉ 212/300 · \\$(warning) Eve');
  });

  it('the status bar tooltip counts the contacts over the limit with the verb that agrees', () => {
    const over = (overCount: number): PreviewRequest.Result => ({ ...resultFor('Ann'), lengths: Array.from({ length: 12 }, () => 212), overCount });
    assert.match(noteLengthTooltip(over(1)), / 1 of 12 contacts goes over the limit\. /);
    assert.match(noteLengthTooltip(over(2)), / 2 of 12 contacts go over the limit\. /);
    assert.doesNotMatch(noteLengthTooltip(over(0)), /over the limit/);
  });

  it('Copy warns when the note is over the limit, without naming the contact', () => {
    assert.deepEqual(copiedNoteText({ ...resultFor('$(zap) Eve'), length: 212 }), { warning: false, text: 'Copied the note for \\$(zap) Eve (212/300 characters).' });
    const over = copiedNoteText({ ...resultFor('[Eve](command:x)'), length: 301 });
    assert.deepEqual(over, { warning: true, text: 'Copied, but the note is 301 characters: 1 character over the 300-character limit, so LinkedIn will not take it whole.' });
    assert.equal(copiedNoteText({ ...resultFor('Eve'), length: 330 }).text.includes('30 characters over'), true);
  });

  it('the sample-contact picker shows names as written, the current one marked', () => {
    assert.deepEqual(sampleContactItems(['Ann', '$(zap) Eve'], 1), [
      { label: 'Ann', index: 0, description: undefined },
      { label: '\\$(zap) Eve', index: 1, description: 'current sample' },
    ]);
  });
});
