import type { DerivedDataset } from '../context.js';
import { datedFactFields, datedFactRows } from '../dated-facts.js';

/** Japan's security-policy and capability milestones behind four of the article's claims, 2012–2028. */
export const capabilityMilestones: DerivedDataset = {
  name: 'capability-milestones',
  title: 'Japan’s security policy and capability milestones, 2012–2028',
  description:
    'Dated steps of the collective self-defence legislation, the F-35B trials on JS Izumo, the V-22 Osprey deliveries and the refits of the Izumo-class carriers to operate F-35Bs, with the refit phases planned after the article. Dates as precise as the sources give them.',
  schema: {
    fields: datedFactFields(
      ['collective-self-defence-2015', 'izumo-refit', 'f35b-izumo-2021', 'osprey-2020'],
      { name: 'kind', type: 'string', description: 'event: on one date; span: over a period (a refit phase); planned: a plan, not yet done when the source wrote', constraints: { required: true, enum: ['event', 'span', 'planned'] } },
    ),
    primaryKey: ['event'],
  },
  cites: 'rows',
  derive: ({ facts }) => datedFactRows(facts('capability-milestones'), (r) => ({ kind: r.kind! })),
};
