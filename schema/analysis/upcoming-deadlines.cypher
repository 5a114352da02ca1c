// upcomingDeadlines(after): the next occurrence of each yearly deadline, on or after the date.
CALL () {
  MATCH (deadline:Deadline)
  WITH deadline, date($after) AS after
  WITH deadline, after, date({year: after.year, month: deadline.month, day: deadline.day}) AS thisYear
  WITH deadline,
       CASE WHEN thisYear >= after THEN thisYear
            ELSE date({year: after.year + 1, month: deadline.month, day: deadline.day}) END AS next
  ORDER BY next, deadline.name, deadline.id
  RETURN collect({
    date: next, deadlineId: deadline.id, name: deadline.name, step: deadline.step,
    sender: deadline.sender, recipient: deadline.recipient, setLocally: deadline.setLocally
  }) AS deadlines
}
RETURN deadlines
