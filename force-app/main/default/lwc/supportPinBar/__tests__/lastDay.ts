// The PIN bar around the edges of a license's coverage, at the instants of the shared table
// (supportCoverage/__tests__/data/coverageEdges.json): what the Support PIN Policy flow decides
// there (scripts/__tests__/coverageRule.test.mjs) is what the bar must show, in any time zone.
import { createElement } from 'lwc';
import { flushPromises, freezeTime, shadow } from 'test-helpers';
import SupportPinBar from 'c/supportPinBar';
import { graphql } from 'lightning/graphql';
import coveredCustomer from './data/coveredCustomer.json';
import edges from '../../supportCoverage/__tests__/data/coverageEdges.json';

export type EdgeRow = (typeof edges.rows)[number];

/** The table's rows for viewers in `timeZone`, as [why, row] for it.each. */
export function rowsIn(timeZone: string): [string, EdgeRow][] {
    return edges.rows.filter((row) => row.timeZone === timeZone).map((row) => [`${row.why} (${row.local})`, row]);
}

/** The demo customer with one user license and one support license issued on `issuedOn`. */
function customerWithLicense(issuedOn: string): typeof coveredCustomer {
    const data = JSON.parse(JSON.stringify(coveredCustomer)) as typeof coveredCustomer;
    data.uiapi.query.User.edges[0].node.Contact.Account.User_Licenses__c.value = 1;
    const license = data.uiapi.query.Support_License__c.edges[0].node;
    license.Quantity__c.value = 1;
    license.Issued_On__c.value = issuedOn;
    return data;
}

/** The bar at the row's instant: whether it offers a PIN, says the customer is not covered, and until when they are. */
export async function barAt(
    row: EdgeRow
): Promise<{ element: HTMLElement; offersPin: boolean; notCovered: boolean; coveredUntil: string }> {
    freezeTime(new Date(row.now));
    const element = createElement('c-support-pin-bar', { is: SupportPinBar });
    document.body.appendChild(element);
    (graphql as unknown as { emit(data: unknown): void }).emit(customerWithLicense(row.issuedOn));
    await flushPromises();
    const root = shadow(element);
    return {
        element,
        offersPin: Boolean(root.querySelector('button.get-pin')),
        notCovered: Boolean(root.querySelector('.not-covered')),
        coveredUntil: (root.querySelector('.covered-until')?.textContent ?? '').replace(/\s+/g, ' ')
    };
}
