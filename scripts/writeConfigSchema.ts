// Writes schemas/invite-lint.schema.json from the config file's zod schema (server/src/config/configSchema.ts).
// `npm run schema`; test/unit/config/configSchema.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configJsonSchema } from '../server/src/config/configJsonSchema';

writeFileSync(resolve(__dirname, '../schemas/invite-lint.schema.json'), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
