// Stand-in for lightning/navigation: the preview is a small site with the
// routes the Support Portal site has (Home, Cases, Create a Case, case pages).
export const ROUTES = { Home: '/', Cases__c: '/cases', Create_a_Case__c: '/create-case' };

export function urlFor(pageReference) {
    const { recordId, name } = pageReference?.attributes || {};
    if (pageReference?.type === 'standard__recordPage' && recordId) {
        return `/case/${recordId}`;
    }
    return ROUTES[name] || '/';
}

export function goTo(url, replace) {
    if (replace) {
        window.history.replaceState({}, '', url);
    } else {
        window.history.pushState({}, '', url);
    }
    window.dispatchEvent(new CustomEvent('preview:navigate'));
}

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
        const match = /^\/case\/(\w+)/.exec(window.location.pathname);
        this.dataCallback(
            match
                ? {
                      type: 'standard__recordPage',
                      attributes: { recordId: match[1], objectApiName: 'Case', actionName: 'view' }
                  }
                : {
                      type: 'comm__namedPage',
                      attributes: {
                          name: Object.keys(ROUTES).find((k) => ROUTES[k] === window.location.pathname) || 'Home'
                      }
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
