import { createElement } from 'lwc';
import { deepText, flushPromises, shadow } from 'test-helpers';
import SupportCaseDetail from 'c/supportCaseDetail';
import { getRecord } from 'lightning/uiRecordApi';
import { getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import workingCase from './data/workingCase.json';
import waitingCase from './data/waitingCase.json';
import closedCase from './data/closedCase.json';
import casePicklists from '@metadata/picklists/Case';
import errors from '../../ldsUtils/__tests__/data/errors.json';
import { graphql } from 'lightning/graphql';
import * as navigation from 'lightning/navigation';

// gql answers the query's text, so a test can tell whether the wire asks at all.
jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown): void;
    getLastConfig(): { query?: string; variables?: Record<string, unknown> };
};
const { navigate: mockNavigate } = navigation as unknown as { navigate: jest.Mock };

interface LdsTestAdapter {
    emit(value: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): Record<string, unknown>;
}
const recordAdapter = getRecord as unknown as LdsTestAdapter;
const picklistsAdapter = getPicklistValuesByRecordType as unknown as LdsTestAdapter;

async function renderCase(record: unknown): Promise<HTMLElement> {
    const element = createElement('c-support-case-detail', { is: SupportCaseDetail });
    Object.assign(element, { recordId: '500DEMO0000000001AAA' });
    document.body.appendChild(element);
    picklistsAdapter.emit(casePicklists);
    recordAdapter.emit(record);
    await flushPromises();
    return element;
}

/** The path's statuses as shown, each with what it claims: the case's current status, or nothing. */
function path(element: HTMLElement): { value: string; current: string | null; claims: string }[] {
    return Array.from(shadow(element).querySelectorAll('.path li')).map((li) => ({
        value: li.textContent?.trim() ?? '',
        current: li.getAttribute('aria-current'),
        // Any mark of a status done or passed (SLDS's complete stage hides its label behind a check mark).
        claims: /complete|done|passed/i.test(li.className) || li.querySelector('.slds-path__stage') ? 'done' : ''
    }));
}

function details(element: HTMLElement): Record<string, string> {
    return Object.fromEntries(
        Array.from(shadow(element).querySelectorAll('.detail')).map((item) => [
            item.querySelector('dt')?.textContent,
            item.querySelector('dd')?.textContent ?? ''
        ])
    );
}

