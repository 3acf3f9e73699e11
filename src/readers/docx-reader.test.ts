import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxParagraph, makeDocx } from '../../scripts/format-fixtures';
import { readDocx } from './docx-reader';

const core = (title: string) =>
  strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title></cp:coreProperties>`,
  );

describe('readDocx', () => {
  it('decodes XML entities in the document title (issue #20, case 9)', async () => {
    const docx = makeDocx(docxParagraph('The canal authority published its tariffs on Friday.'), {
      'docProps/core.xml': core('Tolls &amp; fares &lt;2026&gt; at the caf&#233; &#x2014; &quot;draft&quot;'),
    });
    const read = await readDocx(docx);
    expect(read.ok && read.title).toBe('Tolls & fares <2026> at the café — "draft"');
  });
});
