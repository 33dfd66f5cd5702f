/**
 * A request body as text, where a UTF-16 surrogate encoded on its own (the three bytes
 * ED A0..BF 80..BF that WTF-8 and CESU-8 encoders write for a lone surrogate) becomes one U+FFFD.
 * The sender's string had one code unit there; the WHATWG decoder would make three, shifting every
 * offset after it. Other invalid bytes decode as the standard decoder does.
 */
export function decodeBody(bytes: Uint8Array): string {
  let out: Uint8Array | null = null;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xed && bytes[i + 1]! >= 0xa0 && bytes[i + 1]! <= 0xbf && bytes[i + 2]! >= 0x80 && bytes[i + 2]! <= 0xbf) {
      out ??= Uint8Array.from(bytes);
      out[i] = 0xef;
      out[i + 1] = 0xbf;
      out[i + 2] = 0xbd;
      i += 2;
    }
  }
  return new TextDecoder('utf-8').decode(out ?? bytes);
}
