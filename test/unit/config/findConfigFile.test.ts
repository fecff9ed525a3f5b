import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile } from '../../../server/src/config/findConfigFile';

describe('config file: which one a template uses', () => {
  let top: string;
  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'invite-find-config-'));
    mkdirSync(join(top, 'ws/team/sub'), { recursive: true });
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));
  const template = () => join(top, 'ws/team/sub/a.invite');

  it('takes the nearest, from the template folder up to the root', () => {
    writeFileSync(join(top, 'ws/.invite-lint.json'), '{}');
    assert.equal(findConfigFile(template(), join(top, 'ws')), join(top, 'ws/.invite-lint.json'));
    writeFileSync(join(top, 'ws/team/.invite-lint.yaml'), '');
    assert.equal(findConfigFile(template(), join(top, 'ws')), join(top, 'ws/team/.invite-lint.yaml'));
  });

  it('prefers .json, then .jsonc, then .yaml in one folder', () => {
    writeFileSync(join(top, 'ws/team/.invite-lint.yaml'), '');
    writeFileSync(join(top, 'ws/team/.invite-lint.jsonc'), '{}');
    assert.equal(findConfigFile(template(), join(top, 'ws')), join(top, 'ws/team/.invite-lint.jsonc'));
  });

  it('never looks above the root, nor above the template folder when it is outside the root', () => {
    writeFileSync(join(top, '.invite-lint.json'), '{}');
    assert.equal(findConfigFile(template(), join(top, 'ws')), undefined);
    assert.equal(findConfigFile(template(), join(top, 'elsewhere')), undefined);
    assert.equal(findConfigFile(template()), undefined);
  });

  it('does not follow a symbolic link to a config file outside the root', () => {
    writeFileSync(join(top, 'outside.json'), '{ "limit": 1 }');
    symlinkSync(join(top, 'outside.json'), join(top, 'ws/.invite-lint.json'));
    assert.equal(findConfigFile(template(), join(top, 'ws')), undefined);
  });
});
