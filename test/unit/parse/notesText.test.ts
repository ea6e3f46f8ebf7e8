import { strict as assert } from 'node:assert';
import { decodeNotes, unreadableReason } from '../../../src/core/parse/notesText';

// The CLI and the workspace scan say why a file is skipped with these words: UTF-16 by name, with what to do.
describe('notes text: which bytes are notes, and why the rest is skipped', () => {
  const text = '# Overleg #relatie\n\nWe delen de agenda. #delen\n';
  const utf16le = Buffer.from(text, 'utf16le');

  it('tells UTF-16 (either byte order mark, or none) from binary and from other encodings', () => {
    const kinds = [
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()]),
      utf16le,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]),
      Buffer.from('caf\xe9 #relatie\n', 'latin1'),
    ].map((bytes) => decodeNotes(bytes));
    assert.deepEqual(kinds, [{ unreadable: 'utf16' }, { unreadable: 'utf16' }, { unreadable: 'utf16' }, { unreadable: 'binary' }, { unreadable: 'encoding' }]);
    assert.deepEqual(decodeNotes(Buffer.from(text)), { text });
  });

  it('says why in English and in Dutch: UTF-16 is named, with what to do', () => {
    assert.equal(unreadableReason('utf16', 'en'), 'UTF-16 is not supported; save the file as UTF-8');
    assert.equal(unreadableReason('utf16', 'nl'), 'UTF-16 wordt niet ondersteund; sla het bestand op als UTF-8');
    assert.equal(unreadableReason('binary', 'en'), 'not a text file (it contains NUL bytes)');
    assert.equal(unreadableReason('binary', 'nl'), 'geen tekstbestand (er staan NUL-bytes in)');
    assert.equal(unreadableReason('encoding', 'en'), 'not UTF-8 text (invalid byte sequence)');
    assert.equal(unreadableReason('encoding', 'nl'), 'geen UTF-8-tekst: sla het bestand op als UTF-8');
  });
});
