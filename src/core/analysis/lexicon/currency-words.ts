// Currencies named after the number ("2 billion yuan", "120 billion CFA francs"), by ISO 4217 code; a name
// several countries use (peso, franc, dinar) is its own unit.
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', 'us dollar': 'USD', 'u.s. dollar': 'USD', 'canadian dollar': 'CAD', 'australian dollar': 'AUD',
  'hong kong dollar': 'HKD', 'new zealand dollar': 'NZD', 'singapore dollar': 'SGD', 'taiwan dollar': 'TWD',
  rupee: 'INR', euro: 'EUR', pound: 'GBP', pence: 'pence', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
  won: 'KRW', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dong: 'VND', naira: 'NGN', cedi: 'GHS', rand: 'ZAR',
  birr: 'ETB', taka: 'BDT', kwacha: 'kwacha', shilling: 'shilling', reais: 'BRL', lira: 'TRY', ruble: 'RUB',
  rouble: 'RUB', hryvnia: 'UAH', zloty: 'PLN', forint: 'HUF', koruna: 'CZK', krona: 'SEK', kronor: 'SEK',
  krone: 'krone', kroner: 'krone', 'swiss franc': 'CHF', 'cfa franc': 'CFA franc', franc: 'franc',
  peso: 'peso', dinar: 'dinar', dirham: 'dirham', riyal: 'riyal', cent: 'cent',
}; // prettier-ignore
