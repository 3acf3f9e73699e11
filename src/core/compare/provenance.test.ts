import { describe, expect, it } from 'vitest';
import { traceProvenance } from './provenance';

// A wire copy, a reprint that changes a word or two and adds one line, and an outlet's own reporting.
const WIRE = [
  'Customs officers at the port of Valletta seized 1.2 tonnes of counterfeit cigarettes hidden in a cargo of tiles.',
  'The shipment had arrived from Alexandria on a container vessel on Monday.',
  'Two men were arrested and will appear in court on Wednesday.',
  'Officials said the cigarettes would have cost the treasury about 400,000 euros in duties.',
].join(' ');
const REPRINT = [
  'Customs officers at the port of Valletta seized 1.2 tonnes of fake cigarettes hidden in a cargo of tiles.',
  'The shipment had arrived from Alexandria on a container vessel on Monday.',
  'Two men were arrested and will appear in court on Wednesday.',
  'Officials said the cigarettes would have cost the treasury about 400,000 euros in duties.',
  'It was the largest such seizure in Malta this year.',
].join(' ');
const OWN = [
  'Tiles from Egypt turned out to be cover for contraband when Maltese customs opened a container in Valletta.',
  'A customs source told us the tip-off came from Italian investigators.',
].join(' ');

describe('traceProvenance', () => {
  it('gives each article the share of its sentences copied from an earlier one, and names that one', () => {
    const result = traceProvenance([
      { id: 'reprint', text: REPRINT, date: '2025-06-03' },
      { id: 'own', text: OWN, date: '2025-06-03' },
      { id: 'wire', text: WIRE, date: '2025-06-02' },
    ]);
    expect(result).toEqual([
      { id: 'reprint', share: 0.8, from: 'wire' },
      { id: 'own', share: 0, from: null },
      { id: 'wire', share: 0, from: null },
    ]);
  });
});
