// Number words, multipliers, ordinals, currencies and approximators for the quantities stage.
// Hand-written: small closed English word classes, cheaper as Maps than any library.

export const NUMBER_WORDS = new Map<string, number>(
  (
    'one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 fourteen 14 ' +
    'fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 ' +
    'eighty 80 ninety 90 hundred 100 dozen 12'
  )
    .match(/\S+ \S+/g)!
    .map((p) => [p.split(' ')[0], Number(p.split(' ')[1])]),
);

export const MULTIPLIERS = new Map<string, number>([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['bln', 1e9], ['bn', 1e9], ['m', 1e6], ['k', 1e3],
]);

export const ORDINALS = new Map<string, number>(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ').map((w, i) => [w, i + 1]),
);

export const CURRENCY_SYMBOLS = new Map<string, string>([
  ['$', 'USD'], ['US$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
]);

export const CURRENCY_WORDS = new Map<string, string>([
  ['dollars', 'USD'], ['dollar', 'USD'], ['usd', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'],
  ['pounds', 'GBP'], ['sterling', 'GBP'], ['gbp', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['rubles', 'RUB'],
  ['roubles', 'RUB'], ['rupees', 'INR'], ['francs', 'franc'], ['cfa', 'XOF'],
]);

/** One-word approximators ("about 800,000") and the first word of two-word ones ("more than"). */
export const APPROX_ONE = new Set(['approximately', 'about', 'some', 'nearly', 'around', 'roughly', 'almost', 'over', 'estimated', 'circa', 'approx.', 'nigh', 'upwards']);
export const APPROX_TWO = new Set(['more than', 'less than', 'fewer than', 'up to', 'at least', 'close to', 'as many', 'as much', 'in excess', 'just over', 'just under', 'well over']);

/** Units that are not counted nouns: a number before them is a date, a time or an age. */
export const NOT_QUANTITY_NEXT = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'utc', 'bc', 'ad']);
