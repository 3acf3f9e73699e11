// Word lists the entity tagger's features look words up in (a title before a name, an organisation's head noun).

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

/** Head nouns of organisations' names ("… Agency", "… Council"). */
export const ORG_CUES =
  setOf(`Agency Agencies Ministry Department Council Court Bank University College School Institute
Police Academy Centre Center Centers Centres Group Inc Ltd LLC Corp Corporation Company Co Party Commission Bureau
Army Navy Force Forces Guard Association Authority Board Committee Foundation Federation Organisation Organization
Office Service Services Network News Times Post Press Airlines Airways Railways Holdings Trust Fund Union Parliament
Assembly Senate Congress Cabinet Secretariat Directorate Command Tribunal Hospital Society Alliance Front Movement
Club League Bureau Institution Administration Laboratory Laboratories Labs Systems Technologies Industries Motors
Reserve Exchange Tribune Herald Journal Telegraph Express Guardian Channel Media Studios Brigade Battalion Regiment
Cell Squad Unit Wing Books Publishing Records Pictures Films Energy Pharma Capital Partners Embassy Consulate Commission Agency
Observatory Patrol Airline Railway Orchestra Museum Hospitals Charity Fund Program Programme`);
