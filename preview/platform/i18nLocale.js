// The viewer's locale: the browser's, as a Salesforce user's would be their own.
export default window.navigator.language || 'en-US';
