import * as assert from 'node:assert/strict';
import { RULES } from '../../server/src/core/index';
import { generatedFiles, generatedPackageJson, generatedReadme } from '../../scripts/generate';

describe('generated copies (npm run generate)', () => {
  it('package.json settings and the README rule table are as generated from the rule metadata and the zod schema', () => {
    for (const [name, [current, generated]] of generatedFiles()) assert.equal(current, generated, `${name} drifted: run npm run generate`);
  });

  it('a rule whose description changes changes both copies', () => {
    const [pkg] = generatedFiles().get('package.json')!;
    const [readme] = generatedFiles().get('README.md')!;
    const meta = RULES[0].meta as { description: string };
    const before = meta.description;
    try {
      meta.description = 'Something else entirely.';
      assert.notEqual(generatedPackageJson(pkg), pkg);
      assert.match(generatedReadme(readme), /\| Something else entirely\. \|/);
    } finally {
      meta.description = before;
    }
  });

  it('a setting in the zod schema with no entry in package.json is refused with its name', () => {
    const pkg = JSON.parse(generatedFiles().get('package.json')![0]);
    delete pkg.contributes.configuration.properties['invite.limit'];
    assert.throws(() => generatedPackageJson(JSON.stringify(pkg)), /missing invite\.limit/);
  });
});
