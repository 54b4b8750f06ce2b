// The preview's Sent emails panel: each email the org's flows sent (Support_Case_Reply_Notify and
// the others), as the recipient would get it: to, subject, language, body and the link to the
// case page. The org would deliver them; the preview has no mailbox, so it shows them here, in the
// words the flows' own templates wrote (never deployed).
import { LightningElement } from 'lwc';
import { metadata } from 'virtual:metadata';
import { onChange, sentEmails } from '../../../../platform/demoOrg';

/** The site's address the flows link under (Support Portal Setting, Default, Site URL). */
const SITE_URL = metadata.customMetadata?.Support_Portal_Setting__mdt?.records?.Default?.Site_Url__c ?? '';
const LINK = /https?:\/\/\S+/;

export default class SentEmails extends LightningElement {
    emails = sentEmails();

    connectedCallback() {
        this.stopListening = onChange(() => {
            this.emails = sentEmails();
        });
    }

    disconnectedCallback() {
        this.stopListening?.();
    }

    get count() {
        return this.emails.length;
    }

    get hasEmails() {
        return this.emails.length > 0;
    }

    /** Newest first; the link the flow wrote, opened in this preview (it serves the site's pages at its own address). */
    get shown() {
        return [...this.emails].reverse().map((email, index) => {
            const link = (LINK.exec(email.body) ?? [])[0] ?? '';
            return {
                key: `${this.emails.length - index}`,
                to: email.to.join(', '),
                subject: email.subject,
                language: email.language ?? 'not on file',
                from: email.senderAddress ?? '',
                sentAt: new Date(email.sentAt).toLocaleString('en-US'),
                body: email.body,
                link,
                previewLink: SITE_URL && link.startsWith(SITE_URL) ? link.slice(SITE_URL.length) || '/' : link,
                flow: email.flow
            };
        });
    }
}
