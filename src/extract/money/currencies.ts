/** Currency symbols and codes written before an amount ("US$5", "€3", "USD 40"), longest first. */
export const CURRENCY_PREFIXES: readonly (readonly [string, string])[] = [
  ['U.S.$', 'USD'], ['US$', 'USD'], ['A$', 'AUD'], ['C$', 'CAD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['NZ$', 'NZD'],
  ['R$', 'BRL'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₫', 'VND'], ['₽', 'RUB'], ['₹', 'INR'],
  ['₩', 'KRW'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'],
  ['RUB', 'RUB'], ['VND', 'VND'], ['INR', 'INR'], ['CHF', 'CHF'], ['AUD', 'AUD'], ['CAD', 'CAD'],
]

/** Currency words written after an amount ("190 million dollars", "2 trillion dong"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', usd: 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR', 'pounds sterling': 'GBP', 'british pounds': 'GBP', gbp: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  dong: 'VND', rupee: 'INR', rupees: 'INR', 'swiss francs': 'CHF', won: 'KRW',
}
