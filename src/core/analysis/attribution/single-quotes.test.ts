import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../index';
import { singleQuotesAsDouble } from './single-quotes';

const models = await loadAnalysisModels();

/** Each quote of `text` with its speaker's name. */
function quotesOf(text: string): [string, string | null][] {
  return analyzeText(text, models).quotes.map((q) => [
    text.slice(q.start, q.end),
    q.speaker?.canonical ?? null,
  ]);
}

describe('quotations in single marks', () => {
  it('are given to their speakers as double-marked ones are, curly or straight', () => {
    const text =
      "'The pier has been closed since the storm,' said harbourmaster Kieran Doyle. 'We need the money now.'\n\n" +
      'A spokeswoman for the ferry company said in a statement: ‘Sailings will resume on Monday at the earliest.’\n\n' +
      '‘It is a lifeline for the islands,’ Councillor Ruth Ames told the Gazette.';
    expect(quotesOf(text)).toEqual([
      ["'The pier has been closed since the storm,'", 'Kieran Doyle'],
      ["'We need the money now.'", 'Kieran Doyle'],
      ['‘Sailings will resume on Monday at the earliest.’', 'spokeswoman for the ferry company'],
      ['‘It is a lifeline for the islands,’', 'Ruth Ames'],
    ]);
  });

  it('take no apostrophe for a closing mark, and a possessive only when nothing else closes', () => {
    const text =
      '‘The growers’ co-operative can’t survive another season like this,’ said Nadia Fenwick. She called the ' +
      "levy 'a tax on farmers'. It's the third rise since the '90s and the members' patience is thin.";
    expect(quotesOf(text)).toEqual([
      ['‘The growers’ co-operative can’t survive another season like this,’', 'Nadia Fenwick'],
      ["'a tax on farmers'", 'Nadia Fenwick'],
    ]);
  });

  it('close at a plural’s mark when another quotation opens after it', () => {
    const text =
      "The ministry said the raids hit 'military logistics facilities' and that Kyiv must accept 'the facts on the ground'.";
    expect(quotesOf(text).map(([q]) => q)).toEqual([
      "'military logistics facilities'",
      "'the facts on the ground'",
    ]);
  });

  it('run over paragraphs, each opened and only the last closed', () => {
    const text =
      '‘We asked for the bridge to be inspected in March.\n\n‘Nobody came until it cracked,’ said Omar Lindqvist.';
    expect(quotesOf(text)).toEqual([[text.slice(0, text.indexOf(',’') + 2), 'Omar Lindqvist']]);
  });

  it('stay single inside a double-marked quotation, and every offset is kept', () => {
    const nested = '"She told me \'pack a bag and go\' before the water came," said Ines Moreau.';
    expect(singleQuotesAsDouble(nested)).toBe(nested);
    expect(quotesOf(nested)).toEqual([[nested.slice(0, nested.indexOf(',"') + 2), 'Ines Moreau']]);
    const british = '\'They called it a "temporary" closure,\' he said.';
    expect(singleQuotesAsDouble(british)).toBe('“They called it a "temporary" closure,” he said.');
  });
});
