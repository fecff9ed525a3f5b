import * as assert from 'node:assert/strict';
import { boundedCache } from '../../server/src/core/boundedCache';

describe('boundedCache', () => {
  it('drops the least recently used entry when full; a read counts as a use', () => {
    const cache = boundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.get('a'), 1);
    cache.set('c', 3);
    assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], [1, undefined, 3]);
    assert.equal(cache.size, 2);
  });

  it('weighs entries: one heavy entry pushes out several light ones, and one heavier than the whole budget is not kept', () => {
    const cache = boundedCache<string, string>(10, (value) => value.length);
    cache.set('one', 'xxx');
    cache.set('two', 'yyy');
    cache.set('three', 'zzz');
    cache.set('heavy', 'wwwwwwww');
    assert.deepEqual(['one', 'two', 'three', 'heavy'].map((k) => cache.get(k)), [undefined, undefined, undefined, 'wwwwwwww']);
    cache.set('huge', 'v'.repeat(11));
    assert.equal(cache.get('huge'), undefined);
    assert.equal(cache.get('heavy'), 'wwwwwwww');
  });

  it('replacing a key counts its new weight only', () => {
    const cache = boundedCache<string, string>(6, (value) => value.length);
    cache.set('a', 'xxx');
    cache.set('a', 'xxxx');
    cache.set('b', 'yy');
    assert.deepEqual([cache.get('a'), cache.get('b'), cache.size], ['xxxx', 'yy', 2]);
  });
});
