/** Words for headlines and verdicts, so that counts and ranks computed from data read as prose. */

const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 1 → "1st", 2 → "2nd", 11 → "11th", 22 → "22nd". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 9 → "ninth"; beyond twentieth, the figure: 21 → "21st". */
export function ordinalWord(n: number): string {
  return ORDINALS[n - 1] ?? ordinal(n);
}

/** 2 → "two"; beyond ten, the figure. */
export function numberWord(n: number): string {
  return NUMBERS[n - 1] ?? String(n);
}

/** 1 → "largest", 9 → "ninth-largest". */
export function largest(rank: number): string {
  return rank === 1 ? 'largest' : `${ordinalWord(rank)}-largest`;
}

/** Country names that read with "the" in a sentence: "the United States", "the Netherlands". */
export function withArticle(country: string): string {
  return /^(United |Netherlands|Philippines|Czech Republic)/.test(country) ? `the ${country}` : country;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 6 → "June". English names, whatever the reader's locale: citations are in English. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) throw new RangeError(`no month ${month}`);
  return name;
}
