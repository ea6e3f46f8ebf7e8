// The JSON Schemas published in schemas/, each generated from its zod type (one entry per file).
// `npm run schemas` writes them; test/unit/schemas.test.ts fails when a committed file is stale.
import * as z from 'zod';
import { frontMatterSchema } from '../parse/frontMatter';
import { overviewReportSchema } from './overviewSchema';
import { dossierSchema } from './dossierSchema';
import { vocabularyFileSchema } from '../vocabulary/vocabularyFile';

export interface SchemaFile {
  /** File name under schemas/. */
  file: string;
  schema: z.ZodType;
  /** 'input' for what users write (validated on read), 'output' for what we produce. */
  io: 'input' | 'output';
}

export const SCHEMA_FILES: SchemaFile[] = [
  { file: 'overview.schema.json', schema: overviewReportSchema(), io: 'output' },
  { file: 'front-matter.schema.json', schema: frontMatterSchema(), io: 'input' },
  { file: 'vocabulary.schema.json', schema: vocabularyFileSchema(), io: 'input' },
  { file: 'dossier.schema.json', schema: dossierSchema(), io: 'output' },
];

export function schemaText({ schema, io }: SchemaFile): string {
  return JSON.stringify(z.toJSONSchema(schema, { io }), null, 2) + '\n';
}
