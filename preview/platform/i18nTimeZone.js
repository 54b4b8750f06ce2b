// The viewer's time zone: the browser's, as a Salesforce user's would be their own.
export default Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Los_Angeles';
