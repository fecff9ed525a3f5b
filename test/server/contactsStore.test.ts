import * as assert from 'node:assert/strict';
import { createContactSet } from '../../server/src/core/index';
import type { LoadedContacts } from '../../server/src/contacts/index';
import { createContactsStore } from '../../server/src/contactsStore';

/** A loader whose loads finish when the test says so. */
function manualLoader() {
  const calls: { path: string; finish: (name: string) => void }[] = [];
  const load = (path: string) =>
    new Promise<LoadedContacts>((resolve) => {
      calls.push({ path, finish: (name) => resolve({ contacts: createContactSet([{ 'first-name': name }], path), problems: [] }) });
    });
  return { calls, load };
}

const firstName = (loaded: LoadedContacts | undefined) => loaded?.contacts?.columns.get('first-name')?.[0];

describe('contacts store', () => {
  it('loads a file once for concurrent callers and caches it', async () => {
    const { calls, load } = manualLoader();
    const store = createContactsStore(load);
    const a = store.load('/c.csv');
    const b = store.load('/c.csv');
    assert.equal(store.peek('/c.csv'), undefined);
    assert.equal(calls.length, 1);
    const before = store.generation;
    calls[0].finish('Ana');
    assert.equal(firstName(await a), 'Ana');
    assert.equal(await a, await b);
    assert.equal(firstName(store.peek('/c.csv')), 'Ana');
    assert.equal(store.generation, before + 1);
    assert.equal(firstName(await store.load('/c.csv')), 'Ana');
    assert.equal(calls.length, 1);
  });

  it('drops a load that a change overtook, and loads once more for every caller', async () => {
    const { calls, load } = manualLoader();
    const store = createContactsStore(load);
    const stale = store.load('/c.csv');
    store.invalidate('/c.csv');
    const fresh = store.load('/c.csv');
    assert.equal(calls.length, 1, 'no second load while the first runs');
    calls[0].finish('Old');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(store.peek('/c.csv'), undefined);
    assert.equal(calls.length, 2);
    calls[1].finish('New');
    assert.equal(firstName(await fresh), 'New');
    assert.equal(firstName(await stale), 'New');
    assert.equal(firstName(store.peek('/c.csv')), 'New');
  });

  it('3,000 changes of one file during a load start one more load, not 3,000', async () => {
    const { calls, load } = manualLoader();
    const store = createContactsStore(load);
    const first = store.load('/c.csv');
    // What the server does for each watched-file event: forget the file, then re-check (which loads it).
    const waiting = Array.from({ length: 3000 }, () => {
      store.invalidate('/c.csv');
      return store.load('/c.csv');
    });
    assert.equal(calls.length, 1);
    calls[0].finish('Old');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(calls.length, 2);
    calls[1].finish('New');
    const results = await Promise.all([first, ...waiting]);
    assert.ok(results.every((r) => firstName(r) === 'New'));
    assert.equal(calls.length, 2);
  });
});
