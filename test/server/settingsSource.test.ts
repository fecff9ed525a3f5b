import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver/node';
import { createSettingsSource } from '../../server/src/lsp/settingsSource';

/** A connection whose `workspace/configuration` answers only when the test says so. */
function fakeConnection() {
  const asked: { uri: string; answer: (raw: unknown) => void }[] = [];
  const connection = {
    workspace: {
      getConfiguration: ({ scopeUri }: { scopeUri: string }) => new Promise((resolve) => asked.push({ uri: scopeUri, answer: resolve })),
    },
    window: { showWarningMessage: () => undefined },
  } as unknown as Connection;
  return { connection, asked };
}

const PULL = { workspace: { configuration: true } };

describe('settings source', () => {
  it('asks once for a document whose settings are wanted twice at the same time', async () => {
    const { connection, asked } = fakeConnection();
    const source = createSettingsSource(connection);
    source.init(PULL);
    const both = Promise.all([source.load('file:///a.invite'), source.load('file:///a.invite')]);
    assert.equal(asked.length, 1);
    asked[0].answer({ limit: 200 });
    await both;
    assert.equal(source.current('file:///a.invite').settings.limit, 200);
    await source.load('file:///a.invite');
    assert.equal(asked.length, 1);
  });

  it("changes a document's generation when its own settings arrive, not when another's do", async () => {
    const { connection, asked } = fakeConnection();
    const source = createSettingsSource(connection);
    source.init(PULL);
    const a = source.load('file:///a.invite');
    const before = source.current('file:///a.invite').generation;
    asked[0].answer({});
    await a;
    const loaded = source.current('file:///a.invite').generation;
    assert.notEqual(loaded, before);
    const b = source.load('file:///b.invite');
    asked[1].answer({ limit: 250 });
    await b;
    assert.equal(source.current('file:///a.invite').generation, loaded);
    source.changed({});
    assert.notEqual(source.current('file:///a.invite').generation, loaded);
  });

  it('drops an answer asked for before the settings changed, and asks again', async () => {
    const { connection, asked } = fakeConnection();
    const source = createSettingsSource(connection);
    source.init(PULL);
    const stale = source.load('file:///a.invite');
    source.changed({});
    asked[0].answer({ limit: 111 });
    await stale;
    assert.equal(source.current('file:///a.invite').settings.limit, 300);
    const fresh = source.load('file:///a.invite');
    assert.equal(asked.length, 2);
    asked[1].answer({ limit: 222 });
    await fresh;
    assert.equal(source.current('file:///a.invite').settings.limit, 222);
  });
});
