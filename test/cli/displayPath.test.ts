import * as assert from 'node:assert/strict';
import { displayPath } from '../../server/src/cli/files';

describe('cli: paths as shown', () => {
  it('shows a path inside the working directory relative to it, with forward slashes', () => {
    assert.equal(displayPath('/work/notes/a/intro.invite', '/work/notes'), 'a/intro.invite');
  });

  it('climbs out with .. for a path beside the working directory, even one that shares its first letters', () => {
    assert.equal(displayPath('/work/other/intro.invite', '/work/notes'), '../other/intro.invite');
    assert.equal(displayPath('/work/notes-old/intro.invite', '/work/notes'), '../notes-old/intro.invite');
  });

  it('shows the working directory itself, and paths under the root, as they are', () => {
    assert.equal(displayPath('/work/notes', '/work/notes'), '/work/notes');
    assert.equal(displayPath('/intro.invite', '/'), 'intro.invite');
  });
});
