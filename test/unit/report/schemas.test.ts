import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SCHEMA_FILES, schemaText } from '../../../src/core/report/schemas';

const SCHEMAS = path.resolve(__dirname, '../../../../schemas');

describe('published JSON Schemas', () => {
  for (const entry of SCHEMA_FILES) {
    it(`schemas/${entry.file} is generated from the current zod type (else run npm run schemas)`, () => {
      assert.equal(fs.readFileSync(path.join(SCHEMAS, entry.file), 'utf8'), schemaText(entry));
    });
  }

  it('the overview schema requires every condition x phase key', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'overview.schema.json'), 'utf8'));
    assert.deepEqual(schema.$defs.Matrix.required, ['ambition', 'interests', 'relationship', 'organisation', 'process', 'none']);
    assert.deepEqual(schema.$defs.PhaseCounts.required, ['explore', 'share', 'agree', 'shape', 'execute', 'none']);
    assert.deepEqual(schema.$defs.ThermometerLevel.enum, ['friendly', 'watchful', 'disagreement', 'conflict']);
  });
});
