/**
 * Rules a calendar record obeys wherever it is written (seed files, imported plans,
 * mutations), each returning what is wrong in words, or undefined when it holds.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** Days of each month in every year: a yearly deadline has no 29 February. */
const DAYS_IN_EVERY_YEAR = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A yearly deadline's day: a month from 1 to 12 and a day that month has in every year.
 * 29 February is refused: it is not in three years of four, so the deadline would have
 * no date then; the document's intent (28 February or 1 March) is for the editor to say.
 */
export function yearlyDayProblem(month: unknown, day: unknown): string | undefined {
  if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12) {
    return `month ${String(month)} is not a month: expected 1 to 12`;
  }
  const days = DAYS_IN_EVERY_YEAR[month - 1] ?? 31;
  if (month === 2 && day === 29) {
    return "29 February is not in every year: a yearly deadline needs a day that every year has, such as 28 February or 1 March";
  }
  if (typeof day !== "number" || !Number.isInteger(day) || day < 1 || day > days) {
    return `day ${String(day)} is not a day of ${MONTHS[month - 1]}: expected 1 to ${days}`;
  }
  return undefined;
}

interface MeetingTimes {
  /** YYYY-MM-DD */
  date: string;
  endDate?: string | null | undefined;
  /** HH:MM or HH:MM:SS */
  startTime?: string | null | undefined;
  endTime?: string | null | undefined;
}

const clock = (time: string) => time.replace(/^(\d\d:\d\d):00(?:\.0+)?$/, "$1");

/** A meeting ends on or after the day it starts, and a one-day meeting ends after it starts. */
export function meetingTimesProblem({ date, endDate, startTime, endTime }: MeetingTimes): string | undefined {
  if (endDate && endDate < date) return `endDate ${endDate} is before date ${date}`;
  const oneDay = !endDate || endDate === date;
  if (oneDay && startTime && endTime && endTime.padEnd(8, ":00") <= startTime.padEnd(8, ":00")) {
    return `endTime ${clock(endTime)} is not after startTime ${clock(startTime)} on the one day of the meeting (${date})`;
  }
  return undefined;
}
