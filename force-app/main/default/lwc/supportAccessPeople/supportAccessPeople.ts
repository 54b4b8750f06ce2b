/**
 * supportAccessPeople — Who may grant privileged access, on the Support access page: the people of the
 * customer's company (name, email, whether each may grant Thycotic privileged access and end PINs,
 * Contact.Privileged_Access__c; the support admin marked, Contact.Support_Admin__c), from one GraphQL
 * request (peopleQuery.ts). The company's support admin gets Allow or Withdraw on each row, after an
 * inline confirmation (LWR sites have no modals) that takes focus on its safe choice, Keep as is, and
 * closes on it or on Escape; then one Privileged_Access_Change__c record, which the org applies or
 * refuses in words (flow Privileged_Access_Change_Apply), and the list is asked again. Everyone else
 * reads the list and whom to ask. The org holds who may: this only offers what it would accept.
 */
import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import CHANGE_OBJECT from '@salesforce/schema/Privileged_Access_Change__c';
import CHANGE_CONTACT_FIELD from '@salesforce/schema/Privileged_Access_Change__c.Contact__c';
import CHANGE_GRANT_FIELD from '@salesforce/schema/Privileged_Access_Change__c.Grant__c';
import TITLE from '@salesforce/label/c.Support_People_Title';
import CAPTION from '@salesforce/label/c.Support_People_Caption';
import COLUMN_NAME from '@salesforce/label/c.Support_People_Column_Name';
import COLUMN_EMAIL from '@salesforce/label/c.Support_People_Column_Email';
import COLUMN_ACCESS from '@salesforce/label/c.Support_People_Column_Access';
import COLUMN_ACTION from '@salesforce/label/c.Support_People_Column_Action';
import MAY_GRANT from '@salesforce/label/c.Support_People_May_Grant';
import MAY_NOT from '@salesforce/label/c.Support_People_May_Not';
import ADMIN from '@salesforce/label/c.Support_People_Admin';
import ALLOW from '@salesforce/label/c.Support_People_Allow';
import ALLOW_LABEL from '@salesforce/label/c.Support_People_Allow_Label';
import ALLOW_CONFIRM from '@salesforce/label/c.Support_People_Allow_Confirm';
import WITHDRAW from '@salesforce/label/c.Support_People_Withdraw';
import WITHDRAW_LABEL from '@salesforce/label/c.Support_People_Withdraw_Label';
import WITHDRAW_CONFIRM from '@salesforce/label/c.Support_People_Withdraw_Confirm';
import KEEP from '@salesforce/label/c.Support_People_Keep';
import SAVING from '@salesforce/label/c.Support_People_Saving';
import CHANGE_ERROR from '@salesforce/label/c.Support_People_Error';
import ALLOWED from '@salesforce/label/c.Support_People_Allowed';
import WITHDRAWN from '@salesforce/label/c.Support_People_Withdrawn';
import ASK from '@salesforce/label/c.Support_People_Ask';
import ASK_THYCOTIC from '@salesforce/label/c.Support_People_Ask_Thycotic';
import OR from '@salesforce/label/c.Support_People_Or';
import LOADING from '@salesforce/label/c.Support_People_Loading';
import LOAD_ERROR from '@salesforce/label/c.Support_People_Load_Error';
import { reduceErrors } from 'c/ldsUtils';
import { formatLabel } from 'c/supportFormat';
import { PEOPLE_QUERY, listNames, peopleFrom, peopleVariables } from './peopleQuery';
import type { PeopleData, Person } from './peopleQuery';

type PersonRow = Person & {
    access: string;
    action: string;
    actionLabel: string;
    question: string;
    questionId: string;
    confirmClass: string;
    confirming: boolean;
};

export default class SupportAccessPeople extends LightningElement {
    labels = {
        title: TITLE,
        caption: CAPTION,
        columns: { name: COLUMN_NAME, email: COLUMN_EMAIL, access: COLUMN_ACCESS, action: COLUMN_ACTION },
        admin: ADMIN,
        keep: KEEP,
        saving: SAVING,
        changeError: CHANGE_ERROR,
        loading: LOADING,
        loadError: LOAD_ERROR
    };
    variables = peopleVariables();

    wiredResult?: GraphQLResult;
    loaded = false;
    loadErrors: string[] = [];
    people: Person[] = [];
    viewerContactId = '';

