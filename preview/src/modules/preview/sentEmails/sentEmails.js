// The preview's Sent emails panel: each email the org's flows sent (Support_Case_Reply_Notify and
// the others), as the recipient would get it: to, subject, language, body and the link to the
// case page. The org would deliver them; the preview has no mailbox, so it shows them here, in the
// words the flows' own templates wrote (never deployed).
import { LightningElement } from 'lwc';
import { metadata } from 'virtual:metadata';
import { onChange, sentEmails } from '../../../../platform/demoOrg';

/** The addresses the flows link under (Support Portal Setting, Default): the site's and the app's. */
const SETTING = metadata.customMetadata?.Support_Portal_Setting__mdt?.records?.Default ?? {};
const SITE_URL = SETTING.Site_Url__c ?? '';
const APP_CASE_PREFIX = SETTING.App_Url__c ? `${SETTING.App_Url__c}/lightning/r/Case/` : '';
const LINK = /https?:\/\/\S+/;

/** A link the flows wrote as the preview serves it: the site's pages at its own address, the app's case page under /engineer. */
function inPreview(link) {
    if (APP_CASE_PREFIX && link.startsWith(APP_CASE_PREFIX)) {
        return `/engineer/case/${link.slice(APP_CASE_PREFIX.length).split('/')[0]}`;
    }
    return SITE_URL && link.startsWith(SITE_URL) ? link.slice(SITE_URL.length) || '/' : link;
}

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

    /** Newest first, each with the link the flow wrote and where it opens in this preview. */
    get shown() {
        return [...this.emails].reverse().map((email, index) => {
            const link = (LINK.exec(email.body) ?? [])[0] ?? '';
            return {
                key: `${this.emails.length - index}`,
                to: email.to.join(', '),
                // Followers are emailed together in hidden copies (one email per language).
                bcc: (email.bcc ?? []).join(', '),
                subject: email.subject,
                language: email.language ?? 'not on file',
                from: email.senderAddress ?? '',
                sentAt: new Date(email.sentAt).toLocaleString('en-US'),
                body: email.body,
                link,
                previewLink: inPreview(link),
                flow: email.flow
            };
        });
    }
}
