// Storing a new PIN: only the PIN and its kind go to the org, which stamps the account, contact,
// product, issue time and expiry and refuses what the support policy does not allow (the Support PIN
// Policy flow). A value the org refuses (taken, too easy to guess) is retried with a fresh PIN.
import { createRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import SUPPORT_PIN_OBJECT from '@salesforce/schema/Support_PIN__c';
import PIN_FIELD from '@salesforce/schema/Support_PIN__c.PIN__c';
import KIND_FIELD from '@salesforce/schema/Support_PIN__c.Kind__c';
import PIN_REFUSED from '@salesforce/label/c.Support_Policy_PIN_Taken';
import { generatePin, pinExpiry } from 'c/supportPins';
import type { PinKind } from 'c/supportPinFormat';
import { fieldErrors, isDuplicateValue, reduceErrors } from 'c/ldsUtils';
import type { IssuedPin } from 'c/supportCustomer';

/** A refused PIN value is retried with a fresh PIN this many times in all. */
export const MAX_PIN_ATTEMPTS = 3;

const KIND_VALUES: Record<PinKind, string> = { standard: 'Standard', privileged: 'Privileged' };

/** The org refused the PIN value itself (taken, too easy to guess): a fresh PIN is the answer. */
function isPinRefused(error: unknown): boolean {
    return (
        isDuplicateValue(error, PIN_FIELD.fieldApiName) || (fieldErrors(error)[PIN_FIELD.fieldApiName] ?? []).length > 0
    );
}

/** The expiry the org stamped, when the save answered it. */
function storedExpiry(record: RecordRepresentation): string | undefined {
    const value = record.fields?.Expires_At__c?.value;
    return typeof value === 'string' ? value : undefined;
}

/** Stores a new PIN of `kind`; throws the org's last refusal. One attempt at a time: a retry must know the last was refused. */
export async function storePin(kind: PinKind): Promise<IssuedPin> {
    for (let attempt = 1; ; attempt++) {
        const pin = generatePin(kind);
        try {
            // eslint-disable-next-line no-await-in-loop
            const record = await createRecord({
                apiName: SUPPORT_PIN_OBJECT.objectApiName,
                fields: { [PIN_FIELD.fieldApiName]: pin, [KIND_FIELD.fieldApiName]: KIND_VALUES[kind] }
            });
            return {
                id: record.id,
                pin,
                kind,
                expiresAt: storedExpiry(record) ?? pinExpiry(kind, new Date()).toISOString()
            };
        } catch (error) {
            if (!isPinRefused(error) || attempt >= MAX_PIN_ATTEMPTS) {
                throw error;
            }
        }
    }
}

/** A failed save in words. A refused PIN value is never explained (it could name another customer's record). */
export function pinSaveErrors(error: unknown): string[] {
    return isPinRefused(error) ? [PIN_REFUSED] : reduceErrors(error);
}
