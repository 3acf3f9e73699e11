import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../index';

const models = await loadAnalysisModels();

/** The speaker's words and kind of each claim of `text` that has a source. */
const sources = (text: string) =>
  analyzeText(text, models).claims.flatMap((c) =>
    c.speaker ? [[text.slice(c.speaker.start, c.speaker.end), c.attribution?.kind]] : [],
  );

describe('fragments quoted inside reported speech', () => {
  it('are the words of the speaker whose cue comes before them in the sentence', () => {
    const text =
      'Coastguard officials said the search had been scaled back overnight but remained "an active rescue operation".\n\n' +
      'A hospital spokeswoman said two of the crew were in a stable condition and were "lucky to be alive".';
    expect(analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual([
      'coastguard officials',
      'hospital spokeswoman',
    ]);
  });

  it('are the words of whoever cites figures, over a second fragment after "but admitted"', () => {
    const text =
      'Schools minister Alan Brigg said the figures showed reading was "back on track", but admitted there was ' +
      '"more to do in maths".';
    expect(analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual([
      'Alan Brigg',
      'Alan Brigg',
    ]);
  });

  it('are nobody’s when the cue before them is in another sentence', () => {
    const text =
      'The harbour board said the port would close for a week. Crews called the ban "a blow to every family here".';
    expect(analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual([null]);
  });
});

describe('speakers known by what they do', () => {
  it('are unnamed sources when no list holds their noun, and a name beside them speaks', () => {
    expect(
      sources(
        'The quarry supervisor said blasting would stop for a month. A local beekeeper told the council the ' +
          'hives had collapsed. The letter said the school would close. Her distributor, Pellam Foods, said ' +
          'orders had doubled.',
      ),
    ).toEqual([
      ['The quarry supervisor', 'anonymous'],
      ['A local beekeeper', 'anonymous'],
      ['Pellam Foods', 'organisation'],
    ]);
  });
});

describe('a speaker after the cue', () => {
  it('is the person after where they work and what they are, not the place or the body', () => {
    const text =
      '"The river crested overnight," said Fargo Fire Chief Dale Lindgren at a briefing. ' +
      '"Margins will shrink," said Nordbank analyst Priya Raman. "We are hiring," said Velco, and Ana Ruiz agreed.';
    expect(analyzeText(text, models).quotes.map((q) => [q.speaker?.canonical, q.attribution?.kind])).toEqual([
      ['Dale Lindgren', 'person'],
      ['Priya Raman', 'person'],
      ['Velco', 'organisation'],
    ]);
  });
});

describe('more wordings of who says it', () => {
  /** The source of the claim opening with `start`: speaker's words, kind and the hedge. */
  function sourceOf(text: string, start: string) {
    const at = text.indexOf(start);
    const c = analyzeText(text, models).claims.find((x) => x.start === at)!;
    return [
      c.speaker ? text.slice(c.speaker.start, c.speaker.end) : null,
      c.attribution?.kind ?? null,
      c.hedge,
    ];
  }

  it('reads a body of a place, sources privy to a matter, a participle after its clause, a rumour', () => {
    const text =
      'Nine people drowned, according to the Sindh irrigation department. ' +
      'Tariffs will rise in July, sources privy to the talks said. ' +
      'The coach defended the decision, insisting the ball had crossed the line. ' +
      'Velmar Rovers are said to be preparing a bid, with Dunmore Athletic said to be interested.';
    expect(sourceOf(text, 'Nine')).toEqual(['Sindh irrigation department', 'organisation', null]);
    expect(sourceOf(text, 'Tariffs')).toEqual(['sources privy to the talks', 'anonymous', null]);
    expect(sourceOf(text, 'The coach')).toEqual(['The coach', 'anonymous', null]);
    expect(sourceOf(text, 'Velmar')).toEqual([null, null, 'are said to']);
  });

  it('takes "warning" or "claiming" for a cue only after its clause’s comma', () => {
    const text = 'He caught the ball on the warning track and left the field claiming the match ball.';
    expect(sourceOf(text, 'He')).toEqual([null, null, null]);
  });
});

describe('"he" and "she" after someone unnamed spoke', () => {
  it('stand for that someone, over a quote of several sentences, not for a person named before', () => {
    const text =
      'Sergeant Lena Marsh said the car was found burnt out. A cashier, who asked not to be named, told the ' +
      'Courier that two men had run in. "They had bats. I hid under the counter," she said.';
    const [quote] = analyzeText(text, models).quotes;
    expect([quote?.speaker?.canonical, quote?.attribution?.kind]).toEqual(['cashier', 'anonymous']);
  });
});

describe('the person among the words before the cue', () => {
  /** The speaker's words and kind for the claim opening with `start`. */
  function speakerOf(text: string, start: string) {
    const at = text.indexOf(start);
    const c = analyzeText(text, models).claims.find((x) => x.start === at)!;
    return c.speaker ? [text.slice(c.speaker.start, c.speaker.end), c.attribution?.kind] : null;
  }

  it('is found past a party, an office, a role at a company and a body’s name with "leader"', () => {
    const text =
      'Local Green Party councillor Ines Varga opposed the plan, saying it would flood the valley. ' +
      'Paulo Reis, founder of delivery start-up Rapido, which employs 60 people, said he would apply. ' +
      'Friends of the Harbour leader Tomas Lind said the vote was rigged. ' +
      'A spokeswoman for the mayor, Ana Ruiz, said the council’s failure was "unacceptable". ' +
      'The fund, announced by the treasury last month, will pay for ten schools.';
    expect(speakerOf(text, 'Local')).toEqual(['Ines Varga', 'person']);
    expect(speakerOf(text, 'Paulo')).toEqual(['Paulo Reis', 'person']);
    expect(speakerOf(text, 'Friends')).toEqual(['Tomas Lind', 'person']);
    // "the council’s failure" is what she spoke of.
    expect(speakerOf(text, 'A spokeswoman')?.[0]).not.toBe('the council');
    // A participle before "by" is the passive, not the treasury speaking.
    expect(speakerOf(text, 'The fund')).toBeNull();
  });
});

describe('what a source believes', () => {
  it('is attributed to the source and hedged; a faith is neither', () => {
    const text = 'Firefighters believe the blaze began in a storeroom. Many believe in luck.';
    const claims = analyzeText(text, models).claims.map((c) => [
      c.speaker ? text.slice(c.speaker.start, c.speaker.end) : null,
      c.hedge,
    ]);
    expect(claims).toEqual([
      ['Firefighters', 'believe'],
      [null, null],
    ]);
  });
});

describe('sources as wire copy names them', () => {
  /** The speaker's words and kind for the claim opening with `start`. */
  function sourceOf(text: string, start: string) {
    const at = text.indexOf(start);
    const c = analyzeText(text, models).claims.find((x) => x.start === at)!;
    return c.speaker ? [text.slice(c.speaker.start, c.speaker.end), c.attribution?.kind] : null;
  }

  it('reads forces, trusts and think tanks, data compiled by someone, aides and titled names in apposition', () => {
    const text =
      'Forty drones were shot down overnight, the country’s air force said. ' +
      'Some 90 beds were blocked, the hospital trust said. ' +
      'Rents rose 4 per cent, according to data compiled by Halvard Analytics. ' +
      'An aide close to the governor said the budget would slip. ' +
      'The head of the port authority, Capt. Ruth Mendes, announced new fees. ' +
      'The probe landed safely, engineers in Toulouse, France, confirmed on Friday.';
    expect(sourceOf(text, 'Forty')).toEqual(['the country’s air force', 'organisation']);
    expect(sourceOf(text, 'Some 90')).toEqual(['the hospital trust', 'organisation']);
    expect(sourceOf(text, 'Rents')).toEqual([expect.stringContaining('Halvard Analytics'), 'report']);
    expect(sourceOf(text, 'An aide')).toEqual(['An aide close to the governor', 'anonymous']);
    // As "The judge, Inés Rojas, said": the holder of an office speaks officially.
    expect(sourceOf(text, 'The head')).toEqual(['Ruth Mendes', 'official']);
    // The country after a town the engineers are in is where, not who.
    expect(sourceOf(text, 'The probe')?.[0]).not.toBe('France');
  });

  it('gives ", telling …" to the subject of the clause before it', () => {
    const text = 'Senator Ada Blum attacked the bill, telling reporters it would "gut the coastal fund".';
    const [quote] = analyzeText(text, models).quotes;
    expect(quote?.speaker?.canonical).toBe('Ada Blum');
  });
});

describe('"it said"', () => {
  it('stands for the organisation that spoke a few sentences before, named or not', () => {
    const text =
      'Norvale Corp said revenue rose to $2.1 billion. It relies on Halden Cloud for hosting. ' +
      'The cuts will cost $40 million, it said in a filing.\n\n' +
      'The Interior Ministry said 40 people were arrested. Police fired tear gas. It said the protests were illegal.';
    const speakers = analyzeText(text, models).claims.flatMap((c) =>
      c.speaker
        ? [[text.slice(c.speaker.start, c.speaker.end), c.speaker.canonical, c.attribution?.kind]]
        : [],
    );
    expect(speakers).toEqual([
      ['Norvale Corp', 'Norvale Corp', 'organisation'],
      ['it', 'Norvale Corp', 'organisation'],
      ['The Interior Ministry', 'interior ministry', 'organisation'],
      ['It', 'interior ministry', 'organisation'],
    ]);
  });
});

describe('a speaker inside a body, or before a clause', () => {
  it('is the person or the someone who works there, not the body named after "of" or "at"', () => {
    expect(
      sources(
        'Councillor Ines Bakker of the Harbour Residents group said the plan ignored tenants. A senior ' +
          'buyer at a Lisbon-based fish wholesaler said prices had doubled to 40 euros a box.',
      ),
    ).toEqual([
      ['Ines Bakker', 'person'],
      ['A senior buyer at a Lisbon-based fish wholesaler', 'anonymous'],
    ]);
  });

  it('is the person before the cue when a pronoun and its verb follow it, and "he" stands for that someone', () => {
    const text =
      'Oskar Lind, who runs three ferries on the lake, said he employs nine people in summer. A senior ' +
      'engineer at a Gdansk shipyard said the hull had cracked. "Nobody saw it coming," he said. "We were ' +
      'lucky," said one former driver, who asked not to be named.';
    expect(sources(text)).toEqual([
      ['Oskar Lind', 'person'],
      ['A senior engineer at a Gdansk shipyard', 'anonymous'],
      ['he', 'anonymous'],
      ['one former driver', 'anonymous'],
    ]);
    expect(analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual([
      'senior engineer at a gdansk shipyard',
      'former driver',
    ]);
  });
});

describe('a title with its portfolio before a name', () => {
  it('is the name’s: the holder speaks, as after "Health Minister"', () => {
    expect(
      sources(
        'Minister for Fisheries Roisin Keane said 14 trawlers had been seized. Transport Minister Ivo Salo ' +
          'said 200 buses were on order.',
      ),
    ).toEqual([
      ['Roisin Keane', 'person'],
      ['Ivo Salo', 'person'],
    ]);
  });
});

describe('people known by their trade, and a memo seen by someone', () => {
  it('speak, before or after the cue', () => {
    expect(
      sources(
        'Letting agents said rents rose 9% in a year. Tanker rates doubled to $80,000 a day, according to ' +
          'brokers in Oslo. The insurer lost $2 billion, according to a memo seen by The Ledger.',
      ),
    ).toEqual([
      ['Letting agents', 'anonymous'],
      ['brokers in Oslo', 'anonymous'],
      ['a memo seen by The Ledger', 'report'],
    ]);
  });
});

describe('a subject set off by commas before the verb, and two subjects', () => {
  it('speaks, though a noun and a quoted fragment follow the verb', () => {
    expect(
      sources(
        'Ines Ferreira, who runs a bakery on the square, said the council "let us down". ' +
          'Kofi Mensah, 52, who has farmed near the river for three decades, said he had "never seen it this dry". ' +
          'Her daughter, Ruth Adler, who took over the firm in 2010, said her mother "hated waste".',
      ),
    ).toEqual([
      ['Ines Ferreira', 'person'],
      ['Kofi Mensah', 'person'],
      ['Ruth Adler', 'person'],
    ]);
    // An inverted cue still finds its speaker after it.
    expect(sources('Prices will rise, the mayor warned, said Tomas Berg.')).toEqual([
      ['Tomas Berg', 'person'],
    ]);
    // Descriptions naming a body, or with a comma of their own, between the person and the verb.
    expect(
      sources(
        'Mr Colm Brady, who chairs the Harbour Users Forum, a group of ferry operators, said the delay was ' +
          '"avoidable". Dr Lena Ortiz of the Institute for Coastal and Marine Research, known by its initials ' +
          'ICMR, said the reef had "bounced back".',
      ),
    ).toEqual([
      ['Colm Brady', 'person'],
      ['Lena Ortiz', 'person'],
    ]);
  });

  it('gives a statement by two names joined by "and" to both, and one by the head of a body to that head', () => {
    expect(
      sources(
        'Hungary and Poland said they would block the budget. Finance ministers Ana Ruiz and Tomas Berg said the ' +
          'talks were close. "It is over," said the head of the dockers\' union. The former leader of the Kestrel ' +
          'Party, veteran campaigner Jonas Pell, said the vote was lost.',
      ),
    ).toEqual([
      ['Hungary and Poland', 'organisation'],
      ['Ana Ruiz and Tomas Berg', 'person'],
      ["the head of the dockers' union", 'official'],
      ['Jonas Pell', 'person'],
    ]);
  });
});

describe('an unnamed subject before ", saying", and a prefecture', () => {
  it('speak', () => {
    expect(
      sources(
        'A spokesperson for the electoral board rejected the charge, saying the count was fair. Twenty people ' +
          'were held overnight, the prefecture said.',
      ),
    ).toEqual([
      ['A spokesperson for the electoral board', 'official'],
      ['the prefecture', 'organisation'],
    ]);
  });
});

describe('a titled speaker and the quote after, a time word before the verb, and parties to a case', () => {
  it('keep "a spokesperson" apart from the spokesperson named before', () => {
    expect(
      sources(
        "The Greens' transport spokesperson Aoife Brennan said fares were too high. A spokesperson for the " +
          'Department of Transport said it would not comment.',
      ),
    ).toEqual([
      ['Aoife Brennan', 'person'],
      ['A spokesperson for the Department of Transport', 'official'],
    ]);
  });

  it('give the next quote to a speaker with a title after an inverted cue, and speak past "yesterday"', () => {
    const text =
      '"The numbers held up," said Dr. Ravi Menon, a cardiologist at a Leeds hospital. "The effect came early." ' +
      'Councillor Chen Wei yesterday said the plan was "a waste". The plaintiffs said the layoffs were unlawful.';
    expect(analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual([
      'Ravi Menon',
      'Ravi Menon',
      'Chen Wei',
    ]);
    expect(sources(text).at(-1)).toEqual(['The plaintiffs', 'anonymous']);
  });
});

describe('an unnamed source with where they are, who asked not to be named', () => {
  it('speaks anonymously', () => {
    expect(
      sources('A ferry captain in Stornoway, who asked not to be named, said crossings were cut.'),
    ).toEqual([['A ferry captain in Stornoway', 'anonymous']]);
  });
});

describe('two speakers in one sentence', () => {
  it('gives a quote and the sentence to the first, not to the one in a "while" or "but" clause', () => {
    const text =
      'Ines Vale said the yard could build "whatever the navy needs", while Omar Haddad stressed that costs ' +
      'were rising. Vale called the tender "rushed", but Haddad said it was fair.';
    expect(analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual([
      'Ines Vale',
      'Ines Vale',
    ]);
    expect(sources(text)[0]).toEqual(['Ines Vale', 'person']);
  });
});

describe('a body through its data, an estimate, riders and a syndicate', () => {
  it('speak', () => {
    expect(
      sources(
        'Data from the Office of Transport Statistics (OTS) show fares rose 40%. The Marine Trades Council ' +
          'estimates that yards are short of 9,000 welders. Bus riders in Kano said fares doubled. The ' +
          'syndicate said members could only buy half the flour.',
      ),
    ).toEqual([
      ['Office of Transport Statistics', 'report'],
      ['Marine Trades Council', 'organisation'],
      ['Bus riders in Kano', 'anonymous'],
      ['The syndicate', 'organisation'],
    ]);
    const { claims } = analyzeText('The syndicate said members could only buy half the flour.', models);
    expect(claims[0]!.hedge).toBeNull();
  });
});

describe('a cue inside a relative clause', () => {
  it('gives the sentence no source, and still gives a quote in it to the speaker there', () => {
    const text =
      'The agency is reviewing the grant rules, which critics say are far too slow. The mayor has promised ' +
      'a new depot by 2028, a date that engineers say is optimistic.';
    expect(sources(text)).toEqual([]);
    const quoted = 'The board kept the grant rules, which critics say are "far too slow".';
    expect(analyzeText(quoted, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual(['critics']);
  });
});

describe('an unnamed someone described by a nationality or by a relative clause without commas', () => {
  it('speaks', () => {
    const text =
      '"Nobody here wants a second round," said one Dutch diplomat after the vote.\n\n' +
      'A nurse who treated the injured said the ward ran out of beds by midnight.';
    expect(sources(text)).toEqual([
      ['one Dutch diplomat', 'anonymous'],
      ['A nurse', 'anonymous'],
    ]);
  });
});

describe('a newsroom that understands or has learned', () => {
  it('reports what follows "that" or what the sentence before it says; knowing something else reports nothing', () => {
    const text =
      'The council will sell the depot to a developer, Harbour FM understands.\n\n' +
      'The Courier has learned that the depot was valued at half the price.\n\n' +
      'She understands the depot well. Drivers learned to park elsewhere.';
    expect(sources(text)).toEqual([
      ['Harbour FM', 'report'],
      ['Courier', 'report'],
    ]);
  });
});

describe('a speaker written as some outlets write names', () => {
  it('is the person the text named: an Arabic family name in lower case, letters after the name, "dr.", a given name alone, a team before the role', () => {
    const text =
      'Trade minister Nadia al-Amin opened the fair on Friday. "Exports are up for a third year," al-Amin said.\n\n' +
      'Senior counsel Priya Raman SC said the contract "was never signed".\n\n' +
      '"We have no more beds," said clinic head dr. Wulan Sari after the floods.\n\n' +
      'Col. Budi Santoso toured the camp. "The roads open tomorrow," Budi said.\n\n' +
      '"We played like a team at last," said Rovers captain Tom Ekdahl.';
    expect(analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual([
      'Nadia al-Amin',
      'Priya Raman',
      'Wulan Sari',
      'Budi Santoso',
      'Tom Ekdahl',
    ]);
  });
});

describe('"the company", "the agency", "the union"', () => {
  it('speak as the company, agency or union the text named last, by what its name says it is', () => {
    const text =
      'Harbourline Freight Ltd cut 200 jobs on Monday. The company said fuel costs had doubled.\n\n' +
      'The National Roads Administration closed the bridge. The agency said repairs would take a month.\n\n' +
      'The Coastal Nurses Association called a strike. The union said pay had fallen behind.\n\n' +
      'A company said it would bid for the contract.';
    expect(analyzeText(text, models).claims.map((c) => c.speaker?.canonical ?? null)).toEqual([
      null,
      'Harbourline Freight Ltd',
      null,
      'National Roads Administration',
      null,
      'Coastal Nurses Association',
      'company',
    ]);
  });
});

describe('a speaker with an adverb before the verb, and an accusation, a description or a call after a comma', () => {
  it('speaks, and the words quoted after the participle are the speaker’s', () => {
    const text =
      'The ministry has repeatedly rejected the figures, describing them as "pure invention".\n\n' +
      'Local fishermen have long maintained that the quota was set too low.\n\n' +
      'Senator Ines Vidal went further, accusing the port authority of "years of neglect".\n\n' +
      'Residents urged the council to reopen the library.';
    expect(sources(text)).toEqual([
      ['The ministry', 'organisation'],
      ['Local fishermen', 'anonymous'],
      ['Ines Vidal', 'person'],
      ['Residents', 'anonymous'],
    ]);
    expect(analyzeText(text, models).quotes.map((q) => q.speaker?.canonical ?? null)).toEqual([
      'ministry',
      'Ines Vidal',
    ]);
  });
});

describe('a report held, commissioned or written as an analysis, and a person after their body and role', () => {
  it('speak', () => {
    const text =
      'According to figures held by the coastguard, 14 boats sank last year.\n\n' +
      'According to an analysis by the Harbour Institute, fees rose 9%.\n\n' +
      'NFU vice-president Martha Quinn rejected the plan, saying it would ruin "every small farm".';
    expect(sources(text)).toEqual([
      ['figures held by the coastguard', 'report'],
      ['Harbour Institute', 'report'],
      ['Martha Quinn', 'person'],
    ]);
  });
});
