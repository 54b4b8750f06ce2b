/**
 * supportCaseFollowers — the colleagues following a case, on the case's page (loaded when the customer
 * asks, c/supportCaseDetail): their names from one GraphQL request (followersQuery.ts). The case's
 * contact adds a colleague of the company (one Case_Follower__c record with the case and the contact)
 * or removes one; a follower stops following (deletes their own row). The org holds who may and how
 * many (validation rules on Case_Follower__c, flows Support_Case_Follower_Stamp and _Remove): this
 * only offers what it would accept and shows its refusal in words. Everyone else reads the names.
 *
 * Public surface: `caseId` and `caseContactId`, the case's Id and its ContactId, from the page.
 */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord, deleteRecord } from 'lightning/uiRecordApi';
import FOLLOWER_OBJECT from '@salesforce/schema/Case_Follower__c';
import CASE_FIELD from '@salesforce/schema/Case_Follower__c.Case__c';
import CONTACT_FIELD from '@salesforce/schema/Case_Follower__c.Contact__c';
import TITLE from '@salesforce/label/c.Support_Followers_Title';
import INTRO from '@salesforce/label/c.Support_Followers_Intro';
import NONE from '@salesforce/label/c.Support_Followers_None';
import ADD_LABEL from '@salesforce/label/c.Support_Followers_Add_Label';
import ADD_PLACEHOLDER from '@salesforce/label/c.Support_Followers_Add_Placeholder';
import ADD from '@salesforce/label/c.Support_Followers_Add';
import NO_COLLEAGUES from '@salesforce/label/c.Support_Followers_No_Colleagues';
import REMOVE from '@salesforce/label/c.Support_Followers_Remove';
import REMOVE_LABEL from '@salesforce/label/c.Support_Followers_Remove_Label';
import STOP from '@salesforce/label/c.Support_Followers_Stop';
import ADDED from '@salesforce/label/c.Support_Followers_Added';
import REMOVED from '@salesforce/label/c.Support_Followers_Removed';
import STOPPED from '@salesforce/label/c.Support_Followers_Stopped';
import SAVING from '@salesforce/label/c.Support_Followers_Saving';
import CHANGE_ERROR from '@salesforce/label/c.Support_Followers_Error';
import LOADING from '@salesforce/label/c.Support_Followers_Loading';
import LOAD_ERROR from '@salesforce/label/c.Support_Followers_Load_Error';
import { reduceErrors } from 'c/ldsUtils';
import { formatLabel } from 'c/supportFormat';
import { FOLLOWERS_QUERY, addable, followersFrom, followersVariables } from './followersQuery';
import type { Colleague, Follower, FollowersData } from './followersQuery';

type FollowerRow = Follower & { removeLabel: string; canRemove: boolean; canStop: boolean };

/** Where focus goes after a change: the colleague choice, else the heading (always there). */
const ADD_CHOICE = 'lightning-combobox.add-choice';
const HEADING = 'h3.followers-heading';

export default class SupportCaseFollowers extends LightningElement {
    labels = {
        title: TITLE,
        intro: INTRO,
        none: NONE,
        addLabel: ADD_LABEL,
        addPlaceholder: ADD_PLACEHOLDER,
        add: ADD,
        noColleagues: NO_COLLEAGUES,
        remove: REMOVE,
        stop: STOP,
        stopped: STOPPED,
        saving: SAVING,
        changeError: CHANGE_ERROR,
        loading: LOADING,
        loadError: LOAD_ERROR
    };

    /** The case's ContactId: its contact adds and removes followers. */
    @api caseContactId?: string;

    private shownCaseId?: string;

    /** The case's Id: the query asks for its followers. */
    @api
    get caseId(): string | undefined {
        return this.shownCaseId;
    }
    set caseId(value: string | undefined) {
        this.shownCaseId = value;
        this.variables = followersVariables(value);
    }

