/** Dates as the datasets write them: a year, a year-month or a day (ISO 8601, UTC). */

/**
 * The last day the article could describe: it appeared in June 2022, before the Madrid Summit.
 * A figure, plan or decision dated after it is marked "after the article" wherever it is charted.
 */
export const ARTICLE_LAST_DAY = '2022-06-30';

/** True for a date after the article: "2022-07-15" is, "2022-06" and "2022" are not (they may fall before it). */
export const isAfterArticle = (date: string | null | undefined): boolean => (date ?? '') > ARTICLE_LAST_DAY;

/** "16 December 2022", in English whatever the reader's locale, for a day "2022-12-16". */
export const longDate = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
