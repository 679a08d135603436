import { type DerivedDataset, provenance, unconfirmed } from '../context.js';
import { confidence, note, provenanceFields, sourceQuote, str } from '../fields.js';

/** Dated events, then the countries and territories of the planned port calls (no dates). */
export const ipd22Deployment: DerivedDataset = {
  name: 'ipd22-deployment',
  title: 'Indo-Pacific Deployment 2022: units, exercises and port calls',
  description: 'Dated events of the JMSDF deployment, June–October 2022, then the countries and territories of the port calls planned when it was announced.',
  schema: {
    fields: [str('event', 'Unit movement, exercise or port call', true),
      { name: 'kind', type: 'string', description: 'deployment, exercise, port call (made) or planned port call (a country or territory on the announced plan)', constraints: { required: true, enum: ['deployment', 'exercise', 'port call', 'planned port call'] } },
      str('units', 'JMSDF units taking part'),
      { name: 'start', type: 'date', description: 'First day' },
      { name: 'end', type: 'date', description: 'Last day (empty where no source gives it)' },
      str('location', 'Where'),
      str('country', 'Country or territory of the location or port call'),
      str('region', 'South Pacific for South Pacific islands'),
      confidence, note, ...provenanceFields, sourceQuote()],
    primaryKey: ['event'],
  },
  cites: 'rows',
  derive({ facts }) {
    const events = facts('ipd22-deployment')
      .filter((r) => !unconfirmed(r))
      .map((r) => ({
        event: r.event!, kind: r.kind!, units: r.units!, start: r.start!, end: r.end ?? '', location: r.location!,
        country: r.country ?? '', region: '', confidence: r.confidence!, note: r.notes ?? '', ...provenance(r),
      }));
    const portCalls = facts('ipd22-planned-port-call-countries')
      .filter((r) => !unconfirmed(r))
      .map((r) => ({
        event: `Planned port call: ${r.country}`, kind: 'planned port call', units: '', start: '', end: '', location: '',
        country: r.country!, region: /South Pacific/.test(r.notes ?? '') ? 'South Pacific' : '',
        confidence: r.confidence!, note: r.notes ?? '', ...provenance(r),
      }));
    return [...events, ...portCalls];
  },
};
