// upcomingDeadlines(after): the next occurrence of each yearly deadline, on or after the date.
// A row written before the write rules held cannot fail the analysis for everyone: one that is
// no day of any year (month 13, 31 April, a month written as text) is left out, and 29 February
// falls on the 28th in a year that has no 29th.
CALL () {
  MATCH (deadline:Deadline)
  WITH deadline, date($after) AS after, deadline.month AS month, deadline.day AS day
  // CASE, not AND: the day is looked up only once the month is known to be one.
  WHERE CASE WHEN month IS :: INTEGER NOT NULL AND day IS :: INTEGER NOT NULL AND 1 <= month <= 12
             THEN 1 <= day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
             ELSE false END
  WITH deadline, after, [year IN [after.year, after.year + 1] |
         date({year: year, month: month, day: CASE
           WHEN month = 2 AND day = 29 AND NOT (year % 4 = 0 AND (year % 100 <> 0 OR year % 400 = 0)) THEN 28
           ELSE day END})] AS candidates
  WITH deadline, CASE WHEN candidates[0] >= after THEN candidates[0] ELSE candidates[1] END AS next
  ORDER BY next, deadline.name, deadline.id
  RETURN collect({
    date: next, deadlineId: deadline.id, name: deadline.name, step: deadline.step,
    sender: deadline.sender, recipient: deadline.recipient, setLocally: deadline.setLocally
  }) AS deadlines
}
RETURN deadlines
