/** The commentary whose claims the indicators test. */
export const ARTICLE = {
  title: 'Evolving Japan–NATO Relations in the Leadup to the Madrid Summit',
  authors: 'Wrenn Yennie Lindgren and Per Erik Solli',
  publisher: 'RUSI',
  kind: 'Commentary',
  date: 'June 2022',
  url: 'https://rusi.org/explore-our-research/publications/commentary/evolving-japan-nato-relations-leadup-madrid-summit',
} as const;
