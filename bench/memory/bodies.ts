/** Hostile bodies for the memory bounds: many tiny elements within the byte limit. */

/** A body of `bytes` bytes (exactly) made of `<a/>` elements inside a pacs.008 Document: the element-count attack. */
export function tinyElementsBody(bytes: number, shape: 'flat' | 'deep' = 'flat'): Buffer {
  const head = '<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>';
  const tail = '</FIToFICstmrCdtTrf></Document>';
  const room = bytes - head.length - tail.length;
  if (shape === 'deep') {
    const depth = Math.floor(room / 7);
    return Buffer.from(head + '<a>'.repeat(depth) + '</a>'.repeat(depth) + ' '.repeat(room - depth * 7) + tail);
  }
  const n = Math.floor(room / 4);
  return Buffer.from(head + '<a/>'.repeat(n) + ' '.repeat(room - n * 4) + tail);
}
