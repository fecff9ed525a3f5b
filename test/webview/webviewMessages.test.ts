import * as assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../client/src/preview/webviewMessages';

describe('webview messages', () => {
  it('accepts the four known messages', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'copy' }), { type: 'copy' });
    assert.deepEqual(parseWebviewMessage({ type: 'selectContact', index: 0 }), { type: 'selectContact', index: 0 });
    assert.deepEqual(parseWebviewMessage({ type: 'selectContact', index: 29999 }), { type: 'selectContact', index: 29999 });
    assert.deepEqual(parseWebviewMessage({ type: 'openRuleDoc', ruleId: 'missing-value' }), { type: 'openRuleDoc', ruleId: 'missing-value' });
  });

  const bad: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ready'],
    ['an array', [{ type: 'ready' }]],
    ['no type', { index: 1 }],
    ['an unknown type', { type: 'openFile', path: '/etc/passwd' }],
    ['a type of the wrong case', { type: 'Copy' }],
    ['selectContact without an index', { type: 'selectContact' }],
    ['a string index', { type: 'selectContact', index: '1' }],
    ['a negative index', { type: 'selectContact', index: -1 }],
    ['a fractional index', { type: 'selectContact', index: 1.5 }],
    ['an infinite index', { type: 'selectContact', index: Infinity }],
    ['NaN', { type: 'selectContact', index: NaN }],
    ['extra keys', { type: 'copy', text: 'injected' }],
    ['extra keys on selectContact', { type: 'selectContact', index: 1, uri: 'file:///x' }],
    ['a rule id that is a path', { type: 'openRuleDoc', ruleId: '../../../etc/passwd' }],
    ['a rule id with a dot', { type: 'openRuleDoc', ruleId: 'max-length.md' }],
    ['an empty rule id', { type: 'openRuleDoc', ruleId: '' }],
    ['a rule id that is not a string', { type: 'openRuleDoc', ruleId: ['max-length'] }],
    ['a very long rule id', { type: 'openRuleDoc', ruleId: 'a'.repeat(65) }],
  ];
  for (const [what, message] of bad) {
    it(`rejects ${what}`, () => {
      assert.equal(parseWebviewMessage(message), undefined);
    });
  }
});
