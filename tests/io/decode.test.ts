import fc from 'fast-check';
import { decode, DecodeError, encode, firstInvalidUtf8 } from '../../src/io/decode';

describe('decode', () => {
  it('decodes any valid UTF-8 exactly, with the code units of text beyond ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, bom) => {
        if (text.includes('\u0000')) return;
        const d = decode(Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]));
        expect(d.text).toBe(text);
        expect(d.bom).toBe(bom);
        if (d.units) expect(Array.from(d.units)).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
        else expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('strips and remembers a UTF-8 BOM', () => {
    const d = decode(Buffer.from('\uFEFFhello', 'utf8'));
    expect(d).toEqual({ text: 'hello', bom: true, encoding: 'utf-8' });
    expect(encode(d.text, d)).toEqual(Buffer.from('\uFEFFhello', 'utf8'));
  });

  it('decodes UTF-16 with a BOM and writes it back the same way', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Iraq 😀', 'utf16le')]);
    const d = decode(bytes);
    expect(d.text).toBe('Iraq 😀');
    expect(encode(d.text, d)).toEqual(bytes);
  });

  it('refuses invalid UTF-8 with the byte offset', () => {
    const bytes = Buffer.concat([Buffer.from('abc'), Buffer.from([0xc3, 0x28])]);
    expect(() => decode(bytes)).toThrow(/invalid UTF-8 at byte offset 3/);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
    expect(firstInvalidUtf8(Buffer.from('ok 卡迪米 😀'))).toBe(-1);
  });

  it('treats NUL bytes as binary', () => {
    try {
      decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]));
      throw new Error('no error');
    } catch (err) {
      expect(err).toBeInstanceOf(DecodeError);
      expect((err as DecodeError).reason).toBe('binary');
    }
  });
});
