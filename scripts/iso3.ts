/**
 * ISO 3166 alpha-3 codes, shared by the derive script (which assigns them) and the data check
 * (which accepts them), so that the two never disagree about what a known code is.
 */
import countries from 'i18n-iso-countries';

/**
 * Entities SIPRI reports that ISO 3166-1 does not list today: ISO 3166-3 codes of former
 * states, and the user-assigned codes in common use for Kosovo and the European Union.
 */
export const CODES_OUTSIDE_ISO_3166_1: Readonly<Record<string, string>> = {
  Kosovo: 'XKX',
  USSR: 'SUN',
  Czechoslovakia: 'CSK',
  'German Democratic Republic': 'DDR',
  Yugoslavia: 'YUG',
  'Yemen, North': 'YAR', // Yemen Arab Republic, before 1990 unification
  'European Union': 'EUU',
};

const outside = new Set(Object.values(CODES_OUTSIDE_ISO_3166_1));

/** True for a current ISO 3166-1 alpha-3 code (upper case) or one of `CODES_OUTSIDE_ISO_3166_1`. */
export function isKnownIso3(code: string): boolean {
  return outside.has(code) || (/^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined);
}
