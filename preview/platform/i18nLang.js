// The viewer's language, as @salesforce/i18n/lang gives it: the demo customer's User.LanguageLocaleKey
// ('en_US' → 'en-US', 'de' → 'de'), read when the page loads, as in an org.
import { currentLanguage } from './demoOrg';

export default currentLanguage().replace('_', '-');
