import { createTextDecoder } from './text-decoder';

/** A file attached to an e-mail, decoded from its transfer encoding. */
export type EmailAttachment = Readonly<{ fileName: string; contentType: string; bytes: Uint8Array }>;

/** What ingest needs from an RFC 822 / MIME message: the header fields, the readable body and attachments. */
export type ParsedEmail = Readonly<{
  subject: string | null;
  /** The sender's display name, or the address when there is no name. */
  from: string | null;
  /** `YYYY-MM-DD` from the Date header, as the sender wrote it (no time-zone shift). */
  date: string | null;
  text: string | null;
  html: string | null;
  attachments: readonly EmailAttachment[];
}>;

type Part = { headers: Map<string, string>; body: string };

/** Bytes → a string with one char per byte, so base64 and quoted-printable decode exactly. */
function toBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function fromBinary(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  try {
    return createTextDecoder(label === 'us-ascii' ? 'utf-8' : label).decode(bytes);
  } catch {
    return createTextDecoder('utf-8').decode(bytes); // an unknown label: UTF-8 is the likeliest truth
  }
}

function splitHead(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  return m
    ? { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) }
    : { head: raw, body: '' };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (m && !headers.has(m[1]!.toLowerCase())) headers.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return headers;
}

/** `text/plain; charset="utf-8"` → type and lower-cased parameter names (RFC 2231 `name*=` included). */
function parseParams(value: string): { value: string; params: Record<string, string> } {
  const [first, ...rest] = value.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const params: Record<string, string> = {};
  for (const p of rest) {
    const m = /^\s*([^=\s]+)\s*=\s*(.*)$/.exec(p);
    if (!m) continue;
    let v = m[2]!.trim().replace(/^"(.*)"$/, '$1');
    const key = m[1]!.toLowerCase();
    if (key.endsWith('*')) {
      const ext = /^([^']*)'[^']*'(.*)$/.exec(v);
      if (ext) v = decodeCharset(fromBinary(decodeURIComponentBinary(ext[2]!)), ext[1] || 'utf-8');
      params[key.slice(0, -1)] = v;
    } else params[key] ??= v;
  }
  return { value: (first ?? '').trim().toLowerCase(), params };
}

function decodeURIComponentBinary(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const ch of clean) {
    value = (value << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/[ \t]+(\r?\n)/g, '$1')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** RFC 2047 encoded words (`=?utf-8?Q?Caf=C3=A9?=`) in a header, and raw UTF-8 (RFC 6532). */
function decodeHeader(value: string | undefined): string | null {
  if (!value) return null;
  const raw = decodeCharset(fromBinary(value), 'utf-8');
  const decoded = raw
    .replace(/(=\?[^?]+\?[bq]\?[^?]*\?=)\s+(?==\?)/gi, '$1')
    .replace(
      /=\?([^?*]+)(?:\*[^?]*)?\?([bq])\?([^?]*)\?=/gi,
      (_, charset: string, enc: string, data: string) => {
        const bytes =
          enc.toLowerCase() === 'b'
            ? decodeBase64(data)
            : fromBinary(decodeQuotedPrintable(data.replace(/_/g, ' ')));
        return decodeCharset(bytes, charset);
      },
    );
  return decoded.replace(/\s+/g, ' ').trim() || null;
}

function decodeBody(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'base64') return decodeBase64(part.body);
  if (encoding === 'quoted-printable') return fromBinary(decodeQuotedPrintable(part.body));
  return fromBinary(part.body);
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  const lines = body.split(/\r?\n/);
  let current: string[] | null = null;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === delimiter || trimmed === `${delimiter}--`) {
      if (current) parts.push(current.join('\r\n'));
      current = trimmed === delimiter ? [] : null;
      if (!current) break;
      continue;
    }
    current?.push(line);
  }
  return parts;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

function parseMailDate(value: string | null): string | null {
  const m = value ? /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(value) : null;
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  if (!m || month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function parseFrom(value: string | null): string | null {
  if (!value) return null;
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(value);
  if (named) return named[1]!.trim() || named[2]!.trim();
  return value.replace(/\(.*?\)/g, '').trim() || null;
}

/**
 * Parses an RFC 822 / MIME e-mail: subject, sender name and date from the headers (encoded words decoded),
 * the first text/plain and text/html bodies (transfer encoding and charset decoded) and every attachment.
 * Returns an error string when the bytes do not look like an e-mail.
 */
export function parseEml(bytes: Uint8Array): ParsedEmail | string {
  const raw = toBinary(bytes);
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  if (!['from', 'subject', 'date', 'content-type', 'message-id'].some((h) => headers.has(h)))
    return 'it has no e-mail headers (From, Subject, Date).';
  let text: string | null = null;
  let html: string | null = null;
  const attachments: EmailAttachment[] = [];
  const visit = (part: Part, depth: number): void => {
    const type = parseParams(part.headers.get('content-type') ?? 'text/plain');
    const disposition = parseParams(part.headers.get('content-disposition') ?? '');
    const fileName = decodeHeader(disposition.params.filename ?? type.params.name);
    if (type.value.startsWith('multipart/') && type.params.boundary && depth < 8) {
      for (const sub of splitMultipart(part.body, type.params.boundary)) {
        const split = splitHead(sub);
        visit({ headers: parseHeaders(split.head), body: split.body }, depth + 1);
      }
      return;
    }
    const isAttachment = disposition.value === 'attachment' || fileName !== null;
    if (!isAttachment && type.value === 'text/plain' && text === null)
      text = decodeCharset(decodeBody(part), type.params.charset);
    else if (!isAttachment && type.value === 'text/html' && html === null)
      html = decodeCharset(decodeBody(part), type.params.charset);
    else if (isAttachment || type.value === 'message/rfc822')
      attachments.push({
        fileName:
          fileName ?? `attachment-${attachments.length + 1}${type.value === 'message/rfc822' ? '.eml' : ''}`,
        contentType: type.value,
        bytes: decodeBody(part),
      });
  };
  visit({ headers, body }, 0);
  return {
    subject: decodeHeader(headers.get('subject')),
    from: parseFrom(decodeHeader(headers.get('from'))),
    date: parseMailDate(headers.get('date') ?? null),
    text,
    html,
    attachments,
  };
}
