// The preview page: a banner that says this is not an org, the demo org's
// controls (reset, faults), and the Support Portal's components as a site
// page would place them.
import { LightningElement } from 'lwc';
import CASES from '@salesforce/label/c.Support_Nav_Cases';
import CREATE_CASE from '@salesforce/label/c.Support_Nav_Create_Case';
import CASE_TITLE from '@salesforce/label/c.Support_Case_Detail_Title';
import NOT_FOUND_TITLE from '@salesforce/label/c.Support_Not_Found_Page_Title';
import SUPPORT_ACCESS from '@salesforce/label/c.Support_Access_Title';
import EMAIL_NOTIFICATIONS from '@salesforce/label/c.Support_Email_Choices_Title';
import { SUPPORT_LANGUAGES } from 'c/supportLanguages';
import {
    reset,
    setNextFault,
    nextFault,
    onChange,
    SCENARIOS,
    currentScenario,
    setScenario,
    currentLanguage,
    setLanguage,
    CUSTOMERS,
    currentCustomerId,
    signInAs
} from '../../../../platform/demoOrg';
import { CASE_PATH, ROUTES } from '../../../../platform/navigation';

const FAULT_OPTIONS = [
    { value: '', label: 'succeeds' },
    { value: 'network', label: 'fails: network' },
    { value: 'validation', label: 'fails: validation rule' },
    { value: 'duplicate', label: 'fails: duplicate value' }
];

export default class App extends LightningElement {
    // Page titles as the site's pages would have them, in the customer's language.
    titles = {
        cases: CASES,
        createCase: CREATE_CASE,
        caseDetail: CASE_TITLE.replace('{0}', '').trim(),
        notFound: NOT_FOUND_TITLE,
        supportAccess: SUPPORT_ACCESS,
        emailNotifications: EMAIL_NOTIFICATIONS
    };
    resetMessage = '';
    faults = { read: nextFault('read') || '', write: nextFault('write') || '' };
    scenario = currentScenario();
    path = window.location.pathname;
    /** On a phone the bar starts folded to one line, so the page is what the first screen shows. */
    controlsOpen = !window.matchMedia('(max-width: 40em)').matches;

    connectedCallback() {
        this.onLocationChange = () => {
            this.path = window.location.pathname;
        };
        window.addEventListener('preview:navigate', this.onLocationChange);
        window.addEventListener('popstate', this.onLocationChange);
        this.stopListening = onChange(() => {
            this.faults = { read: nextFault('read') || '', write: nextFault('write') || '' };
            this.scenario = currentScenario();
        });
    }

    get scenarioOptions() {
        return Object.entries(SCENARIOS).map(([value, { label }]) => ({
            value,
            label,
            selected: value === this.scenario
        }));
    }

    get languageOptions() {
        return SUPPORT_LANGUAGES.map(({ code, tag, name }) => ({
            value: code,
            lang: tag,
            label: name,
            selected: code === currentLanguage()
        }));
    }

    /** The demo customer's language, kept in the demo org (its user record): the page reloads in it. */
    handleLanguageChange(event) {
        setLanguage(event.target.value);
        window.location.reload();
    }

    /** The portal user the page is signed in as (Dana, authorized; Walter, a colleague): the page reloads as them. */
    get signedInOptions() {
        return CUSTOMERS.map(({ userId, label }) => ({
            value: userId,
            label,
            selected: userId === currentCustomerId()
        }));
    }

    handleSignedInChange(event) {
        signInAs(event.target.value);
        window.location.reload();
    }

    handleScenarioChange(event) {
        setScenario(event.target.value);
    }

    disconnectedCallback() {
        this.stopListening?.();
        window.removeEventListener('preview:navigate', this.onLocationChange);
        window.removeEventListener('popstate', this.onLocationChange);
    }

    get caseId() {
        return (CASE_PATH.exec(this.path) || [])[1];
    }

    get isHome() {
        return this.path === ROUTES.Home;
    }

    /** Any other address of the portal: the site's Error route (routeType error), never Home. */
    get isNotFound() {
        return (
            !this.isHome &&
            !this.isCases &&
            !this.isCreateCase &&
            !this.isCaseDetail &&
            !this.isArticle &&
            !this.isSupportAccess &&
            !this.isEmailNotifications &&
            !this.isEngineer
        );
    }

    /** The app's Verify PIN tab, and the demo inbox. */
    get isEngineerHome() {
        return this.isEngineer && !this.caseId;
    }

    /** A case opened in the app: the app's case page (/engineer/case/<id>). */
    get isEngineerCase() {
        return this.isEngineer && Boolean(this.caseId);
    }

    /** The Thycotic Support app's stand-in: the support engineer's side, signed in as Fox Mulder. */
    get isEngineer() {
        return this.path.startsWith('/engineer');
    }

    get isPortal() {
        return !this.isEngineer;
    }

    get customerCurrent() {
        return this.isEngineer ? null : 'page';
    }

    get engineerCurrent() {
        return this.isEngineer ? 'page' : null;
    }

    get isArticle() {
        return this.path === '/article';
    }

    get isCases() {
        return this.path === '/cases';
    }

    get isSupportAccess() {
        return this.path === '/support-access';
    }

    get isEmailNotifications() {
        return this.path === '/email-notifications';
    }

    get isCreateCase() {
        return this.path === '/create-case';
    }

    get isCaseDetail() {
        return Boolean(this.caseId) && !this.isEngineer;
    }

    get readOptions() {
        return FAULT_OPTIONS.slice(0, 2).map((option) => ({ ...option, selected: option.value === this.faults.read }));
    }

    get writeOptions() {
        return FAULT_OPTIONS.map((option) => ({ ...option, selected: option.value === this.faults.write }));
    }

    handleReset() {
        reset();
        this.resetMessage = 'Demo data reset. Reload the page to start again from the seed.';
    }

    handleFaultChange(event) {
        setNextFault(event.target.dataset.kind, event.target.value);
    }
}
