/** The SDK's DateHelper.getNowString(): "Tue Nov 3 09:05:07 UTC 2026", the TIMESTAMP Cognito signs. */
export function cognitoTimestamp(now = new Date()): string {
  const [weekday, , month, year, time] = now.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${now.getUTCDate()} ${time} UTC ${year}`;
}
