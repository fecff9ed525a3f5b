import * as assert from 'node:assert/strict';
import { escapeIcons } from '../../client/src/icons';
import { noteLengthText } from '../../client/src/noteLengthText';
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

  it('the sample-contact picker shows names as written, the current one marked', () => {
    assert.deepEqual(sampleContactItems(['Ann', '$(zap) Eve'], 1), [
      { label: 'Ann', index: 0, description: undefined },
      { label: '\\$(zap) Eve', index: 1, description: 'current sample' },
    ]);
  });
});
