// Stand-in for lightning/navigation: the preview is a small site with the
// routes the Support Portal site has (Home, Cases, Create a Case, Article, Support access, Email notifications, case pages), and the
// Thycotic Support app's stand-in under /engineer, where a case opens on the app's case page.
import { currentPersona } from './demoOrg';

export const ROUTES = {
    Home: '/',
    Cases__c: '/cases',
    Create_a_Case__c: '/create-case',
    Article__c: '/article',
    Support_Access__c: '/support-access',
    Email_Notifications__c: '/email-notifications'
};

/**
 * A page reference's state as the URL's query string: a key set to undefined is left out. As in an
 * org, a key without a namespace is refused ("state properties must use a namespace prefix followed
 * by two underscores", LWC Developer Guide, Add Query Parameters; unprefixed ones are Salesforce's).
 */
function queryOf(state) {
    const unprefixed = Object.keys(state || {}).filter((key) => !/^[A-Za-z]\w*__\w+$/.test(key));
    if (unprefixed.length) {
        throw new Error(`Page state keys need a namespace prefix (c__): ${unprefixed.join(', ')}`);
    }
    const params = new URLSearchParams(
        Object.entries(state || {}).filter(([, value]) => value !== undefined && value !== null)
    );
    const query = params.toString();
    return query ? `?${query}` : '';
}

export function urlFor(pageReference) {
    const { recordId, name } = pageReference?.attributes || {};
    if (pageReference?.type === 'standard__recordPage' && recordId) {
        // The app opens a case on its own record page, the site on the site's case page.
        const app = currentPersona() === 'engineer' ? '/engineer' : '';
        return `${app}/case/${recordId}${queryOf(pageReference.state)}`;
    }
    return `${ROUTES[name] || '/'}${queryOf(pageReference?.state)}`;
}

export function goTo(url, replace) {
    if (replace) {
        window.history.replaceState({}, '', url);
    } else {
        window.history.pushState({}, '', url);
    }
    window.dispatchEvent(new CustomEvent('preview:navigate'));
}

/** A case's page: the site's (/case/<id>) or the app's (/engineer/case/<id>). */
export const CASE_PATH = /^(?:\/engineer)?\/case\/(\w+)/;

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = (Base) =>
    class extends Base {
        [Navigate](pageReference, replace) {
            goTo(urlFor(pageReference), replace);
        }

        [GenerateUrl](pageReference) {
            return Promise.resolve(urlFor(pageReference));
        }
    };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export class CurrentPageReference {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.listener = () => this.emit();
    }

    emit() {
        const match = CASE_PATH.exec(window.location.pathname);
        const state = Object.fromEntries(new URLSearchParams(window.location.search));
        this.dataCallback(
            match
                ? {
                      type: 'standard__recordPage',
                      attributes: { recordId: match[1], objectApiName: 'Case', actionName: 'view' },
                      state
                  }
                : {
                      type: 'comm__namedPage',
                      attributes: {
                          // An address that is no page: the site's Error route.
                          name: Object.keys(ROUTES).find((k) => ROUTES[k] === window.location.pathname) || 'Error'
                      },
                      state
                  }
        );
    }

    update() {
        this.emit();
    }

    connect() {
        window.addEventListener('preview:navigate', this.listener);
        window.addEventListener('popstate', this.listener);
    }

    disconnect() {
        window.removeEventListener('preview:navigate', this.listener);
        window.removeEventListener('popstate', this.listener);
    }
}
