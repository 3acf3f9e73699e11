import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';
import { newsText } from './test-texts';

const models = await loadAnalysisModels();

/** Who says the sentence starting with `start` of `text`: cue text, kind and the speaker's words and name. */
function sourceOf(text: string, start: string) {
  const at = text.indexOf(start);
  const claim = analyzeText(text, models).claims.find((c) => c.start === at);
  if (!claim) throw new Error(`no claim at "${start}"`);
  return {
    cue: claim.attribution?.text ?? null,
    kind: claim.attribution?.kind ?? null,
    speaker: claim.speaker ? text.slice(claim.speaker.start, claim.speaker.end) : null,
    canonical: claim.speaker?.canonical ?? null,
    hedge: claim.hedge,
  };
}

// Sentences written for issue #15 about other events: each pattern of the first paragraph.
describe('attribution: the patterns of issue 15', () => {
  it('finds a named speaker after a quote, past "of" an institution, with "said in a statement"', () => {
    const text =
      '"The echoes point to a cavity far below the ice," study lead author Odile Farrow of the Polar Acoustics Institute said in a statement.';
    expect(sourceOf(text, '"The echoes')).toMatchObject({
      cue: 'said in a statement',
      kind: 'person',
      speaker: 'Odile Farrow',
    });
  });

  it('takes an outlet that "reported that" as a report', () => {
    const text =
      'Al Karim Daily reported that the refinery would close two units in June. KTVN reported that it would.';
    expect(sourceOf(text, 'KTVN')).toMatchObject({ cue: 'reported', kind: 'report', speaker: 'KTVN' });
  });

  it('gives a joint statement issued by a ministry, with a colon quote, to the ministry as official', () => {
    const text =
      'A joint statement issued by the Ministry of Water Resources and the Delta Authority said: "The sluice gates open at dawn."';
    const analysis = analyzeText(text, models);
    expect(sourceOf(text, 'A joint')).toMatchObject({
      cue: 'said',
      kind: 'official',
      speaker: 'Ministry of Water Resources',
    });
    expect(analysis.quotes[0]?.speaker?.canonical).toBe('Ministry of Water Resources');
  });

  it('finds "…, a senior official said." and "…, according to a government statement."', () => {
    const text =
      'The toll road will reopen to lorries by the weekend, a senior official said. Freight volumes fell 18% in April, according to a government statement.';
    expect(sourceOf(text, 'The toll')).toMatchObject({
      cue: 'said',
      kind: 'official',
      speaker: 'a senior official',
    });
    expect(sourceOf(text, 'Freight')).toMatchObject({
      cue: 'according to',
      kind: 'official',
      speaker: 'a government statement',
    });
  });

  it('does not take the month May for a hedge, nor "may" after a number, nor "will"', () => {
    const text =
      'The canal has been closed to barges through May 2019. The levy rose 4 may be the figure they cite. The pier will reopen on Friday. Repairs may take a year.';
    expect(sourceOf(text, 'The canal').hedge).toBeNull();
    expect(sourceOf(text, 'The levy').hedge).toBeNull();
    expect(sourceOf(text, 'The pier').hedge).toBeNull();
    expect(sourceOf(text, 'Repairs').hedge).toBe('may');
  });

  it('reads "is expected to" as a hedge, and "could" negated as none', () => {
    const text =
      'The regulator is expected to approve the merger next week. Members could no longer absorb the losses. ' +
      'The strike could spread to the ports.';
    expect(sourceOf(text, 'The regulator').hedge).toBe('is expected to');
    expect(sourceOf(text, 'Members').hedge).toBeNull();
    expect(sourceOf(text, 'The strike').hedge).toBe('could');
  });

  it('reads no hedge in a modal of a relative clause or a question, unless that clause holds a figure', () => {
    const text =
      'Police appealed to anyone who may have filmed the crash on Tuesday. ' +
      'The club signed a winger in a deal that could decide its season. ' +
      'The mill signed a contract that could be worth $40m to the town. ' +
      'Officials said that could change by Friday.';
    expect(sourceOf(text, 'Police').hedge).toBeNull();
    expect(sourceOf(text, 'The club').hedge).toBeNull();
    expect(sourceOf(text, 'The mill').hedge).toBe('could');
    expect(sourceOf(text, 'Officials').hedge).toBe('could');
  });

  it('reads "it is believed that" and its kin as a hedge, as "is believed to" is', () => {
    const text =
      'It is believed that the blaze began in a storeroom. It was widely feared that 30 crew were trapped. It is clear that the hull held.';
    expect(sourceOf(text, 'It is believed').hedge).toBe('It is believed that');
    expect(sourceOf(text, 'It was widely').hedge).toBe('It was widely feared that');
    expect(sourceOf(text, 'It is clear').hedge).toBeNull();
  });

  it('finds a body that "says on its website", sources, "it is learnt" and people familiar with the matter', () => {
    const text = [
      'The Lakeside Water Board says on its website that the pipes are lined with lead.',
      'The contractor is believed to have billed for 40 extra days, the sources said.',
      'Three inspectors were moved to other posts, it is learnt.',
      'The merger talks collapsed on Tuesday, people familiar with the matter said.',
    ].join(' ');
    expect(sourceOf(text, 'The Lakeside')).toMatchObject({
      cue: 'says on its website',
      kind: 'organisation',
      speaker: 'Lakeside Water Board',
    });
    expect(sourceOf(text, 'The contractor')).toMatchObject({
      kind: 'anonymous',
      speaker: 'the sources',
      hedge: 'is believed to',
    });
    expect(sourceOf(text, 'Three')).toMatchObject({ cue: 'it is learnt', kind: 'anonymous', speaker: null });
    expect(sourceOf(text, 'The merger')).toMatchObject({
      kind: 'anonymous',
      speaker: 'people familiar with the matter',
    });
  });
});

