// The yaml library, required when the first front matter or vocabulary file is read: its module code
// costs about 4 ms that activating the extension does not need (issue 10).
import type * as Yaml from 'yaml';
import { onFirstUse } from './firstUse';

export const yamlLibrary = onFirstUse('yaml', () => require('yaml') as typeof Yaml);
