// The demo org's copy of the support policy that the org holds in its record-triggered flows
// (force-app/main/default/flows): what each flow decides, in the same order. It only decides
// *when*; every refusal is the flow's own Custom Error element, read from the flow's XML with its
// label and field (flowError below), and the rate limit is the flow's constant. A metadata check
// (scripts/lib/metadataChecks.mjs, checkPolicyMirror) fails when a Custom Error of a flow has no
// counterpart here, or this file names one the flow does not have.
import { metadata } from 'virtual:metadata';
import { fieldErrors } from './uiErrors';
// The flow Support_Case_Email_PIN's rule, as the portal's module holds it (tested on one table with the flow's formulas).
import { subjectMentionsPin, subjectNamesPin } from 'c/supportEmail';

const DAY_MS = 24 * 60 * 60 * 1000;
const SECRET_SERVER_CLOUD = 'Secret Server Cloud';

/** The UI API error a flow's Custom Error element raises. */
export function flowError(flowName, elementName) {
    const element = metadata.flows[flowName]?.customErrors[elementName];
    if (!element) {
        throw new Error(`The flow ${flowName} has no Custom Error ${elementName}`);
    }
    return fieldErrors([
        { field: element.field, errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: element.message }
    ]);
}

function constant(flowName, name) {
    return metadata.flows[flowName].constants[name];
}

/** The contact and account of a portal user, or undefined when either is missing. */
function identity(user, findRecord) {
    const contact = findRecord(user.ContactId)?.record;
    return contact?.AccountId ? { contactId: contact.Id, account: findRecord(contact.AccountId).record } : undefined;
}

/** Support_PIN_Policy: before save, on create of a Support PIN. */
function supportPinPolicy(record, prior, { user, findRecord, allRecords }) {
    if (prior) {
        return;
    }
    const now = new Date();
    record.Issued_At__c = now.toISOString();
    record.Expires_At__c = new Date(now.getTime() + (record.Kind__c === 'Privileged' ? 1 : 7) * DAY_MS).toISOString();
    if (!user.ContactId) {
        return;
    }
    const found = identity(user, findRecord);
    if (!found) {
        throw flowError('Support_PIN_Policy', 'Error_No_Account');
    }
    const { contactId, account } = found;
    record.Contact__c = contactId;
    record.Account__c = account.Id;
    record.Product__c = account.Support_Product__c ?? null;
    if (record.Kind__c === 'Privileged' && account.Support_Product__c !== SECRET_SERVER_CLOUD) {
        throw flowError('Support_PIN_Policy', 'Error_Privileged_Cloud_Only');
    }
    // "Today" is the UTC date; a license issued on day D covers D to D + 364.
    const today = now.toISOString().slice(0, 10);
    const coverageStart = new Date(Date.parse(`${today}T00:00:00Z`) - 364 * DAY_MS).toISOString().slice(0, 10);
    const covered = allRecords('Support_License__c')
        .filter((l) => l.Account__c === account.Id && l.Issued_On__c <= today && l.Issued_On__c >= coverageStart)
        .reduce((sum, l) => sum + (Number(l.Quantity__c) || 0), 0);
    const userLicenses = Number(account.User_Licenses__c);
    if (!(userLicenses >= 1) || covered < userLicenses) {
        throw flowError('Support_PIN_Policy', 'Error_Not_Covered');
    }
    const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
    const recent = allRecords('Support_PIN__c').filter((p) => p.CreatedById === user.Id && p.CreatedDate >= dayAgo);
    if (recent.length >= constant('Support_PIN_Policy', 'MaxPinsPer24Hours')) {
        throw flowError('Support_PIN_Policy', 'Error_Too_Many_PINs');
    }
    if (
        record.Kind__c === 'Privileged' &&
        allRecords('Support_PIN__c').some(
            (p) => p.Account__c === account.Id && p.Kind__c === 'Privileged' && p.Expires_At__c > now.toISOString()
        )
    ) {
        throw flowError('Support_PIN_Policy', 'Error_Privileged_Active');
    }
    if (allRecords('Support_PIN__c').some((p) => p.PIN__c === record.PIN__c)) {
        throw flowError('Support_PIN_Policy', 'Error_PIN_Taken');
    }
}

