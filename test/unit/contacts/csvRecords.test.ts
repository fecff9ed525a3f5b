import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import { readCsvRecords } from '../../../server/src/contacts/csvRecords';

describe('contacts: CSV records', () => {
  it('reads rows with and without quotes as csv-parse does, in order, across batches', () => {
    const rows: string[] = [];
    for (let i = 0; i < 1300; i++) {
      if (i % 7 === 0) rows.push(`"Name ${i}, Jr.",Acme,"said ""hi""\nover two lines"`);
      else if (i % 11 === 0) rows.push(`Name ${i},,`);
      else rows.push(`Name ${i},Company ${i % 13},  spaced value  `);
    }
    const text = `${rows.join('\n')}\n`;
    const records = readCsvRecords(text);
    assert.deepEqual(records.map((r) => r.fields), parse(text, { relax_column_count: true }));
    assert.equal(records[7].line, 9);
  });
});
