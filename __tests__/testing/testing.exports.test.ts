import * as testing from '../../src/testing';

// The names of `timetap-webhooks/testing`. Adding or removing one is an API change: update this
// list (and CHANGELOG.md) on purpose.
const EXPECTED = ['buildAppointment', 'buildCustomField', 'appointmentScenario', 'appointmentStoreConformance'];

describe('timetap-webhooks/testing', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(testing).sort()).toEqual([...EXPECTED].sort());
  });
});
