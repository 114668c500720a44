import { inflateSync } from 'node:zlib';

/**
 * The PDF names that make a document act rather than show: scripts (/JavaScript, /JS), starting
 * programs (/Launch), files inside (/EmbeddedFile(s)), Flash and 3D (/RichMedia), XFA forms
 * (which carry scripts), and actions that send data out or open other files (/SubmitForm,
 * /ImportData, /GoToR, /GoToE). A receipt needs none. /OpenAction and /AA alone are left:
 * viewers use them to open at a page or zoom, and one that runs a script names /JavaScript.
 */
const ACTIVE_NAMES = new Set(
  ['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE'].map(
    (name) => name.toLowerCase(),
  ),
);

// PDF 1.7 §7.2.2: white-space and delimiter bytes end a name.
const ENDS_NAME = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const HEX = /^[0-9a-fA-F]{2}$/;

/** Stops a compressed stream from growing without bound (a zip bomb): the most it may inflate to, all streams together. */
const INFLATE_BUDGET_BYTES = 50 * 1024 * 1024;

// Every name token in the bytes, #-escapes decoded ("/J#61vaScript" is /JavaScript).
function* namesIn(bytes: Uint8Array): Generator<string> {
  for (let at = bytes.indexOf(0x2f); at !== -1; at = bytes.indexOf(0x2f, at + 1)) {
    let end = at + 1;
    while (end < bytes.length && !ENDS_NAME.has(bytes[end] ?? 0)) end++;
    if (end === at + 1) continue;
    const raw = Buffer.from(bytes.subarray(at + 1, end)).toString('latin1');
    yield raw.replace(/#(..)/g, (escape, hex: string) => (HEX.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : escape));
    at = end - 1;
  }
}

function activeNameIn(bytes: Uint8Array): string | null {
  for (const name of namesIn(bytes)) if (ACTIVE_NAMES.has(name.toLowerCase())) return `/${name}`;
  return null;
}

// The data of each `stream … endstream`, as it is stored (often Flate-compressed).
function* streamsIn(data: Buffer): Generator<Buffer> {
  for (let at = data.indexOf('stream'); at !== -1; at = data.indexOf('stream', at + 6)) {
    if (data.subarray(at - 3, at).toString('latin1') === 'end') continue;
    let start = at + 6;
    if (data[start] === 0x0d) start++;
    if (data[start] !== 0x0a) continue;
    const end = data.indexOf('endstream', start + 1);
    if (end === -1) return;
    yield data.subarray(start + 1, end);
    at = end + 9;
  }
}

/** What findActivePdfContent says of a stream that inflates past the budget: unchecked, so refused (activePdf words it). */
export const UNCHECKABLE_STREAM = 'uncheckableStream';

/**
 * The first active name of a PDF, decoded ("/J#61vaScript" → "/JavaScript"), UNCHECKABLE_STREAM,
 * or null. The raw bytes are scanned, and so is every stream that inflates as Flate (that is
 * where object streams hide dictionaries since PDF 1.5). Not seen: streams under another
 * filter or a chain of them (ASCIIHex, ASCII85, LZW), encrypted documents, and names built at
 * run time by a script that is itself not named; the download's CSP sandbox and attachment
 * disposition are the second line for those.
 */
export function findActivePdfContent(bytes: Uint8Array): string | null {
  const found = activeNameIn(bytes);
  if (found) return found;
  let budget = INFLATE_BUDGET_BYTES;
  for (const stream of streamsIn(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) {
    let inflated: Buffer;
    try {
      inflated = inflateSync(stream, { maxOutputLength: budget });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return UNCHECKABLE_STREAM;
      continue; // not Flate (a JPEG inside, say): judged by its raw bytes above
    }
    budget -= inflated.byteLength;
    const inside = activeNameIn(inflated);
    if (inside) return inside;
  }
  return null;
}
