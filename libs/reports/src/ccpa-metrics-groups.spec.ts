import {
  CcpaGroup,
  medianOfHistogram,
  meanOfHistogram,
  summariseCcpaGroups,
} from './ccpa-metrics-groups';

const histogram = (values: number[]) => {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
};

describe(medianOfHistogram.name, () => {
  it.each([
    [[], null],
    [[7], 7],
    [[2, 4], 3],
    [[10, 10, 10, 90], 10], // the middle two tie
    [[4, 10, 20, 20, 20, 51], 20],
    [[0, 1], 0.5],
    [[5, 1, 3], 3], // order of arrival does not matter
    [[1, 1, 1, 1, 2, 100], 1],
  ])('of %j is %j', (values, median) => {
    expect(medianOfHistogram(histogram(values))).toBe(median);
  });
});

describe(meanOfHistogram.name, () => {
  it.each([
    [[], null],
    [[10, 10, 10, 90], 30],
    [[4, 10, 20, 20, 20, 51], 125 / 6],
  ])('of %j is %j', (values, mean) => {
    expect(meanOfHistogram(histogram(values))).toBe(mean);
  });
});

describe(summariseCcpaGroups.name, () => {
  const group = (over: Partial<CcpaGroup>): CcpaGroup => ({
    metric: 'delete',
    status: 'completed',
    compliedInPart: false,
    denial: null,
    days: 10,
    requests: 1,
    appealed: 0,
    ...over,
  });

  it('adds groups up per type and takes the median over every response', () => {
    const [, deletion] = summariseCcpaGroups([
      group({ requests: 2 }),
      group({ compliedInPart: true, days: 90 }),
      group({ status: 'denied', denial: 'exempt', appealed: 1 }),
      group({ status: 'expired', denial: 'unverifiable', days: 30 }),
      group({ status: 'cancelled', days: null }),
      group({ status: 'in_progress', days: null, requests: 3 }),
    ]);
    expect(deletion).toEqual({
      type: 'delete',
      label: 'Delete',
      received: 9,
      compliedInWhole: 2,
      compliedInPart: 1,
      complied: 3,
      denied: 2,
      deniedUnverifiable: 1,
      deniedNotConsumer: 0,
      deniedExempt: 1,
      deniedOther: 0,
      withdrawn: 1,
      pending: 3,
      appealed: 1,
      medianDaysToRespond: 10, // 10, 10, 10, 30, 90
      meanDaysToRespond: 30, // 150 / 5
    });
  });

  it('lists every type, with nulls where nothing was answered', () => {
    const rows = summariseCcpaGroups([]);
    expect(rows.map((row) => row.type)).toEqual(['know', 'delete', 'correct', 'opt_out', 'limit']);
    expect(rows[4]).toMatchObject({
      received: 0,
      medianDaysToRespond: null,
      meanDaysToRespond: null,
    });
  });
});
