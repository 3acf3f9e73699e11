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

/**
 * More honorifics that are no part of a person's name, read only after the tagger (its features hold TITLES:
 * adding these there would need a retraining). "Tan Sri" is read apart: "Tan" is a surname too.
 */
export const MORE_HONORIFICS: ReadonlySet<string> = new Set(
  `Alhaji Alhaja Comrade Baroness Baron Viscount Datuk Dato Datin Tun Seri Puan Engr Barrister Pastor Bishop
Imam Rabbi Hon Honourable Rt Ayatollah Mufti Archbishop Cardinal Adviser Advisor Brig Brigadier Usec Undersecretary
Legislator Assemblyman Assemblywoman Cllr Insp Supt Det Ch`.split(/\s+/),
);

/** Letters after a person's name that are no part of it ("Priya Nair KC", "Dame Ann Lee DBE"). */
export const POST_NOMINALS: ReadonlySet<string> = new Set('KC QC SC OBE MBE CBE KBE DBE PhD'.split(' '));

/** Lower-case roles only a person has, written right before the name: "police spokesman Resila Onyango". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `spokesman spokeswoman spokesperson minister secretary president governor mayor senator ambassador envoy chairman
chairwoman chairperson commissioner superintendent inspector lawyer attorney economist analyst journalist coach
striker midfielder defender goalkeeper novelist author founder co-founder cofounder actor actress singer leader
chief captain skipper`.split(/\s+/),
);

/** Honorifics that say a person is a man ("Mr", "Sir", "Herr"): "he" may stand for him. */
export const MALE_HONORIFICS: readonly string[] =
  'Mr Sir Lord King Prince Father Brother Sheikh Shri Mister Monsieur Señor Herr'.split(' ');

/** Honorifics that say a person is a woman ("Mrs", "Dame", "Frau"): "she" may stand for her. */
export const FEMALE_HONORIFICS: readonly string[] =
  'Mrs Ms Miss Madam Madame Dame Lady Queen Princess Sister Smt Mme Señora Frau'.split(' ');

/** Offices that take a portfolio after "of" or "for" ("Minister of Industry and Commerce"). */
export const PORTFOLIO_OFFICES: ReadonlySet<string> = new Set(
  'Minister Ministers Secretary Commissioner Minister-designate'.split(' '),
);

/** Words of a government portfolio ("Home Affairs", "Fisheries and Ocean Resources"): no names of their own. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  `Affairs Agriculture Arts Aviation Border Broadcasting Children Civil Climate Coastal Commerce Communications
Community Constitutional Consumer Cooperation Cultural Culture Defence Defense Development Digital Disaster Economic
Economy Education Electricity Emergency Employment Energy Enterprise Environment Environmental Equality External
Family Finance Fisheries Food Foreign Forestry Forests Gas Gender Health Heritage Higher Highways Home Homeland
Housing Human ICT Immigration Industries Industry Information Infrastructure Innovation Interior Internal International
Investment Irrigation Justice Labor Labour Land Lands Legal Livestock Local Management Marine Maritime Media
Mineral Minerals Mines Mining National Natural Ocean Oceans Oil Parliamentary Pensions Petroleum Planning Police
Ports Power Primary Promotion Protection Public Railways Reconstruction Refugees Regional Relations Relief Religious Research
Resources Roads Rural Safety Sanitation Science Security Services Shipping Skills Small Social Solidarity Sport
Sports State Technology Telecommunications Territories Tertiary Tourism Trade Transport Transportation Treasury
Urban Veterans Water Welfare Wildlife Women Work Works Youth`.split(/\s+/),
);
