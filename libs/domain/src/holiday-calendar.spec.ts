import { dayOfWeek, parseCalendarDate } from './calendar-date';
import { DEFAULT_HOLIDAY_CALENDAR, HolidayCalendar } from './holiday-calendar';

const dates = (calendar: HolidayCalendar, year: number) =>
  calendar.holidaysIn(year).map((holiday) => holiday.date);

describe(HolidayCalendar.name, () => {
  it('lists 2026 federal and California holidays as observed', () => {
    expect(DEFAULT_HOLIDAY_CALENDAR.holidaysIn(2026)).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-01-19', name: 'Birthday of Martin Luther King, Jr.' },
      { date: '2026-02-16', name: "Washington's Birthday" },
      { date: '2026-03-31', name: 'Cesar Chavez Day' },
      { date: '2026-05-25', name: 'Memorial Day' },
      { date: '2026-06-19', name: 'Juneteenth National Independence Day' },
      { date: '2026-07-03', name: 'Independence Day' }, // 4 July is a Saturday
      { date: '2026-09-07', name: 'Labor Day' },
      { date: '2026-10-12', name: "Columbus Day / Indigenous Peoples' Day" },
      { date: '2026-11-11', name: 'Veterans Day' },
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-11-27', name: 'Day after Thanksgiving' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
  });

  it.each([
    // [year, day off, why]
    [2027, '2027-06-18', 'Juneteenth on a Saturday: federal Friday'],
    [2027, '2027-07-05', 'Independence Day on a Sunday: Monday'],
    [2027, '2027-12-24', 'Christmas on a Saturday: federal Friday'],
    [2027, '2027-12-31', '1 January 2028 on a Saturday: observed in 2027'],
    [2028, '2028-11-10', 'Veterans Day on a Saturday: Friday (federal and Gov. Code 6700)'],
    [2029, '2029-11-12', 'Veterans Day on a Sunday: Monday'],
    [2030, '2030-04-01', 'Cesar Chavez Day on a Sunday: Monday (Gov. Code 6700(b))'],
    [2028, '2028-11-24', 'the day after Thanksgiving (California)'],
    [2028, '2028-05-29', 'last Monday in May'],
    [2030, '2030-10-14', 'second Monday in October'],
  ] as const)('%s includes %s (%s)', (year, date, _why) => {
    expect(dates(DEFAULT_HOLIDAY_CALENDAR, year)).toContain(date);
  });

  it.each([
    [2028, '2028-01-01', 'observed on 31 December 2027 instead'],
    [2029, '2029-03-30', 'Cesar Chavez Day on a Saturday moves nowhere in California'],
    [2029, '2029-03-31', 'a Saturday is no business day anyway'],
    [2020, '2020-06-19', 'Juneteenth became a federal holiday in 2021'],
  ] as const)('%s leaves out %s (%s)', (year, date, _why) => {
    expect(dates(DEFAULT_HOLIDAY_CALENDAR, year)).not.toContain(date);
  });

  it('keeps each rule set to its own law', () => {
    const federal = HolidayCalendar.from({ ruleSets: ['us_federal'] });
    const california = HolidayCalendar.from({ ruleSets: ['california'] });
    expect(dates(federal, 2026)).not.toContain('2026-03-31');
    expect(dates(federal, 2026)).not.toContain('2026-11-27');
    expect(dates(california, 2026)).not.toContain('2026-10-12'); // Columbus Day: not a CA office closure
    expect(dates(california, 2026)).not.toContain('2026-06-19');
    // Gov. Code 6700(b): a Saturday holiday other than Veterans Day is not moved to Friday.
    expect(dates(california, 2026)).not.toContain('2026-07-03');
    expect(dates(california, 2028)).toContain('2028-11-10');
    expect(dates(HolidayCalendar.from({ ruleSets: [] }), 2026)).toEqual([]);
  });

  it('adds company days off and takes away days the company works', () => {
    const calendar = HolidayCalendar.from({
      extraHolidays: ['2026-12-24', '2027-01-02'],
      workingDays: ['2026-10-12'],
    });
    expect(calendar.holidayName(parseCalendarDate('2026-12-24'))).toBe('Company holiday');
    expect(calendar.isHoliday(parseCalendarDate('2026-10-12'))).toBe(false);
    expect(dates(calendar, 2027)).toContain('2027-01-02');
    expect(dates(calendar, 2026)).not.toContain('2027-01-02');
  });

  it('names every bad configuration entry', () => {
    expect(() =>
      HolidayCalendar.from({
        ruleSets: ['us_federal', 'new_york'],
        extraHolidays: ['2026-02-30'],
        workingDays: ['next monday'],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        fields: [
          { path: 'ruleSets[1]', message: 'must be one of us_federal, california' },
          { path: 'extraHolidays[0]', message: 'must be a date such as 2026-12-24' },
          { path: 'workingDays[0]', message: 'must be a date such as 2026-12-24' },
        ],
      }),
    );
  });

  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033])(
    'puts every %s day off on a weekday, within the year',
    (year) => {
      const holidays = DEFAULT_HOLIDAY_CALENDAR.holidaysIn(year);
      const weekdays = holidays.map(({ date }) => dayOfWeek(parseCalendarDate(date)));
      expect(weekdays.filter((day) => day === 0 || day === 6)).toEqual([]);
      expect(holidays.every(({ date }) => date.startsWith(`${year}-`))).toBe(true);
      // 13 rules; a year can lose New Year's Day to the year before, or a Saturday Cesar Chavez Day.
      expect(holidays.length).toBeGreaterThanOrEqual(12);
    },
  );
});
