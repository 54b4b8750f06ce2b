// The viewer's locale. A demo customer who reads the portal in another language than English formats
// as that language's own (Intl takes 'de' as Germany's); otherwise the browser's locale stands in for
// the user's own, as a Salesforce user's LocaleSidKey would. No language is named here: a new one
// formats by itself.
import { currentLanguage } from './demoOrg';

const language = currentLanguage();

export default language && language !== 'en_US' ? language.replace('_', '-') : window.navigator.language || 'en-US';
