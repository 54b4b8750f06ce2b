/**
 * supportErrorPanel — a failure in words, as lwc-recipes' errorPanel shows one: a title that says
 * what did not happen, the reasons (every Lightning Data Service error shape read by
 * ldsUtils.reduceErrors, or messages already in words), and an optional Try again.
 *
 * Public surface: `title`; `errors` (any LDS error, a list of them, or strings); `tryAgainLabel`
 * (shows the Try again button when set). Event: `tryagain`.
 */
import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';

export default class SupportErrorPanel extends LightningElement {
    @api title = '';
    @api tryAgainLabel = '';

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