describe('attribution: more shapes', () => {
  it('resolves "he" and "she" to the last named person of that gender', () => {
    const text =
      'Mr Idris Balogun met Ms Sunniva Hald in Bergen on Monday. He said the quota talks were close to a deal. She said the fleet would not accept it.';
    expect(sourceOf(text, 'He said')).toMatchObject({
      speaker: 'He',
      canonical: 'Idris Balogun',
      kind: 'person',
    });
    expect(sourceOf(text, 'She said')).toMatchObject({ speaker: 'She', canonical: 'Sunniva Hald' });
  });

  it('gives "he said" to the person who spoke in the sentence before, not the last man named there', () => {
    const text =
      'Ravi Menon argued on Monday that Tomas Berg had misread the tax figures. He said revenue would rise by 4%.';
    expect(sourceOf(text, 'He said')).toMatchObject({ speaker: 'He', canonical: 'Ravi Menon' });
    // Without a speaker just before, the last man named.
    const later =
      'Ravi Menon argued on Monday that the tax figures were right. Tomas Berg left the talks early. ' +
      'He said revenue would fall by 4%.';
    expect(sourceOf(later, 'He said')).toMatchObject({ canonical: 'Tomas Berg' });
  });

  it('takes a website or a filing for a report: "according to its website"', () => {
    expect(
      sourceOf('Kestrel Aviation flies to 40 cities, according to its website.', 'Kestrel'),
    ).toMatchObject({
      kind: 'report',
      speaker: 'its website',
    });
  });

  it('gives both halves of a quote split by its cue to the speaker', () => {
    const text = '"We have no more beds," said Marisol Ortega, a nurse at the clinic, "and no more staff."';
    const { quotes } = analyzeText(text, models);
    expect(quotes.map((q) => q.speaker?.canonical)).toEqual(['Marisol Ortega', 'Marisol Ortega']);
  });

  it("gives a speaker's next quote in the paragraph to the speaker, not across paragraphs or another cue", () => {
    const text =
      '"The river rose a metre overnight," said Jonas Vik, who runs the ferry. "We moved the boats at dawn." ' +
      'Mayor Ada Lund said repairs would start soon. "The school stays shut this week."\n\n' +
      '"Roads are open again," said police. "Drive slowly."\n\n"Nobody warned us."';
    const speakers = analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null);
    expect(speakers).toEqual(['Jonas Vik', 'Jonas Vik', 'Ada Lund', 'police', 'police', null]);
  });

  it('reads a quotation over several paragraphs as one, each paragraph opened and only the last closed', () => {
    const curly =
      'The water board answered the complaints on Friday.\n\n' +
      '“The pumping station at Velden failed because a fuse burnt out, not because of neglect.\n\n' +
      '“Crews replaced it within four hours and the supply was back by midnight,” the board said in a statement.';
    const { quotes } = analyzeText(curly, models);
    expect(quotes).toHaveLength(1);
    expect(curly.slice(quotes[0]!.start, quotes[0]!.end)).toMatch(/^“The pumping[^]*midnight,”$/);
    expect(sourceOf(curly, '“The pumping')).toMatchObject({
      cue: 'said in a statement',
      speaker: 'the board',
    });
    const straight =
      'Talks collapsed late on Tuesday. In a short note, Ferrostal said: "The offer on the table was our last.\n' +
      '"We will not return to talks while the strike goes on." Union leaders did not reply.';
    expect(analyzeText(straight, models).quotes.map((q) => q.speaker?.canonical)).toEqual(['Ferrostal']);
    expect(sourceOf(straight, '"We will not').speaker).toBe('Ferrostal');
  });

  it('never resolves the pronoun after a quote to someone named inside it', () => {
    const text =
      'Captain Ivo Brandt left the pitch last. "Sami Laine played the game of his life," he said. ' +
      'He added that "Laine deserves the armband."';
    const { quotes } = analyzeText(text, models);
    expect(quotes.map((q) => q.speaker?.canonical)).toEqual(['Ivo Brandt', 'Ivo Brandt']);
  });

  it('gives a quote to the speaker after it when a title with a full stop precedes the name', () => {
    const text =
      'The vote was close. “We lost by eleven ballots and we will ask for a recount” Mr. Tavita Sefo said.';
    expect(analyzeText(text, models).quotes[0]?.speaker?.canonical).toBe('Tavita Sefo');
  });

  it('gives the words of "the head of X, NAME, told…" to the person named, and leaves an opening adverb out', () => {
    const text =
      'The chair of the Harbour Authority, Teodor Vancea, told reporters the berth would reopen in May. ' +
      'Subsequently a local newspaper reported that two cranes had failed.';
    expect(sourceOf(text, 'The chair')).toMatchObject({ speaker: 'Teodor Vancea', kind: 'person' });
    expect(sourceOf(text, 'Subsequently')).toMatchObject({ speaker: 'a local newspaper', kind: 'report' });
  });

  it('gives "the Minister said" to the person the text gave that title, else to the office', () => {
    const text =
      'Opposition Leader Ruth Mensah-Boateng walked out of the chamber on Tuesday. ' +
      'The Opposition Leader said the budget hid a deficit of 2 billion cedis. ' +
      'The Governor said the reserves were sufficient.';
    expect(sourceOf(text, 'The Opposition Leader')).toMatchObject({
      speaker: 'The Opposition Leader',
      canonical: 'Ruth Mensah-Boateng',
      kind: 'person',
    });
    expect(sourceOf(text, 'The Governor')).toMatchObject({ speaker: 'The Governor', kind: 'official' });
    const aide =
      'The Minister of Roads, Aivar Lepp, was abroad on Monday. ' +
      'In a letter signed by his deputy, Tomas Vekk, the Minister said the bypass would open in June.';
    expect(sourceOf(aide, 'In a letter').canonical).toBe('Aivar Lepp');
    // The title before one name is not the title of a name said after it.
    const court =
      'Circuit Judge Ines Marlow said Delacroix had shown no remorse. The judge said the sentence reflected his age.';
    expect(sourceOf(court, 'The judge').canonical).toBe('Ines Marlow');
  });

  it('gives "the minister said" in lower case to the minister the text named, and to the office when none', () => {
    const text =
      'Energy Minister Halima Osei opened the dam on Friday. Pressed on the cost overruns, the minister said, ' +
      '“Every cedi is accounted for.” The mayor said the town had not been consulted.';
    expect(sourceOf(text, 'Pressed on')).toMatchObject({
      speaker: 'the minister',
      canonical: 'Halima Osei',
      kind: 'person',
    });
    expect(sourceOf(text, 'The mayor')).toMatchObject({ speaker: 'The mayor', kind: 'official' });
  });

  it('never resolves a speaker pronoun to a name in the possessive', () => {
    const text =
      'Union chair Pavel Rusu reminded the board of Marta Ionescu’s promise of a pay rise. ' +
      '“A promise made in March should be kept in June,” he said.';
    expect(analyzeText(text, models).quotes[0]?.speaker?.canonical).toBe('Pavel Rusu');
  });

  it('finds the person after an inverted cue and a lower-case description ("says lead author Dr. Mia Roth")', () => {
    const text =
      '“The mice were dreaming of corridors they had never seen,” says senior study author Dr. Ilse Marquardt, in a university release.';
    expect(analyzeText(text, models).quotes[0]?.speaker?.canonical).toBe('Ilse Marquardt');
  });

  it('never takes a place after "in" for the speaker, and lets a warning from a body speak as the body', () => {
    const text =
      'Alerts from the Coastal Flood Agency sent to phones in Zeeland warned: “Leave the dikes now.” ' +
      'Families living in Zeeland said the sirens came late.';
    expect(sourceOf(text, 'Alerts from')).toMatchObject({ speaker: 'Coastal Flood Agency', kind: 'report' });
    // No noun the rules know heads "Families living in …": better no source than the place.
    expect(sourceOf(text, 'Families').speaker).toBeNull();
  });

  it('never runs a speaker phrase back over punctuation such as a wire credit', () => {
    const text =
      'TIRANA, May 4 (Balkan Wire) -- Albanian minister of energy confirmed Monday that the plant would close.';
    expect(sourceOf(text, 'Albanian')).toMatchObject({
      speaker: 'Albanian minister of energy',
      kind: 'official',
    });
  });

  it('reads curly quotes and a pronoun after them', () => {
    const text =
      'Governor Bente Aasen visited the flooded valley. “The dikes held where we rebuilt them,” she said.';
    const { quotes } = analyzeText(text, models);
    expect(quotes[0]?.speaker?.canonical).toBe('Bente Aasen');
  });

  it('finds the speaker of "X told Y that …" and of a colon quote after "told reporters"', () => {
    const text =
      'Harbour master Ines Castell told reporters that 12 ships were waiting offshore. Castell told reporters: "The queue will clear by Sunday."';
    expect(sourceOf(text, 'Harbour')).toMatchObject({ cue: 'told', kind: 'person', speaker: 'Ines Castell' });
    expect(analyzeText(text, models).quotes[0]?.speaker?.canonical).toBe('Ines Castell');
  });

  it('never takes who was told for the speaker after a quote and an apposition', () => {
    const text =
      '"We will appeal the ruling," the club\'s lawyer, Ruth Adebayo, told reporters outside the court.';
    expect(sourceOf(text, '"We will')).toMatchObject({
      cue: 'told',
      kind: 'person',
      speaker: 'Ruth Adebayo',
    });
  });

  it('makes critics, protesters and economists unnamed sources', () => {
    const text =
      'Critics say the housing plan favours developers. Protesters said 3 people were hurt near the square. Economists said prices would keep rising.';
    for (const start of ['Critics', 'Protesters', 'Economists'])
      expect(sourceOf(text, start)).toMatchObject({ kind: 'anonymous', speaker: start });
  });

  it('reads a present-tense allegation, a charge sheet and a survey by a named body', () => {
    const text =
      'The Harbour Authority alleges that two tugboat firms fixed prices. According to the charge sheet, 14 invoices were forged. According to a survey by the Lakeside Institute, 40% of firms plan to hire.';
    expect(sourceOf(text, 'The Harbour')).toMatchObject({
      cue: 'alleges',
      kind: 'organisation',
      speaker: 'Harbour Authority',
    });
    expect(sourceOf(text, 'According to the charge')).toMatchObject({ kind: 'official' });
    expect(sourceOf(text, 'According to a survey')).toMatchObject({
      kind: 'report',
      speaker: 'Lakeside Institute',
    });
  });

  it('finds an inverted speaker past a title, and no speaker in the subject of what was said', () => {
    const text =
      '"The results are the clearest yet," said Dr. Amara Diallo, who led the study. Governor Ines Varga, on a visit to Tallinn, said Riga was ready to sign.';
    expect(sourceOf(text, '"The results')).toMatchObject({ kind: 'person', speaker: 'Amara Diallo' });
    expect(sourceOf(text, 'Governor')).toMatchObject({ kind: 'person', speaker: 'Ines Varga' });
  });

  it('takes institutions named in the plural and published results as sources', () => {
    const text =
      'Aid agencies say 9,000 families have left the valley. Rights groups said 40 people were detained. Turnout was 61%, according to results published by the electoral board.';
    expect(sourceOf(text, 'Aid')).toMatchObject({ kind: 'organisation', speaker: 'Aid agencies' });
    expect(sourceOf(text, 'Rights')).toMatchObject({ kind: 'organisation', speaker: 'Rights groups' });
    expect(sourceOf(text, 'Turnout')).toMatchObject({ cue: 'according to' });
  });

  it('skips an apposition between the speaker and the cue', () => {
    const text = 'Rafael Mendes, the port authority chief, said cargo volumes had doubled since 2020.';
    expect(sourceOf(text, 'Rafael')).toMatchObject({ cue: 'said', kind: 'person', speaker: 'Rafael Mendes' });
  });

  it('makes a speaker anonymous who speaks on condition of anonymity', () => {
    const text =
      'A defence official, speaking on condition of anonymity, said 300 troops had crossed the river.';
    expect(sourceOf(text, 'A defence')).toMatchObject({ kind: 'anonymous', speaker: 'A defence official' });
  });

  it('takes a company named by what it makes for an organisation, and a lawmaker for no company', () => {
    const text =
      'Battery output at the Zwickau plant will double by 2028, the automaker said on Thursday. ' +
      'Shares of Kestrel Labs rose 6% after the drugmaker said its trial had met its goal. ' +
      'Bus fares will rise 12% next year, a lawmaker said.';
    expect(sourceOf(text, 'Battery')).toMatchObject({ kind: 'organisation', speaker: 'the automaker' });
    expect(sourceOf(text, 'Shares')).toMatchObject({ kind: 'organisation', speaker: 'the drugmaker' });
    expect(sourceOf(text, 'Bus fares').kind).not.toBe('organisation');
  });

  it('resolves "the ministry" and "it" to the organisation named before', () => {
    const text =
      'The Ministry of Rural Development opened 40 clinics last year. The ministry said 12 more would open in March. It said the cost was 3 million.';
    expect(sourceOf(text, 'The ministry')).toMatchObject({
      kind: 'organisation',
      canonical: 'Ministry of Rural Development',
    });
    expect(sourceOf(text, 'It said')).toMatchObject({ canonical: 'Ministry of Rural Development' });
  });

  it('finds "according to" a named organisation and a passive report', () => {
    const text =
      'Wheat stocks dropped to 9 million tonnes, according to the National Grain Board. It was reported that two silos had collapsed.';
    expect(sourceOf(text, 'Wheat')).toMatchObject({
      cue: 'according to',
      kind: 'organisation',
      canonical: 'National Grain Board',
    });
    expect(sourceOf(text, 'It was')).toMatchObject({ kind: 'report', speaker: null });
  });

  it('finds an inverted cue ("…, said the spokesperson") and analysts as anonymous', () => {
    const text =
      'The rail link will cost far more than planned, said a spokesperson for the transport union. Prices could rise again in autumn, analysts said.';
    expect(sourceOf(text, 'The rail')).toMatchObject({
      kind: 'official',
      speaker: 'a spokesperson for the transport union',
    });
    expect(sourceOf(text, 'Prices')).toMatchObject({
      kind: 'anonymous',
      speaker: 'analysts',
      hedge: 'could',
    });
  });

  it('gives a quote to the subject of a narrative verb that ends the sentence before it ("she laughed. "…"")', () => {
    const text =
      'Dr Lena Achterberg runs the lab in Utrecht. Asked whether she would retire, she laughed. "Not while the grants keep coming."';
    const [quote] = analyzeText(text, models).quotes;
    expect(quote?.speaker?.canonical).toBe('Lena Achterberg');
  });

  it('gives a quote to the speaker of a narrative verb learnt from LitBank ("…?" a woman asked)', () => {
    const text = 'Commuters waited at the depot for hours. "Where are the buses?" a woman asked.';
    const [quote] = analyzeText(text, models).quotes;
    expect(quote?.attribution?.text).toBe('asked');
    expect(quote?.speaker?.text).toBe('a woman');
  });

  it('reads past a short form in brackets to the name that speaks', () => {
    const text =
      'The International Rescue Committee (IRC) said its teams in Tigray had run out of fuel on Friday.';
    expect(sourceOf(text, 'The International')).toMatchObject({
      kind: 'organisation',
      speaker: 'International Rescue Committee',
    });
  });

  it('gives a verb of saying joined by "and" the subject of the verb before it', () => {
    const text =
      'Governor Lucía Paredes toured the flooded district and said 1,200 homes would be rebuilt by March. She met farmers and told them the levee would be raised.';
    expect(sourceOf(text, 'Governor')).toMatchObject({ kind: 'person', speaker: 'Lucía Paredes' });
    expect(sourceOf(text, 'She')).toMatchObject({ kind: 'person', canonical: 'Lucía Paredes' });
  });

  it('gives a statement to an authority, an institute or a hospital named by what it is', () => {
    const text =
      'Two berths were closed on Monday, the harbour authority said. The seismic institute said 14 aftershocks followed.';
    expect(sourceOf(text, 'Two berths')).toMatchObject({
      kind: 'organisation',
      speaker: 'the harbour authority',
    });
    expect(sourceOf(text, 'The seismic')).toMatchObject({
      kind: 'organisation',
      speaker: 'The seismic institute',
    });
  });

  it('gives ", saying …" the subject of the clause before it, past a lower-case role, named or not', () => {
    const text =
      'Union leader Mara Quist rejected the offer on Friday, saying wages had fallen by 8% since 2022. The court fined the company, saying it had misled investors.';
    expect(sourceOf(text, 'Union')).toMatchObject({ cue: 'saying', kind: 'person', speaker: 'Mara Quist' });
    // The court says it, not the company it fined.
    expect(sourceOf(text, 'The court')).toMatchObject({ cue: 'saying', speaker: 'The court' });
  });

  it('gives a short quote to the subject whose verb quotes it ("described him as "…"")', () => {
    const text =
      'Head coach Imani Otieno described the new signing as "a leader in the dressing room". The report called the deal "expensive".';
    const [signing, deal] = analyzeText(text, models).quotes;
    expect(signing?.speaker?.text).toBe('Imani Otieno');
    expect(signing?.attribution?.text).toBe('described');
    // A report is no speaker of the words it quotes.
    expect(deal?.speaker).toBeNull();
  });

  it("gives a role with the name beside it to the person named, keeping the role's kind", () => {
    const text =
      'A fire service spokeswoman, Noor Hadid, said two crews were still on site. One witness, Tomas Berg, said the roof fell first.';
    expect(sourceOf(text, 'A fire')).toMatchObject({ kind: 'official', speaker: 'Noor Hadid' });
    expect(sourceOf(text, 'One witness')).toMatchObject({ kind: 'person', speaker: 'Tomas Berg' });
  });

  it('reads what figures, a survey or a study show as a report, a finding by researchers as theirs, one by anyone else as no source', () => {
    const text =
      'Exports fell 4% in May, FAO figures show. A study by the University of Otago found that 30% of rivers were unsafe. Divers found the wreck at dawn.';
    expect(sourceOf(text, 'Exports')).toMatchObject({ kind: 'report', cue: 'show', speaker: 'FAO figures' });
    expect(sourceOf(text, 'A study')).toMatchObject({ kind: 'report', speaker: 'University of Otago' });
    expect(sourceOf(text, 'Divers').kind).toBeNull();
    // Those whose work is finding things out speak through what they found.
    const research =
      'Researchers at the Lund Institute found that 12 of 40 wells held arsenic. Inspectors found the pylons had rusted through.';
    expect(sourceOf(research, 'Researchers')).toMatchObject({
      kind: 'anonymous',
      cue: 'found',
      speaker: 'Researchers at the Lund Institute',
    });
    expect(sourceOf(research, 'Inspectors')).toMatchObject({ kind: 'official', speaker: 'Inspectors' });
    // A participle whose time was cut off stays out of the speaker.
    const dated =
      'A report released on Monday said exports fell. FAO figures published on Friday showed a rise.';
    expect(sourceOf(dated, 'A report').speaker).toBe('A report');
    expect(sourceOf(dated, 'FAO').speaker).toBe('FAO figures');
  });

  it('looks past a relative clause or an apposition between the source and its verb', () => {
    const text = [
      'The Upland Dairy Cooperative (UDC), which supplies 2,300 shops, said milk prices would rise.',
      'The union, which has 14,500 members, said the walkout would go on.',
      'A port official, who spoke on condition of anonymity, said two cranes had failed.',
      'A veteran pilot, who asked not to be named, said the runway lights failed twice.',
      'Economist Tariq Haddad of Oslo-based research firm Nordlys Analyse said rents would fall 3%.',
      'Andersson, the Swedish ball-bearing maker, said it would close two plants.',
    ].join(' ');
    expect(sourceOf(text, 'The Upland')).toMatchObject({
      kind: 'organisation',
      speaker: 'Upland Dairy Cooperative',
    });
    expect(sourceOf(text, 'The union')).toMatchObject({ kind: 'organisation', speaker: 'The union' });
    expect(sourceOf(text, 'A port')).toMatchObject({ kind: 'anonymous', speaker: 'A port official' });
    expect(sourceOf(text, 'A veteran')).toMatchObject({ kind: 'anonymous', speaker: 'A veteran pilot' });
    expect(sourceOf(text, 'Economist')).toMatchObject({ kind: 'person', speaker: 'Tariq Haddad' });
    expect(sourceOf(text, 'Andersson')).toMatchObject({ kind: 'organisation', speaker: 'Andersson' });
  });

  it('finds a body named after what it is, a hearing, and unnamed leaders, authors and hospitals', () => {
    const text = [
      'Grain exports fell 9% in May, according to the national farm agency Agrostat.',
      'Four boats sank, according to local broadcaster Radio Costa Azul.',
      'The jury heard that the accountant had moved 80,000 euros abroad.',
      'Neighbours heard that the mill would close.',
      'Union leaders said the offer fell short.',
      'The authors found that 14 of 60 samples held lead.',
      'Hospitals in the valley say they have 12 beds left.',
    ].join(' ');
    expect(sourceOf(text, 'Grain')).toMatchObject({ kind: 'organisation', speaker: 'Agrostat' });
    expect(sourceOf(text, 'Four')).toMatchObject({ kind: 'organisation', speaker: 'Radio Costa Azul' });
    expect(sourceOf(text, 'The jury')).toMatchObject({ kind: 'official', cue: 'heard', speaker: 'The jury' });
    expect(sourceOf(text, 'Neighbours').kind).toBeNull();
    expect(sourceOf(text, 'Union')).toMatchObject({ kind: 'anonymous', speaker: 'Union leaders' });
    expect(sourceOf(text, 'The authors')).toMatchObject({ kind: 'anonymous', speaker: 'The authors' });
    expect(sourceOf(text, 'Hospitals')).toMatchObject({
      kind: 'organisation',
      speaker: 'Hospitals in the valley',
    });
  });

  it('leaves a dateline out of the claim and out of its speaker', () => {
    const wire =
      'GDANSK, Poland, May 4 (Baltic Wire) - Fishermen on the Vistula Lagoon said catches had halved since March.';
    const claim = analyzeText(wire, models).claims[0]!;
    expect(wire.slice(claim.start, claim.end)).toMatch(/^Fishermen on the Vistula Lagoon said/);
    expect(sourceOf(wire, 'Fishermen')).toMatchObject({
      kind: 'anonymous',
      speaker: 'Fishermen on the Vistula Lagoon',
    });
    const daily =
      'PUNE: The civic body has collected Rs 310 crore in water charges this year, officials said.';
    expect(sourceOf(daily, 'The civic')).toMatchObject({ kind: 'official', speaker: 'officials' });
  });

  it("keeps a clause's verb and its relative pronoun out of an unnamed speaker", () => {
    const text = 'The court struck down the rule, siding with farm lobby groups who argued it was unlawful.';
    expect(sourceOf(text, 'The court').speaker).toBe('farm lobby groups');
  });

  it('names the body behind unnamed speakers, and the organisation named beside a description', () => {
    const text =
      "Analysts at Nordhavn Bank said rates would stay high. A farmers' group, the Cocoa Growers Union, said prices had halved. Three delegates said the vote was close.";
    expect(sourceOf(text, 'Analysts')).toMatchObject({
      kind: 'anonymous',
      speaker: 'Analysts at Nordhavn Bank',
    });
    expect(sourceOf(text, 'A farmers')).toMatchObject({
      kind: 'organisation',
      speaker: 'Cocoa Growers Union',
    });
    expect(sourceOf(text, 'Three')).toMatchObject({ kind: 'anonymous', speaker: 'Three delegates' });
    // An organisation named after a spokesperson's body describes the body: the spokesperson speaks.
    const described = 'Cases rose again, a spokesperson for Gavi, the Vaccine Alliance, said.';
    expect(sourceOf(described, 'Cases')).toMatchObject({
      kind: 'official',
      speaker: 'a spokesperson for Gavi',
    });
  });

  it('gives the claim to a person whose name opens with an accented letter, after a title or as an apposition', () => {
    const text =
      'Judge Inés Quiroga said the contract was void. Judge Ana Ruiz heard the first appeal. ' +
      'The judge, Onésimo Prado, said the ruling would stand.';
    expect(sourceOf(text, 'Judge Inés')).toMatchObject({ kind: 'person', speaker: 'Inés Quiroga' });
    expect(sourceOf(text, 'The judge').speaker).toBe('Onésimo Prado');
  });

  it('takes an officer for an official source', () => {
    const text =
      'Rescuers reached the last of the trapped miners at dawn, a senior fire officer told the local radio. A police officer said the road would stay shut.';
    expect(sourceOf(text, 'Rescuers')).toMatchObject({ kind: 'official', speaker: 'a senior fire officer' });
    expect(sourceOf(text, 'A police')).toMatchObject({ kind: 'official', speaker: 'A police officer' });
  });

  it("ends an unnamed speaker before its own verb when the cue follows 'but' or 'and'", () => {
    const text =
      'Workers at the ferry operator examined the hull and said the crack had been there for years. ' +
      'A spokesman for the harbour board declined to give figures but said traffic was down a third. ' +
      'Residents of the affected villages were interviewed and said the reef was bleaching.';
    expect(sourceOf(text, 'Workers').speaker).toBe('Workers at the ferry operator');
    expect(sourceOf(text, 'A spokesman')).toMatchObject({
      kind: 'official',
      speaker: 'A spokesman for the harbour board',
    });
    // "affected" after "the" describes the villages; "were" is the residents' verb.
    expect(sourceOf(text, 'Residents').speaker).toBe('Residents of the affected villages');
  });

  it('takes the speaker of an inverted cue only from right after it, and knows investigators and a neighbour', () => {
    const text =
      'The owner of the depot, Brakel Freight, said it was cooperating with investigators. The fire started in a storeroom, investigators said. A neighbour told the radio station she had heard an explosion.';
    expect(sourceOf(text, 'The owner').speaker).toBe('Brakel Freight');
    expect(sourceOf(text, 'The fire')).toMatchObject({ kind: 'official', speaker: 'investigators' });
    expect(sourceOf(text, 'A neighbour')).toMatchObject({ kind: 'anonymous', speaker: 'A neighbour' });
  });

  it('does not attribute a passive "was told" or a statement with no source', () => {
    const text = 'The crew was told to leave the vessel by noon. The storm damaged 80 homes in the bay.';
    expect(sourceOf(text, 'The crew').kind).toBeNull();
    expect(sourceOf(text, 'The storm').kind).toBeNull();
  });
});

describe('claim scores', () => {
  it('scores a statement of numbers above a greeting', () => {
    const text =
      'Exports of copper fell by 23% to 1.2 million tonnes last year, the customs office said. We are glad to welcome everyone here tonight.';
    const [fact, greeting] = analyzeText(text, models).claims;
    expect(fact!.score).toBeGreaterThan(greeting!.score);
  });

  it('gives each claim exactly the quotes that overlap it', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const { claims, quotes } = analyzeText(text, models);
        for (const c of claims)
          expect(c.quotes).toEqual(quotes.filter((q) => q.start < c.end && c.start < q.end));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a caveat after a claim', () => {
  it('hedges the claim before it in its paragraph, not one in the paragraph before', () => {
    const text =
      'The rebels said they had shot down two helicopters.\n\nThe army said 14 fighters were captured. ' +
      'The figures could not be independently verified.';
    const hedges = analyzeText(text, models).claims.map((c) => [text.slice(c.start, c.start + 9), c.hedge]);
    expect(hedges.slice(0, 2)).toEqual([
      ['The rebel', null],
      ['The army ', 'could not be independently verified'],
    ]);
  });
});
