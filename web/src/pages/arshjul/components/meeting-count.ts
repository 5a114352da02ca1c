export const meetingCount = (n: number) => (n === 1 ? "1 møte" : `${n} møter`);
