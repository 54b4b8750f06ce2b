// Step one of the support policy: what to gather before contacting support, in the seeds' order.
import CHECKLIST_USERNAME from '@salesforce/label/c.Support_Checklist_Username';
import CHECKLIST_EMAIL from '@salesforce/label/c.Support_Checklist_Email';
import CHECKLIST_COMPANY from '@salesforce/label/c.Support_Checklist_Company';
import CHECKLIST_CONTACT_NAME from '@salesforce/label/c.Support_Checklist_Contact_Name';
import CHECKLIST_CONTACT_PHONE from '@salesforce/label/c.Support_Checklist_Contact_Phone';
import CHECKLIST_PRODUCT from '@salesforce/label/c.Support_Checklist_Product';
import CHECKLIST_DETAILS from '@salesforce/label/c.Support_Checklist_Details';
import CHECKLIST_OTHER from '@salesforce/label/c.Support_Checklist_Other';

export type ChecklistKey =
    'username' | 'email' | 'company' | 'contactName' | 'contactPhone' | 'product' | 'details' | 'other';

export const CHECKLIST: readonly { key: ChecklistKey; label: string }[] = Object.freeze([
    { key: 'username', label: CHECKLIST_USERNAME },
    { key: 'email', label: CHECKLIST_EMAIL },
    { key: 'company', label: CHECKLIST_COMPANY },
    { key: 'contactName', label: CHECKLIST_CONTACT_NAME },
    { key: 'contactPhone', label: CHECKLIST_CONTACT_PHONE },
    { key: 'product', label: CHECKLIST_PRODUCT },
    { key: 'details', label: CHECKLIST_DETAILS },
    { key: 'other', label: CHECKLIST_OTHER }
]);
