// The viewer's locale. A German-speaking demo customer formats as in Germany; otherwise the
// browser's locale stands in for the user's own, as a Salesforce user's LocaleSidKey would.
import { currentLanguage } from './demoOrg';

export default currentLanguage() === 'de' ? 'de-DE' : window.navigator.language || 'en-US';
