import { departmentOfCommune, suppressSmallCount } from './statistics';

describe('small cells', () => {
  it('hides 1 to threshold − 1 people, keeps zero and the threshold itself', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressSmallCount(n, 5))).toEqual([0, null, null, 5, 12]);
    expect(suppressSmallCount(9, 10)).toBeNull();
    expect(suppressSmallCount(1, 1)).toBe(1);
  });
});

describe('department of a commune', () => {
  it('reads 2 characters in mainland France and Corsica, 3 overseas', () => {
    expect(departmentOfCommune('80021')).toBe('80');
    expect(departmentOfCommune('2A004')).toBe('2A');
    expect(departmentOfCommune('97411')).toBe('974');
    expect(departmentOfCommune(null)).toBeNull();
    expect(departmentOfCommune('abc')).toBeNull();
  });
});
