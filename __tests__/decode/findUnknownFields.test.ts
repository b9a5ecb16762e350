import { findUnknownFields } from '../../src';

describe('findUnknownFields', () => {
  it('lists unknown keys at every depth, in document order, with indices in arrays', () => {
    expect(
      findUnknownFields({
        calendarid: 1,
        zoom: { id: 1 },
        client: { pronouns: 'x', fields: [{ label: 'a' }, { label: 'b', extra: true }] },
        fields: [{ schedulerPreferenceFieldDefnId: 1, conditional: {} }],
        staff: { timeZoneCode: { timeZoneCode: 'UTC', offset: 0 } },
        reason: { customFieldForm: { customFields: [{ fieldLabel: 'x', weight: 1 }] } },
      }),
    ).toEqual([
      'zoom',
      'client.pronouns',
      'client.fields[1].extra',
      'fields[0].conditional',
      'staff.timeZoneCode.offset',
      'reason.customFieldForm.customFields[0].weight',
    ]);
  });

  it('does not look inside keys whose content is data (fieldDataMap, extendedValue)', () => {
    expect(findUnknownFields({ calendarid: 1, fieldDataMap: { '966422': 'Dr X' }, fields: [{ extendedValue: { a: 1 } }] })).toEqual([]);
  });

  it('quotes keys that are not identifiers so paths stay unambiguous', () => {
    expect(findUnknownFields({ calendarid: 1, 'a.b': 1, 'x y': 2 })).toEqual(['["a.b"]', '["x y"]']);
  });

  it('returns [] for anything that is not an object', () => {
    for (const value of [null, undefined, 1, 'x', [1, 2], true]) expect(findUnknownFields(value)).toEqual([]);
  });

  it('works on bodies that do not decode', () => {
    expect(findUnknownFields({ startTime: 'late', extra: 1 })).toEqual(['extra']);
  });
});
