import { countLeaves, countLeavesByDescriptor, sameTree } from '../../bench/walkFloor';
import { textOf, validFixtures } from '../support/fixtures';

// The floor rows of the benchmark's diff table only bound `diffAppointments` from below if they do
// the work they claim: visit every value, and tell equal trees from unequal ones.

describe('bench/walkFloor countLeaves', () => {
  it('counts every scalar of a tree, in objects and arrays alike', () => {
    expect(countLeaves({ a: 1, b: [true, null, { c: 'x' }], d: {} })).toBe(4);
    expect(countLeaves('x')).toBe(1);
  });
});

describe('bench/walkFloor sameTree', () => {
  it.each(validFixtures().map((f) => [f.name, f.bytes] as const))('finds %s equal to a second parse of itself', (_name, bytes) => {
    const text = textOf(bytes);
    expect(sameTree(JSON.parse(text), JSON.parse(text))).toBe(true);
  });

  it('finds a difference in a leaf, a missing or extra key, and an array length', () => {
    const base = { a: 1, b: [1, { c: 'x' }] };
    expect(sameTree(base, { a: 1, b: [1, { c: 'y' }] })).toBe(false);
    expect(sameTree(base, { a: 1 })).toBe(false);
    expect(sameTree(base, { a: 1, b: [1, { c: 'x' }], z: 0 })).toBe(false);
    expect(sameTree(base, { a: 1, b: [1] })).toBe(false);
    expect(sameTree([1], { 0: 1 })).toBe(false);
  });
});

describe('bench/walkFloor countLeavesByDescriptor', () => {
  it.each(validFixtures().map((f) => [f.name, f.bytes] as const))('counts as many leaves of %s as a plain walk', (_name, bytes) => {
    const value: unknown = JSON.parse(textOf(bytes));
    expect(countLeavesByDescriptor(value)).toBe(countLeaves(value));
  });

  it('refuses an accessor without running it, and an object with another prototype', () => {
    let ran = false;
    const withGetter = Object.defineProperty({ a: 1 }, 'b', {
      enumerable: true,
      get: () => {
        ran = true;
        return 2;
      },
    });
    expect(countLeavesByDescriptor({ x: [withGetter] })).toBeNaN();
    expect(ran).toBe(false);
    expect(countLeavesByDescriptor({ x: new Date(0) })).toBeNaN();
  });
});
