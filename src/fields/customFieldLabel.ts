/** How a label selector is compared: `loose` (the default) or `exact` (verbatim). */
export type CustomFieldLabelMatch = 'loose' | 'exact';

const WHITESPACE = /\s+/g; // JS `\s` includes NBSP (U+00A0), U+202F, U+2000–U+200A, U+3000, U+FEFF

/**
 * The loose form of a custom-field label: Unicode NFC, every run of whitespace (non-breaking
 * spaces included) collapsed to one space, trimmed, lower-cased. Two labels match loosely when
 * their loose forms are equal.
 */
export function looseLabel(label: string): string {
  return label.normalize('NFC').replace(WHITESPACE, ' ').trim().toLowerCase().normalize('NFC');
}

