// Generators for the PDF, Word, e-mail and ZIP fixtures the format tests, e2e specs and benchmarks use: every
// binary fixture is rebuilt from these functions, so none is committed that nobody can regenerate.
import { strToU8, zipSync, type Zippable } from 'fflate';

/** One line of text on a PDF page, at (x, y) in points from the bottom-left corner. */
export type PdfLine = Readonly<{ x: number; y: number; text: string; size?: number }>;
export type PdfPageSpec = Readonly<{
  lines: readonly PdfLine[];
  rects?: readonly Readonly<{ x: number; y: number; w: number; h: number }>[];
}>;
export type PdfSpec = Readonly<{
  pages: readonly PdfPageSpec[];
  info?: Readonly<{ title?: string; creationDate?: string }>;
  /** Adds a Standard security handler with a user password, so readers ask for it. */
  encrypt?: boolean;
}>;

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Builds a minimal, valid PDF 1.4 with Helvetica text lines (Tf/Td/Tj), optional rectangles and an Info dictionary. */
export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const info = spec.info ?? {};
  const infoId = add(
    `<< ${info.title ? `/Title ${pdfString(info.title)} ` : ''}${info.creationDate ? `/CreationDate ${pdfString(info.creationDate)} ` : ''}/Producer (format-fixtures) >>`,
  );
  const kids: number[] = [];
  for (const page of spec.pages) {
    const ops = page.lines.map(
      (l) => `BT /F1 ${l.size ?? 10} Tf ${l.x} ${l.y} Td ${pdfString(l.text)} Tj ET`,
    );
    for (const r of page.rects ?? []) ops.push(`0.5 g ${r.x} ${r.y} ${r.w} ${r.h} re f`);
    const stream = ops.join('\n');
    const contentId = add(
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encryptRef = '';
  if (spec.encrypt) {
    const hex = 'a1'.repeat(32);
    const id = add(`<< /Filter /Standard /V 1 /R 2 /O <${hex}> /U <${'b2'.repeat(32)}> /P -44 >>`);
    encryptRef = ` /Encrypt ${id} 0 R /ID [<${'c3'.repeat(16)}> <${'c3'.repeat(16)}>]`;
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Wraps text into lines of at most `width` characters, hyphenating a long word that would leave a gap. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const room = width - line.length - (line ? 1 : 0);
    if (word.length <= room) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    if (word.length >= 9 && room >= 5 && /^[a-z]+$/.test(word)) {
      const cut = room - 1;
      lines.push(`${line} ${word.slice(0, cut)}-`.trim());
      line = word.slice(cut);
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

export type ColumnPdfOptions = Readonly<{
  title: string;
  paragraphs: readonly string[];
  header?: string;
  /** Page-number style at the foot of each page. */
  pageNumbers?: 'bare' | 'page-of';
  info?: PdfSpec['info'];
  columnWidth?: number;
  linesPerColumn?: number;
}>;

/**
 * Lays paragraphs out the way a newspaper PDF does: a title across the top of page one, two columns per
 * page, a running header and a page number on every page, a blank line between paragraphs.
 */
export function makeColumnPdf(opts: ColumnPdfOptions): Uint8Array {
  const width = opts.columnWidth ?? 46;
  const perColumn = opts.linesPerColumn ?? 52;
  const rows: string[] = [];
  for (const p of opts.paragraphs) rows.push(...wrapText(p, width), '');
  const pages: PdfLine[][] = [];
  let page: PdfLine[] = [];
  let column = 0;
  let row = 0;
  const top = (pageIndex: number): number => (pageIndex === 0 ? 680 : 720);
  const finishPage = (): void => {
    pages.push(page);
    page = [];
    column = 0;
    row = 0;
  };
  page.push({ x: 56, y: 730, text: opts.title, size: 18 });
  for (const text of rows) {
    if (row === 0 && text === '') continue;
    if (text) page.push({ x: column === 0 ? 56 : 320, y: top(pages.length) - row * 12, text });
    row++;
    if (row >= perColumn - (pages.length === 0 ? 4 : 0)) {
      row = 0;
      column++;
      if (column === 2) finishPage();
    }
  }
  if (page.length > 0) finishPage();
  const total = pages.length;
  return makePdf({
    info: opts.info,
    pages: pages.map((lines, i) => ({
      lines: [
        ...(opts.header ? [{ x: 56, y: 760, text: opts.header, size: 8 }] : []),
        ...lines,
        ...(opts.pageNumbers
          ? [
              {
                x: 300,
                y: 40,
                size: 8,
                text: opts.pageNumbers === 'bare' ? String(i + 1) : `Page ${i + 1} of ${total}`,
              },
            ]
          : []),
      ],
    })),
  });
}

/** Builds a .docx (Office Open XML) from body XML paragraphs: the minimum parts Word and mammoth need. */
export function makeDocx(bodyXml: string, extra: Zippable = {}): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>`,
    ),
    ...extra,
  });
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Word paragraph; `style` is a built-in style id such as Heading1 or Title. */
export function docxParagraph(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
}

/** Wraps base64 at 76 characters as MIME requires. */
function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

export type EmlOptions = Readonly<{
  subject: string;
  from: string;
  date: string;
  /** Plain-text body, sent quoted-printable. */
  text?: string;
  html?: string;
  attachments?: readonly Readonly<{ name: string; type: string; bytes: Uint8Array }>[];
}>;

/** Quoted-printable encoding of UTF-8 text (soft line breaks at 76 characters). */
export function encodeQuotedPrintable(text: string): string {
  const bytes = Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8');
  let out = '';
  let lineLength = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      out += '\r\n';
      lineLength = 0;
      i++;
      continue;
    }
    const piece =
      (b >= 33 && b <= 126 && b !== 61) || b === 32
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (lineLength + piece.length > 75) {
      out += '=\r\n';
      lineLength = 0;
    }
    out += piece;
    lineLength += piece.length;
  }
  return out;
}

/** Builds a MIME e-mail: multipart/mixed with a text (and/or HTML) body and base64 attachments. */
export function makeEml(opts: EmlOptions): Uint8Array {
  const boundary = '=_fixture_boundary_42';
  const alt = '=_fixture_alt_7';
  const head = [
    `From: ${opts.from}`,
    'To: desk@example.org',
    `Subject: ${opts.subject}`,
    `Date: ${opts.date}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
  ];
  const parts: string[] = [];
  const bodies: string[] = [];
  if (opts.text !== undefined)
    bodies.push(
      `Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${encodeQuotedPrintable(opts.text)}`,
    );
  if (opts.html !== undefined)
    bodies.push(
      `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(opts.html, 'utf8'))}`,
    );
  parts.push(
    bodies.length === 1
      ? bodies[0]!
      : `Content-Type: multipart/alternative; boundary="${alt}"\r\n\r\n${bodies.map((b) => `--${alt}\r\n${b}\r\n`).join('')}--${alt}--`,
  );
  for (const a of opts.attachments ?? [])
    parts.push(
      `Content-Type: ${a.type}; name="${a.name}"\r\nContent-Disposition: attachment; filename="${a.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(a.bytes)}`,
    );
  const body = parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`;
  return new Uint8Array(Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`, 'utf8'));
}

/** Zips files given as name → text or bytes (deflated). */
export function makeZip(files: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files))
    entries[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(entries, { level: 6 });
}

/**
 * A ZIP whose central directory declares entries far larger than their bytes: a zip bomb's signature,
 * built without allocating what it claims.
 */
export function makeZipBomb(declaredBytesPerEntry: number, entries: number): Uint8Array {
  const zip = makeZip(
    Object.fromEntries(Array.from({ length: entries }, (_, i) => [`bomb/${i}.txt`, 'x'.repeat(200)])),
  );
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, declaredBytesPerEntry, true);
  }
  return zip;
}

/** Renames one entry in a built ZIP in place (central and local headers) to any name of the same length. */
export function renameZipEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const out = zip.slice();
  const needle = Buffer.from(from, 'utf8');
  const replacement = Buffer.from(to, 'utf8');
  const buf = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  for (let i = buf.indexOf(needle); i !== -1; i = buf.indexOf(needle, i + 1)) replacement.copy(buf, i);
  return out;
}
