/**
 * supportErrorPanel — a failure in words, as lwc-recipes' errorPanel shows one: a title that says
 * what did not happen, the reasons (every Lightning Data Service error shape read by
 * ldsUtils.reduceErrors, or messages already in words), and an optional Try again.
 *
 * Public surface, each with a default so a caller passes only what differs (as errorPanel's
 * friendly message): `title` (default "That did not work."); `errors` (any LDS error, a list of
 * them, or strings); `tryAgain` (boolean: shows the Try again button); `tryAgainLabel` (default
 * "Try again"). Event: `tryagain`.
 */
import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import TITLE from '@salesforce/label/c.Support_Error_Title';
import TRY_AGAIN from '@salesforce/label/c.Support_Try_Again';

export default class SupportErrorPanel extends LightningElement {
    @api title = TITLE;
    /** A boolean attribute: false unless the caller writes `try-again` ("Boolean Properties", LWC Developer Guide). */
    @api tryAgain = false;
    @api tryAgainLabel = TRY_AGAIN;

    /** The reasons in words, worked out (and the detail logged for support) once per error. */
    messages: string[] = [];
    shownErrors: unknown;

    @api
    get errors(): unknown {
        return this.shownErrors;
    }
    set errors(value: unknown) {
        this.shownErrors = value;
        this.messages = reduceErrors(value);
    }

    get hasMessages(): boolean {
        return this.messages.length > 0;
    }

    handleTryAgain(): void {
        this.dispatchEvent(new CustomEvent('tryagain'));
    }
}
