import { strFromU8, unzipSync } from 'fflate';
import type { DocxReader } from '../core/ingest';

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text content of an XML element as written: `&amp;`, `&#233;` and `&#xE9;` decoded. */
function decodeXmlText(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (name) return XML_ENTITIES[name.toLowerCase()] ?? whole;
      const code = parseInt(hex ?? dec ?? '', hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** dc:title and dcterms:created from docProps/core.xml (mammoth reads only the body). */
function readCoreProperties(bytes: Uint8Array): { title: string | null; date: string | null } {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' && f.originalSize < 1e6 });
    const xml = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : '';
    const title = decodeXmlText(/<dc:title>([^<]*)<\/dc:title>/.exec(xml)?.[1] ?? '').trim() || null;
    const date = /<dcterms:created[^>]*>(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
    return { title, date };
  } catch {
    return { title: null, date: null }; // mammoth reports a damaged package itself
  }
}

// Word's Title style is not in mammoth's default map; as <h1> it becomes the article's title.
const TITLE_STYLES = ["p[style-name='Title'] => h1:fresh", 'p.Title => h1:fresh'];

/**
 * Converts a .docx to HTML with mammoth, loaded on first use so it never weighs on the first page. Headings
 * and list items come out as <h1>…/<li>, which the HTML reader keeps as paragraphs of their own.
 */
export const readDocx: DocxReader = async (bytes) => {
  const mammoth = (await import('mammoth')).default;
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  try {
    // The browser build reads `arrayBuffer`, the Node build `buffer`: both accept an ArrayBuffer.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, { styleMap: TITLE_STYLES });
    return { ok: true, html: result.value, ...readCoreProperties(bytes) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
};
