import { zipSync } from 'fflate';
import JSZip from 'jszip';
import { Prng } from './prng';

/** Real files to start from: an import template (.xlsx) and a small photo. */
export interface SampleFiles {
  xlsx: Buffer;
  png: Buffer;
  jpeg: Buffer;
  /** The template with its sheet's XML replaced by junk. */
  brokenSheetXlsx: Buffer;
}

export interface FilePart {
  field: string;
  filename: string;
  content: Buffer;
  contentType?: string;
}

/** A multipart body, or something sent as one that is not. */
export interface MultipartPayload {
  contentType: string;
  payload: Buffer;
  description: string;
}

const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0x90)]);
const MZ = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 0), Buffer.from('This program cannot be run in DOS mode.')]);
const OLE_XLS = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]);
const PDF_HEADER_ONLY = Buffer.from('%PDF-1.7\n1 0 obj\n<<');

/** Builds the samples that need work: the broken-sheet workbook is the template with junk XML. */
export async function brokenSheetOf(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheet = Object.keys(zip.files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)) ?? 'xl/worksheets/sheet1.xml';
  zip.file(sheet, '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c><c r="ZZZZZ999999999"><v>1</v></c></row></sheetData>');
  zip.file('xl/sharedStrings.xml', '<sst><si><t>&bogus;</t></si>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** File contents an upload must refuse cleanly, each with a name that may lie about it. */
export function badFile(prng: Prng, samples: SampleFiles): { filename: string; content: Buffer } {
  const truncate = (bytes: Buffer) => bytes.subarray(0, prng.int(1, bytes.length - 1));
  const garbage = () => Buffer.from(Array.from({ length: prng.int(1, 4096) }, () => prng.int(0, 255)));
  return prng.pick<() => { filename: string; content: Buffer }>([
    () => ({ filename: prng.pick(['empty.xlsx', 'empty.csv', 'empty.jpg', 'empty']), content: Buffer.alloc(0) }),
    () => ({ filename: prng.pick(['data.xlsx', 'photo.jpg', 'notes.csv', 'doc.pdf']), content: garbage() }),
    () => ({ filename: prng.pick(['台账.xlsx', 'photo.jpg', 'report.pdf', 'list.csv']), content: prng.pick([ELF, MZ]) }),
    () => ({ filename: '台账.xlsx', content: truncate(samples.xlsx) }),
    () => ({ filename: 'photo.jpg', content: truncate(samples.jpeg) }),
    () => ({ filename: 'photo.png', content: truncate(samples.png) }),
    () => ({ filename: '台账.xlsx', content: samples.brokenSheetXlsx }),
    () => ({ filename: '台账.xlsx', content: Buffer.from(zipSync({ 'readme.txt': Buffer.from('not a workbook') })) }),
    () => ({ filename: prng.pick(['old.xls', 'old.xlsx']), content: OLE_XLS }),
    () => ({ filename: 'doc.pdf', content: PDF_HEADER_ONLY }),
    () => ({ filename: 'list.csv', content: Buffer.from('\ufeff') }),
    () => ({ filename: 'list.csv', content: Buffer.from('"unclosed,quote\n1,2,3\n"') }),
    () => ({ filename: 'list.csv', content: Buffer.from(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n1\n`) }),
    () => ({ filename: 'list.csv', content: Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x81, 0x30, 0x81, 0x30, 0x0a, 0xc0, 0xaf]) }),
    () => ({ filename: 'list.csv', content: Buffer.from('组织,姓名,性别\n=cmd|\' /C calc\'!A0,\u0000,@SUM(1+1)\n') }),
    () => ({ filename: 'photo.svg', content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') }),
    () => ({ filename: 'photo.jpg', content: Buffer.concat([samples.png.subarray(0, 16), garbage()]) }),
    // Real content, hostile names.
    () => ({
      filename: prng.pick(['../../../../etc/passwd', '..\\..\\boot.ini', '', '.', 'a\u0000.jpg', '😀'.repeat(300), 'x'.repeat(1000) + '.png', 'con.png', 'a"b;c.png', '\r\nx.png']),
      content: prng.pick([samples.png, samples.jpeg, samples.xlsx]),
    }),
  ])();
}

/** Assembles a multipart body by hand, so that it can be wrong in ways a client library would not allow. */
export function multipartBody(parts: (FilePart | { field: string; value: string })[], boundary = 'fuzzBoundary7MA4YWxkTrZu0gW'): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head =
      'value' in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"; filename="${part.filename.replace(/"/g, '%22')}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), 'value' in part ? Buffer.from(part.value, 'utf8') : part.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** An upload to a route whose file field is `field`: a bad file, or a good one sent wrongly. */
export function badUpload(prng: Prng, field: string, samples: SampleFiles): MultipartPayload {
  const boundary = 'fuzzBoundary7MA4YWxkTrZu0gW';
  const type = `multipart/form-data; boundary=${boundary}`;
  const good = () => ({ field, filename: prng.pick(['台账.xlsx', 'photo.png']), content: prng.pick([samples.xlsx, samples.png]) });
  const kind = prng.weighted({ badFile: 10, wrongField: 2, tooMany: 2, noFile: 1, tooManyFields: 1, brokenFraming: 3, notMultipart: 2, good: 2 });
  switch (kind) {
    case 'badFile': {
      const file = badFile(prng, samples);
      return { contentType: type, payload: multipartBody([{ field, ...file, contentType: prng.pick(['application/octet-stream', 'image/jpeg', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']) }]), description: `bad file ${file.filename} (${file.content.length} bytes)` };
    }
    case 'wrongField':
      return { contentType: type, payload: multipartBody([{ ...good(), field: prng.pick(['upload', 'File', field === 'file' ? 'files' : 'file', '', 'file[]']) }]), description: 'wrong field name' };
    case 'tooMany':
      return { contentType: type, payload: multipartBody(Array.from({ length: prng.pick([2, 11, 30]) }, good)), description: 'too many files' };
    case 'noFile':
      return { contentType: type, payload: multipartBody([{ field, value: 'just text' }]), description: 'a text field, no file' };
    case 'tooManyFields':
      return { contentType: type, payload: multipartBody([...Array.from({ length: 8 }, (_, i) => ({ field: `f${i}`, value: 'x' })), good()]), description: 'many text fields' };
    case 'brokenFraming': {
      const body = multipartBody([good()]);
      return prng.pick<() => MultipartPayload>([
        () => ({ contentType: type, payload: body.subarray(0, prng.int(10, body.length - 5)), description: 'cut short' }),
        () => ({ contentType: 'multipart/form-data; boundary=another', payload: body, description: 'wrong boundary' }),
        () => ({ contentType: 'multipart/form-data', payload: body, description: 'no boundary' }),
        () => ({ contentType: type, payload: Buffer.alloc(0), description: 'empty multipart' }),
        () => ({ contentType: type, payload: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${boundary}--\r\n`), description: 'part without a name' }),
      ])();
    }
    case 'notMultipart':
      return prng.pick<() => MultipartPayload>([
        () => ({ contentType: 'application/json', payload: Buffer.from('{"file":"aGVsbG8="}'), description: 'JSON instead of multipart' }),
        () => ({ contentType: 'application/octet-stream', payload: samples.xlsx, description: 'raw bytes' }),
        () => ({ contentType: 'text/plain', payload: Buffer.from('file=abc'), description: 'text/plain' }),
        () => ({ contentType: 'application/x-www-form-urlencoded', payload: Buffer.from('file=abc'), description: 'urlencoded form' }),
      ])();
    default:
      return { contentType: type, payload: multipartBody([{ ...good(), filename: prng.pick(['台账.xlsx', 'photo.png']) }]), description: 'a real file' };
  }
}