    variables = followersVariables(undefined);
    wiredResult?: GraphQLResult;
    loaded = false;
    loadErrors: string[] = [];
    followers: Follower[] = [];
    colleagues: Colleague[] = [];
    viewerId = '';
    viewerContactId = '';

    /** The colleague chosen to add: kept when the org refuses, so the customer can read why and choose again. */
    chosenId = '';
    saving = false;
    changeErrors: string[] = [];
    announcement = '';
    /** The viewer stopped following: told so in words, where their row was. */
    stopped = false;
    /** Set by a change: the next render moves focus there (a selector in the template). */
    focusTarget?: string;

    @wire(graphql, { query: FOLLOWERS_QUERY, variables: '$variables' })
    wiredFollowers(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = reduceErrors(result.errors);
        } else if (result.data) {
            this.loadErrors = [];
            Object.assign(this, followersFrom(result.data as FollowersData));
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

    get hasFollowers(): boolean {
        return this.followers.length > 0;
    }

    /** The viewer is the case's contact (the org refuses anyone else's additions). */
    get isCaseContact(): boolean {
        return Boolean(this.viewerContactId) && this.viewerContactId === this.caseContactId;
    }

    get rows(): FollowerRow[] {
        return this.followers.map((follower) => ({
            ...follower,
            removeLabel: formatLabel(REMOVE_LABEL, follower.name),
            canRemove: this.isCaseContact,
            canStop: !this.isCaseContact && Boolean(this.viewerId) && follower.userId === this.viewerId
        }));
    }

    get addOptions(): { label: string; value: string }[] {
        return addable(this.colleagues, this.followers, this.caseContactId ?? '').map(({ id, name }) => ({
            label: name,
            value: id
        }));
    }

    get hasAddOptions(): boolean {
        return this.addOptions.length > 0;
    }

    get addDisabled(): boolean {
        return this.saving || !this.chosenId;
    }

    handleChoose(event: CustomEvent<{ value: string }>): void {
        this.chosenId = event.detail.value;
        this.changeErrors = [];
    }

    /** Adds the chosen colleague. Calls while one is under way are ignored: a double click files one record. */
    async handleAdd(): Promise<void> {
        const colleague = this.colleagues.find((candidate) => candidate.id === this.chosenId);
        if (this.saving || !colleague) {
            return;
        }
        await this.change(
            () =>
                createRecord({
                    apiName: FOLLOWER_OBJECT.objectApiName,
                    fields: { [CASE_FIELD.fieldApiName]: this.caseId, [CONTACT_FIELD.fieldApiName]: colleague.id }
                }),
            () => {
                this.chosenId = '';
                this.announcement = formatLabel(ADDED, colleague.name);
            }
        );
    }

    /** Removes a follower (the case's contact), or the viewer's own row (Stop following). */
    async handleRemove(event: Event): Promise<void> {
        const follower = this.followers.find(
            (candidate) => candidate.id === (event.currentTarget as HTMLElement).dataset.id
        );
        if (this.saving || !follower) {
            return;
        }
        const own = follower.userId === this.viewerId && !this.isCaseContact;
        await this.change(
            () => deleteRecord(follower.id),
            () => {
                this.stopped = own;
                this.announcement = own ? STOPPED : formatLabel(REMOVED, follower.name);
            }
        );
    }

    /** One change to the org: refused, its words are shown and nothing else moves; done, the list is asked again. */
    async change(save: () => Promise<unknown>, done: () => void): Promise<void> {
        this.saving = true;
        this.changeErrors = [];
        try {
            await save();
            done();
            await this.wiredResult?.refresh?.();
            // After the list is asked again: the choice is there only while a colleague is left to add.
            this.focusTarget = this.stopped ? 'p.stopped' : ADD_CHOICE;
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
            const target =
                this.template?.querySelector<HTMLElement>(this.focusTarget) ??
                this.template?.querySelector<HTMLElement>(HEADING);
            this.focusTarget = undefined;
            target?.focus();
        }
    }
}
