import * as assert from 'node:assert/strict';
import { pickerDescription } from '../../client/src/pickerDescription';

describe('sample contact picker', () => {
  it('describes a name by its plain form when that differs, so typing it finds the contact', () => {
    assert.equal(pickerDescription('Zoë Ramírez', 'zoe ramirez', false), 'zoe ramirez');
    assert.equal(pickerDescription('Priyanka 🌱 Sharma', 'priyanka sharma', true), 'priyanka sharma · current sample');
    assert.equal(pickerDescription('Taa Dixon', 'taa dixon', true), 'current sample');
    assert.equal(pickerDescription('Taa Dixon', undefined, false), undefined);
  });
});
