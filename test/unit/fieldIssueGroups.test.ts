import { strict as assert } from 'node:assert';
import { createContactSet } from '../../server/src/core/contacts';
import { fieldIssueGroups } from '../../server/src/core/valueIssues';

describe('fieldIssueGroups', () => {
  const set = createContactSet([
    { 'first-name': 'ANN' },
    { 'first-name': 'Bob' },
    { 'first-name': 'carol' },
    { 'first-name': 'DAVE 🚀' },
    { 'first-name': 'Eve' },
  ]);

  it('lists the contacts with each issue of a field, in contact order, issues in the order first met', () => {
    assert.deepEqual([...fieldIssueGroups(set, 'first-name')], [
      ['all-capitals', [0, 3]],
      ['all-lower-case', [2]],
      ['symbols', [3]],
    ]);
  });

  it('has no groups for a field without issues or not in the set', () => {
    assert.equal(fieldIssueGroups(set, 'company').size, 0);
  });

  it('keeps the groups per set and field (the same answer object on each check)', () => {
    assert.equal(fieldIssueGroups(set, 'first-name'), fieldIssueGroups(set, 'first-name'));
    const other = createContactSet([{ 'first-name': 'ANN' }]);
    assert.deepEqual([...fieldIssueGroups(other, 'first-name')], [['all-capitals', [0]]]);
  });
});
