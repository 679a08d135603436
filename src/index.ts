/**
 * defence-indicators: cited, embeddable charts that test the claims of RUSI's commentary
 * "Evolving Japan–NATO Relations in the Leadup to the Madrid Summit" (June 2022).
 * Importing this module defines `<defence-indicator>` and `<defence-dashboard>`.
 */
export { DefenceIndicator } from './components/defence-indicator/defence-indicator.js';
export { DefenceDashboard } from './components/defence-dashboard/defence-dashboard.js';
export { DefenceScorecard } from './components/defence-scorecard/defence-scorecard.js';
export { DefenceCountryPicker } from './components/country-picker/country-picker.js';
export { INDICATOR_IDS, findIndicator, loadIndicator, loadIndicators } from './indicators/index.js';
export { ARTICLE } from './article.js';
export type { Indicator, ClaimCheck, ClaimStatus, CheckFigure, ChartOptions, Claim, CheckedClaim } from './indicator.js';
export { checkClaims, decidingFigure } from './indicator.js';
export type { Row, Cell, DataPackage, Resource, Field, Schema, Source } from './lib/datapackage.js';
export { toCSV, neutraliseFormula } from './lib/csv.js';
export { DEFAULT_COLORS, type ChartColors } from './lib/chart.js';