/** Support_Case_Policy: before save, on create of a Case. */
function supportCasePolicy(record, prior, { user, findRecord, allRecords }) {
    if (prior || !user.ContactId) {
        return;
    }
    const found = identity(user, findRecord);
    if (!found) {
        throw flowError('Support_Case_Policy', 'Error_No_Account');
    }
    const { contactId, account } = found;
    record.ContactId = contactId;
    record.AccountId = account.Id;
    if (record.PIN__c) {
        const now = new Date().toISOString();
        const active = allRecords('Support_PIN__c').some(
            (p) =>
                p.PIN__c === record.PIN__c &&
                p.Account__c === account.Id &&
                p.Kind__c === 'Standard' &&
                p.Expires_At__c > now
        );
        if (!active) {
            throw flowError('Support_Case_Policy', 'Error_PIN_Not_Valid');
        }
    }
}

/** Support_Case_Status_Stamp: before save of a Case, on create and when its Status changes, for every user. */
function supportCaseStatusStamp(record, prior) {
    if (!prior || prior.Status !== record.Status) {
        record.Status_Changed_At__c = new Date().toISOString();
    }
}

/** Support_Case_Message_Apply: after save, on create of a Case Message. Close closes its case; Reopen, or a
 * customer's reply while the case waits on the customer, gives it back to support. The flow runs in system context: `updateCase` changes the case as the org would, whoever asked.
 */
function supportCaseMessageApply(record, { fieldValue, findRecord, updateCase }) {
    const action = record.Action__c;
    const status = findRecord(record.Case__c)?.record.Status;
    const customerAnswersSupport =
        action === 'Reply' &&
        !fieldValue('Case_Message__c', record, 'From_Support__c') &&
        status === 'Waiting on Customer';
    if (action === 'Close') {
        updateCase(record.Case__c, { Status: 'Closed' });
    } else if (action === 'Reopen' || customerAnswersSupport) {
        updateCase(record.Case__c, { Status: 'Working' });
    }
}

/** Support_PIN_Verification_Stamp: before save, on create of a PIN Verification: the server's verdict. */
function supportPinVerificationStamp(record, prior, { allRecords }) {
    if (prior) {
        return;
    }
    const pin = allRecords('Support_PIN__c').find((p) => p.PIN__c === record.PIN_Entered__c);
    if (!pin) {
        record.Verdict__c = 'Unknown';
        return;
    }
    record.Support_PIN__c = pin.Id;
    record.Account__c = pin.Account__c;
    if (pin.Revoked_At__c) {
        record.Verdict__c = 'Revoked';
    } else {
        record.Verdict__c = pin.Expires_At__c <= new Date().toISOString() ? 'Expired' : 'Valid';
    }
}

/** Support_Case_Email_PIN: before save, on create of a Case from an email (Origin Email). */
function supportCaseEmailPin(record, prior, { allRecords }) {
    if (prior || record.Origin !== 'Email') {
        return;
    }
    if (!subjectMentionsPin(record.Subject)) {
        record.PIN_Check__c = 'No PIN';
        return;
    }
    // Email equality as SOQL compares it: without regard to case.
    const email = String(record.SuppliedEmail ?? '').toLowerCase();
    const sender = email && allRecords('Contact').find((c) => String(c.Email ?? '').toLowerCase() === email);
    if (!sender) {
        record.PIN_Check__c = 'Sender not on file';
        return;
    }
    const now = new Date().toISOString();
    const active = allRecords('Support_PIN__c').filter(
        (p) => p.Contact__c === sender.Id && p.Kind__c === 'Standard' && p.Expires_At__c > now
    );
    record.PIN_Check__c = 'Unknown or expired PIN';
    for (const pin of active) {
        if (subjectNamesPin(record.Subject, pin.PIN__c)) {
            record.ContactId = sender.Id;
            record.AccountId = sender.AccountId;
            record.PIN__c = pin.PIN__c;
            record.PIN_Check__c = 'Verified';
        }
    }
}

/** The before-save flows, by the object that triggers them, in their trigger order. */
export const BEFORE_SAVE = {
    Support_PIN_Verification__c: [supportPinVerificationStamp],
    Support_PIN__c: [supportPinPolicy],
    Case: [supportCaseEmailPin, supportCasePolicy, supportCaseStatusStamp]
};

/** The after-save flows, by the object that triggers them, in their trigger order. */
export const AFTER_SAVE = {
    Case_Message__c: [supportCaseMessageApply]
};
