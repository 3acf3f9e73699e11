// Companies news names without saying what they are ("Shell cut its dividend", "Analysts at Jefferies"), which
// the model, trained on little business news, reads as people or places. Not names that are common words
// ("Target", "Orange", "Delta", "United"), nor people's names ("Bloomberg", "Dell").

/** Company names the tagger may take for a person or a place, as news writes them. */
export const COMPANIES: ReadonlySet<string> = new Set(
  `Apple,Microsoft,Google,Alphabet,Meta,Facebook,Instagram,WhatsApp,Netflix,Nvidia,Intel,AMD,Qualcomm,Broadcom,
Samsung,Huawei,Xiaomi,Tencent,Alibaba,Baidu,ByteDance,TikTok,Oracle,IBM,Cisco,Salesforce,Adobe,Uber,Lyft,Airbnb,
Spotify,PayPal,eBay,LinkedIn,Sony,Nintendo,Panasonic,Toshiba,Foxconn,TSMC,OpenAI,Anthropic,Shopify,Infosys,Wipro,
Volkswagen,BMW,Mercedes-Benz,Daimler,Stellantis,Renault,Nissan,Honda,Hyundai,Kia,Volvo,BYD,Geely,Audi,Fiat,
Peugeot,Mazda,Subaru,Suzuki,Rivian,Shell,BP,ExxonMobil,Exxon,Chevron,TotalEnergies,Aramco,Gazprom,Rosneft,
Petrobras,Equinor,Eni,ConocoPhillips,Glencore,Rio Tinto,BHP,Anglo American,ArcelorMittal,Codelco,JPMorgan,
Goldman Sachs,Morgan Stanley,Citigroup,Citi,HSBC,Barclays,UBS,Deutsche Bank,BNP Paribas,Nomura,Jefferies,
BlackRock,Visa,Mastercard,Berkshire Hathaway,Wells Fargo,NatWest,Standard Chartered,Credit Suisse,Allianz,AXA,
Walmart,Costco,Tesco,Carrefour,Aldi,Lidl,IKEA,Nestlé,Nestle,Unilever,PepsiCo,Coca-Cola,McDonald's,Starbucks,
Nike,Adidas,Inditex,LVMH,Kering,Heineken,Danone,Hershey,Mondelez,Boeing,Airbus,Lockheed Martin,Raytheon,
Northrop Grumman,Siemens,Honeywell,Caterpillar,Bayer,BASF,Pfizer,Moderna,AstraZeneca,Novartis,Roche,Sanofi,
GSK,Novo Nordisk,Maersk,FedEx,DHL,Qantas,Lufthansa,Ryanair,easyJet,KLM,Etihad,Vodafone,Safaricom,MTN,Airtel,
Verizon,Telefonica,Comcast,Glaxo,Xerox,Hitachi,Mitsubishi,Softbank,SoftBank,Rakuten,Reliance,Tata,Adani,
Ericsson,Philips`
    .split(/,\s*/)
    .filter((name) => name.length > 0),
);

/** Companies that also name a place ("the Amazon", "Santander"): a place the model found keeps its type. */
export const COMPANIES_NAMED_LIKE_PLACES: ReadonlySet<string> = new Set(
  'Amazon Santander Toyota Nokia Vale Repsol Emirates'.split(' '),
);