    /** The row whose confirmation is open. */
    confirmingId = '';
    saving = false;
    changeErrors: string[] = [];
    announcement = '';
    /** Set by an action: the next render moves focus there (a selector in the template). */
    focusTarget?: string;

    @wire(graphql, { query: PEOPLE_QUERY, variables: '$variables' })
    wiredPeople(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = reduceErrors(result.errors);
        } else if (result.data) {
            this.loadErrors = [];
            const { viewerContactId, people } = peopleFrom(result.data as PeopleData);
            this.viewerContactId = viewerContactId;
            this.people = people;
            this.loaded = true;
        }
    }

    get isLoading(): boolean {
        return !this.loaded && !this.hasLoadError;
    }

    get hasLoadError(): boolean {
        return this.loadErrors.length > 0;
    }

    get hasChangeErrors(): boolean {
        return this.changeErrors.length > 0;
    }

    /** The viewer is their company's support admin (the org refuses anyone else's change). */
    get isAdmin(): boolean {
        return this.people.some((person) => person.id === this.viewerContactId && person.admin);
    }

    get showAsk(): boolean {
        return !this.isAdmin;
    }

    /** For everyone else: whom to ask, the company's support admins by name, or Thycotic alone. */
    get askText(): string {
        const admins = this.people.filter((person) => person.admin).map((person) => person.name);
        return admins.length ? formatLabel(ASK, listNames(admins, OR)) : ASK_THYCOTIC;
    }

    get rows(): PersonRow[] {
        return this.people.map((person) => ({
            ...person,
            access: person.mayGrant ? MAY_GRANT : MAY_NOT,
            action: person.mayGrant ? WITHDRAW : ALLOW,
            actionLabel: formatLabel(person.mayGrant ? WITHDRAW_LABEL : ALLOW_LABEL, person.name),
            question: formatLabel(person.mayGrant ? WITHDRAW_CONFIRM : ALLOW_CONFIRM, person.name),
            questionId: `question-${person.id}`,
            confirmClass: `slds-button ${person.mayGrant ? 'slds-button_destructive' : 'slds-button_brand'} confirm-change`,
            confirming: person.id === this.confirmingId
        }));
    }

    handleChange(event: Event): void {
        this.confirmingId = (event.currentTarget as HTMLElement).dataset.id ?? '';
        this.changeErrors = [];
        this.focusTarget = 'button.keep';
    }

    handleKeep(): void {
        const id = this.confirmingId;
        this.confirmingId = '';
        this.changeErrors = [];
        this.focusTarget = `button.change[data-id="${id}"]`;
    }

    /** Escape in the confirmation is Keep as is. */
    handleConfirmKey(event: KeyboardEvent): void {
        if (event.key === 'Escape' && !this.saving) {
            event.stopPropagation();
            this.handleKeep();
        }
    }

    /**
     * Files the change: the flag becomes the opposite of what the row shows. Calls while one is under way
     * are ignored: a double click files one record. Then the list is asked again, as the org now holds it.
     */
    async handleConfirmChange(): Promise<void> {
        const person = this.people.find((candidate) => candidate.id === this.confirmingId);
        if (this.saving || !person) {
            return;
        }
        const grant = !person.mayGrant;
        this.saving = true;
        this.changeErrors = [];
        try {
            await createRecord({
                apiName: CHANGE_OBJECT.objectApiName,
                fields: { [CHANGE_CONTACT_FIELD.fieldApiName]: person.id, [CHANGE_GRANT_FIELD.fieldApiName]: grant }
            });
            this.confirmingId = '';
            this.announcement = formatLabel(grant ? ALLOWED : WITHDRAWN, person.name);
            this.focusTarget = `button.change[data-id="${person.id}"]`;
            await this.wiredResult?.refresh?.();
        } catch (error) {
            this.changeErrors = reduceErrors(error);
        } finally {
            this.saving = false;
        }
    }

    async handleTryAgain(): Promise<void> {
        await this.wiredResult?.refresh?.();
    }

    renderedCallback(): void {
        if (this.focusTarget) {
            const target = this.template?.querySelector<HTMLElement>(this.focusTarget);
            if (target) {
                this.focusTarget = undefined;
                target.focus();
            }
        }
    }
}
