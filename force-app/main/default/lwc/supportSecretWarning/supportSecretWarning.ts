/**
 * supportSecretWarning — under a field a customer is about to send (a case's subject or description,
 * a reply), warns when the text looks like a secret (secrets.ts) and offers to remove it.
 *
 * Public surface: `text` (the field's value); event `remove` with `detail.text`, the text without
 * its secrets, for the field's owner to put back in the field.
 */
import { LightningElement, api } from 'lwc';
import PRIVATE_KEY from '@salesforce/label/c.Support_Secret_Private_Key';
import PASSWORD from '@salesforce/label/c.Support_Secret_Password';
import TOKEN from '@salesforce/label/c.Support_Secret_Token';
import ADVICE from '@salesforce/label/c.Support_Secret_Advice';
import REMOVE from '@salesforce/label/c.Support_Secret_Remove';
import REMOVED from '@salesforce/label/c.Support_Secret_Removed';
import { findSecrets, withoutSecrets } from './secrets';
import type { SecretKind } from './secrets';

const SAID: Record<SecretKind, string> = { privateKey: PRIVATE_KEY, password: PASSWORD, token: TOKEN };

export default class SupportSecretWarning extends LightningElement {
    @api text = '';

    removeLabel = REMOVE;

    get kinds(): SecretKind[] {
        return [...new Set(findSecrets(this.text ?? '').map((finding) => finding.kind))];
    }

    get hasSecrets(): boolean {
        return this.kinds.length > 0;
    }

    /** One sentence per kind found, then why it should go. */
    get message(): string {
        return [...this.kinds.map((kind) => SAID[kind]), ADVICE].join(' ');
    }

    handleRemove(): void {
        this.dispatchEvent(new CustomEvent('remove', { detail: { text: withoutSecrets(this.text ?? '', REMOVED) } }));
    }
}
