/**
 * Validates SARIF logs against the SARIF 2.1.0 JSON schema shipped in
 * @microsoft/jest-sarif (draft-04, with URI formats checked). One of its
 * patterns is not valid in unicode mode, hence unicodeRegExp: false.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about `log`, one line each; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
