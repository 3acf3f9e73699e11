// Word lists for typing capitalised runs; compact on purpose (no gazetteer).

function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Words that may precede a person's name as a title; they are not part of the PERSON span. */
export const TITLES =
  setOf(`Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Vice Prime Minister Ministers
Secretary Home Foreign Defence Defense Finance External Affairs Union Chief Deputy Acting Assistant Additional Joint
Special General Gen Col Colonel Lt Lieutenant Major Maj Capt Captain Sgt Sergeant Admiral Commander Commissioner
Inspector Superintendent Director Justice Judge Senator Sen Rep Representative Congressman Congresswoman Governor Gov
Mayor Ambassador Envoy Chairman Chairperson Chair CEO Spokesperson Spokesman Spokeswoman King Queen Prince Princess
Pope Father Rev Sheikh Shri Smt Officer Police Attorney State Interior Health Trade Senior Former Opposition Leader
Chancellor Premier Advocate Executive Novelist Author Writer Actor Actress Singer Businessman
Businesswoman Activist Lawyer Economist Journalist Coach Striker Poet Filmmaker Cleric Inspector-General Director-General Secretary-General MP MLA`);

/** Words that make a capitalised run an organisation (anywhere in the run). */
export const ORG_CUES =
  setOf(`Agency Agencies Ministry Department Council Court Bank University College School Institute
Police Academy Centre Center Centers Centres Group Inc Ltd LLC Corp Corporation Company Co Party Commission Bureau
Army Navy Force Forces Guard Association Authority Board Committee Foundation Federation Organisation Organization
Office Service Services Network News Times Post Press Airlines Airways Railways Holdings Trust Fund Union Parliament
Assembly Senate Congress Cabinet Secretariat Directorate Command Tribunal Hospital Society Alliance Front Movement
Club League Bureau Institution Administration Laboratory Laboratories Labs Systems Technologies Industries Motors
Reserve Exchange Tribune Herald Journal Telegraph Express Guardian Channel Media Studios Brigade Battalion Regiment
Cell Squad Unit Wing Books Publishing Records Pictures Films Energy Pharma Capital Partners Embassy Consulate Commission Agency`);

/** Lower-case words allowed inside a name when the name carries an organisation cue or is a name particle. */
export const CONNECTORS = setOf('of for and the on de del da van von bin al la le');
export const NAME_PARTICLES = setOf('de del da van von bin al la le');

/** Well-known organisation acronyms and short names (typed ORG without other evidence). */
export const KNOWN_ORGS =
  setOf(`UN NATO EU FBI CIA NSA WHO IMF WTO ASEAN OPEC BRICS G7 G20 UNESCO UNICEF Interpol
Europol Reuters AFP AP PTI ANI BBC CNN Google Apple Microsoft Amazon Meta Facebook Twitter X Tesla Boeing Airbus
BJP Congress NASA ISRO RBI SEBI CBI ED NIA RAW ISI IAEA FATF SCO Quad Pentagon Kremlin`);

/** Verbs of saying: "X said" makes X a speaker (and a person when untyped). */
export { SAY_VERBS } from './speech';

/**
 * Common words that start sentences with a capital letter; at a sentence start (or in a headline-case line)
 * such a word is never a name by itself.
 */
export const COMMON_STARTERS =
  setOf(`The A An And But Or Nor So Yet For In On At By To From Of With Without As If When While
Whereas Although Though Because Since Until After Before During Despite However Meanwhile Moreover Furthermore Also
Still Then Thus Therefore Hence This That These Those There Here It Its He She They We You I His Her Their Our My Your
Who What Where Which Why How Some Many Most Several Few All Both Each Every No Not Only Even Just More Less Other
Another Such According Earlier Later Now Today Yesterday Tomorrow Last Next First Second Third New Officials Sources
People Police Security Talks Cooperation Both Asked Speaking Under Over About Around Between Among Through Amid
Following Including Besides Instead Once Nearly Almost Like Unlike Per Upon Within Regarding Let Please Yes Well
Indeed Overall Separately Additionally Finally Initially Recently Currently Already Reports Experts Analysts Critics
Residents Officers Authorities Investigators Prosecutors Lawyers Witnesses`);
