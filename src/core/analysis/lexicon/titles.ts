// Titles and honorifics written before a person's name ("Dr", "Senator", "Mrs").

/** Words that may precede a person's name as a title; they are not part of the PERSON span. */
export const TITLES: ReadonlySet<string> = new Set(
  `Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Vice Prime Minister Ministers
Secretary Home Foreign Defence Defense Finance External Affairs Union Chief Deputy Acting Assistant Additional Joint
Special General Gen Col Colonel Lt Lieutenant Major Maj Capt Captain Sgt Sergeant Admiral Commander Commissioner
Inspector Superintendent Director Justice Judge Senator Sen Rep Representative Congressman Congresswoman Governor Gov
Mayor Ambassador Envoy Chairman Chairperson Chair CEO Spokesperson Spokesman Spokeswoman King Queen Prince Princess
Pope Father Rev Sheikh Shri Smt Officer Police Attorney State Interior Health Trade Senior Former Opposition Leader
Chancellor Premier Advocate Executive Novelist Author Writer Actor Actress Singer Businessman
Businesswoman Activist Lawyer Economist Journalist Coach Striker Poet Filmmaker Cleric Inspector-General Director-General Secretary-General MP MLA
Founder Co-founder Cofounder Co-Founder`.split(/\s+/),
);

/** Honorifics that say a person is a man ("Mr", "Sir", "Herr"): "he" may stand for him. */
export const MALE_HONORIFICS: readonly string[] =
  'Mr Sir Lord King Prince Father Brother Sheikh Shri Mister Monsieur Señor Herr'.split(' ');

/** Honorifics that say a person is a woman ("Mrs", "Dame", "Frau"): "she" may stand for her. */
export const FEMALE_HONORIFICS: readonly string[] =
  'Mrs Ms Miss Madam Madame Dame Lady Queen Princess Sister Smt Mme Señora Frau'.split(' ');
