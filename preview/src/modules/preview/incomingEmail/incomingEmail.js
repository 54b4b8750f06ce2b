// The preview's stand-in for an email arriving at Thycotic Support's routing address: it files a
// case through the demo org as Email-to-Case would, and the org's flow Support_Case_Email_PIN reads
// the PIN in the subject. Shown on the engineer's side of the preview (never deployed).
import { LightningElement } from 'lwc';
import { fieldValue, receiveEmailCase } from '../../../../platform/server';

export default class IncomingEmail extends LightningElement {
    from = 'dana.scully@acme.example';
    subject = '';
    body = '';
    filed = [];
    error = '';

    handleChange(event) {
        this[event.target.dataset.field] = event.detail?.value ?? event.target.value;
    }

    handleReceive() {
        this.error = '';
        try {
            const record = receiveEmailCase({ from: this.from, subject: this.subject, body: this.body });
            this.filed = [
                {
                    id: record.Id,
                    number: record.CaseNumber,
                    // The case opens on the app's case page, as a link in the app's Cases list would open it.
                    url: `/engineer/case/${record.Id}`,
                    from: record.SuppliedEmail,
                    subject: record.Subject,
                    check: record.PIN_Check__c,
                    pin: record.PIN__c ?? '',
                    linked: record.ContactId ? 'linked to Dana Scully, Acme Corp' : 'not linked to a customer',
                    severity1: fieldValue('Case', record, 'Severity_1_By_Email__c')
                        ? 'Mentions Severity 1: call the customer (email cases go to the normal queue).'
                        : ''
                },
                ...this.filed
            ];
            this.subject = '';
            this.body = '';
        } catch (error) {
            this.error = error.body?.message ?? error.message ?? String(error);
        }
    }

    get hasFiled() {
        return this.filed.length > 0;
    }
}