describe('c-support-case-detail', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('reads the case it is placed on', async () => {
        await renderCase(workingCase);
        expect(recordAdapter.getLastConfig().recordId).toBe('500DEMO0000000001AAA');
    });

    it('loads the colleagues following the case only when asked for, given the case and its contact', async () => {
        const element = await renderCase(workingCase);
        expect(recordAdapter.getLastConfig().optionalFields).toContainEqual({
            objectApiName: 'Case',
            fieldApiName: 'ContactId'
        });
        expect(shadow(element).querySelector('[data-part="followers"]')).toBeNull();
        expect(graphqlAdapter.getLastConfig().query).toBeUndefined();
        const show = shadow(element).querySelector('button.show-followers') as HTMLElement;
        expect(show.textContent?.trim()).toBe('Show colleagues following this case');
        show.click();
        show.click();
        await flushPromises();
        await flushPromises();
        const followers = shadow(element).querySelector('[data-part="followers"]') as HTMLElement & {
            caseId: string;
            caseContactId: string;
        };
        expect(followers).not.toBeNull();
        expect(followers.caseId).toBe('500DEMO0000000001AAA');
        expect(followers.caseContactId).toBe('003DEMO0000000001AAA');
        expect(shadow(element).querySelector('button.show-followers')).toBeNull();
        expect(graphqlAdapter.getLastConfig().query).toContain('query supportCaseFollowers');
    });

    it('shows the case number, subject and status as a path through the org’s status values', async () => {
        const element = await renderCase(workingCase);
        expect(shadow(element).querySelector('.title')?.textContent).toBe('Case 00001026');
        expect(shadow(element).querySelector('.subject')?.textContent).toBe('Discovery scan stops at 40%');
        expect(shadow(element).querySelector('.path')?.getAttribute('aria-label')).toBe('Case progress');
        // Every status by its label; the case's own marked current; none claimed done, as the page
        // does not read the case's history.
        expect(path(element)).toEqual([
            { value: 'New', current: null, claims: '' },
            { value: 'Working', current: 'step', claims: '' },
            { value: 'Waiting on Customer', current: null, claims: '' },
            { value: 'Escalated', current: null, claims: '' },
            { value: 'Closed', current: null, claims: '' }
        ]);
    });

    it('shows severity, product, whether a valid PIN was given (never the PIN) and last update', async () => {
        const element = await renderCase(workingCase);
        const shown = details(element);
        expect(shown).toMatchObject({
            Status: 'Working',
            Severity: 'Severity 3',
            Product: 'Secret Server',
            'Support PIN': 'Verified'
        });
        expect(deepText(element)).not.toContain('80412765');
        expect(shown['Last updated']).toMatch(/^Nov 20, 2026, 1:00\sAM$/);
    });

    it('says once what happens next: answers come in the conversation, Severity 1 goes by phone', async () => {
        const element = await renderCase(workingCase);
        expect(shadow(element).querySelector('.next-step')?.textContent).toBe(
            'Thycotic Support is working on your case. Their answer will appear in the conversation below.'
        );
        // Not by email above a reply box; and the Severity 1 rule once, with the phone number.
        expect(deepText(element)).not.toMatch(/email/i);
        expect(deepText(element).match(/Severity 1/g)).toHaveLength(1);
        const phones = shadow(element).querySelector('c-support-phone-table') as HTMLElement & {
            showOnlyRegion: boolean;
        };
        expect(phones.showOnlyRegion).toBe(true);
    });

    it('asks the customer to reply while support waits for them', async () => {
        const element = await renderCase(waitingCase);
        expect(shadow(element).querySelector('.next-step')?.textContent).toBe(
            'Thycotic Support is waiting for your reply. Answer in the conversation below so work can continue.'
        );
        expect(details(element)['Support PIN']).toBe('No PIN');
    });

    it('says how to reopen the matter once closed, with no phone prompt', async () => {
        const element = await renderCase(closedCase);
        // Closed is current; Waiting on Customer and Escalated, which this case never went through, are not marked done.
        expect(path(element)).toEqual([
            { value: 'New', current: null, claims: '' },
            { value: 'Working', current: null, claims: '' },
            { value: 'Waiting on Customer', current: null, claims: '' },
            { value: 'Escalated', current: null, claims: '' },
            { value: 'Closed', current: 'step', claims: '' }
        ]);
        // One way back for a closed case, the one the conversation offers: reopen it (never "create a new case").
        expect(shadow(element).querySelector('.next-step')?.textContent).toBe(
            'This case is closed. If the issue came back, reopen it in the conversation below.'
        );
        expect(shadow(element).querySelector('c-support-phone-table')).toBeNull();
    });

    it('still shows a status the picklist does not list', async () => {
        const element = await renderCase({
            ...workingCase,
            fields: { ...workingCase.fields, Status: { value: 'On Hold', displayValue: null } }
        });
        expect(path(element).pop()).toEqual({ value: 'On Hold', current: 'step', claims: '' });
        expect(path(element).filter((step) => step.current)).toHaveLength(1);
    });

    it('shows a load error in words', async () => {
        const element = createElement('c-support-case-detail', { is: SupportCaseDetail });
        Object.assign(element, { recordId: '500DEMO0000000009AAA' });
        document.body.appendChild(element);
        recordAdapter.error(errors.networkError.body, 503, 'Service Unavailable');
        await flushPromises();
        const alert = shadow(element).querySelector('.load-error');
        expect(deepText(alert)).toContain('We could not load this case.');
        expect(deepText(alert)).toContain("The portal's server could not be reached");
        expect(shadow(element).querySelector('.not-found')).toBeNull();
    });

    it('says a case that is not there, or not the customer’s, is not found, with a way on', async () => {
        const element = createElement('c-support-case-detail', { is: SupportCaseDetail });
        Object.assign(element, { recordId: '500DEMO0000000009AAA' });
        document.body.appendChild(element);
        recordAdapter.error(errors.uiApiReadError.body, 404, 'Not Found');
        await flushPromises();
        const notFound = shadow(element).querySelector('c-support-not-found') as HTMLElement & { subject: string };
        expect(notFound.subject).toBe('case');
        expect(deepText(notFound)).toContain('Case not found');
        expect(deepText(notFound)).toContain('This case does not exist, or it is not shared with you.');
        expect(deepText(notFound)).not.toContain('The requested resource does not exist');
        expect(shadow(element).querySelector('.load-error')).toBeNull();
        expect(shadow(element).querySelector('.case-detail')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('reads no record for a case number, finds its case and goes on to the case’s own page', async () => {
        const element = createElement('c-support-case-detail', { is: SupportCaseDetail });
        Object.assign(element, { recordId: '00001026' });
        document.body.appendChild(element);
        await flushPromises();
        expect(recordAdapter.getLastConfig().recordId).toBeUndefined();
        expect(graphqlAdapter.getLastConfig().query).toContain('query supportCaseByNumber');
        expect(graphqlAdapter.getLastConfig().variables).toEqual({ caseNumber: '00001026' });
        graphqlAdapter.emit({ uiapi: { query: { Case: { edges: [{ node: { Id: '500DEMO0000000001AAA' } }] } } } });
        await flushPromises();
        expect(mockNavigate).toHaveBeenCalledWith(
            {
                type: 'standard__recordPage',
                attributes: { recordId: '500DEMO0000000001AAA', objectApiName: 'Case', actionName: 'view' }
            },
            true
        );
        expect(shadow(element).querySelector('c-support-not-found')).toBeNull();
    });

    it('says a case number the customer has no case of is not found', async () => {
        const element = createElement('c-support-case-detail', { is: SupportCaseDetail });
        Object.assign(element, { recordId: '00009999' });
        document.body.appendChild(element);
        graphqlAdapter.emit({ uiapi: { query: { Case: { edges: [] } } } });
        await flushPromises();
        expect(mockNavigate).not.toHaveBeenCalled();
        expect(deepText(shadow(element).querySelector('c-support-not-found'))).toContain('Case not found');
    });

    it('asks nothing by number for a record Id', async () => {
        await renderCase(workingCase);
        expect(graphqlAdapter.getLastConfig().query).toBeUndefined();
    });

    it('says who is waiting, and since when, from the time the case entered its status', async () => {
        const since = (record: { fields: Record<string, unknown> }, when: string | null) => ({
            ...record,
            fields: { ...record.fields, Status_Changed_At__c: { value: when, displayValue: null } }
        });
        let element = await renderCase(since(workingCase, '2026-11-20T14:30:00.000Z'));
        expect(shadow(element).querySelector('.next-step')?.textContent).toMatch(
            /^Waiting for Thycotic Support since Nov 20, 2026, \d{1,2}:30\s[AP]M\. Their answer will appear in the conversation below\.$/
        );
        document.body.replaceChildren();
        element = await renderCase(since(waitingCase, '2026-11-21T09:00:00.000Z'));
        expect(shadow(element).querySelector('.next-step')?.textContent).toMatch(
            /^Thycotic Support has been waiting for your reply since Nov 21, 2026/
        );
        document.body.replaceChildren();
        // A closed case, or one the stamp has not reached (created before the flow), says what comes next.
        element = await renderCase(since(closedCase, '2026-11-21T09:00:00.000Z'));
        expect(shadow(element).querySelector('.next-step')?.textContent).toContain('This case is closed.');
        document.body.replaceChildren();
        element = await renderCase(since(workingCase, null));
        expect(shadow(element).querySelector('.next-step')?.textContent).toContain(
            'Thycotic Support is working on your case'
        );
    });

    it('is accessible', async () => {
        await expect(await renderCase(workingCase)).toBeAccessible();
        document.body.replaceChildren();
        await expect(await renderCase(closedCase)).toBeAccessible();
    });
});
