// Create a Case's words, all from custom labels (the portal is translated through them).
import type { CaseDraftField } from 'c/supportCaseRules';
import { formatLabel } from 'c/supportFormat';
import TITLE from '@salesforce/label/c.Support_Cases_Create';
import STEP_1 from '@salesforce/label/c.Support_Case_Step_1';
import STEP_2 from '@salesforce/label/c.Support_Case_Step_2';
import STEP_3 from '@salesforce/label/c.Support_Case_Step_3';
import STEP_OF from '@salesforce/label/c.Support_Case_Step_Of';
import PRODUCT from '@salesforce/label/c.Support_Case_Product';
import PRODUCT_PLACEHOLDER from '@salesforce/label/c.Support_Case_Product_Placeholder';
import SEVERITY from '@salesforce/label/c.Support_Case_Severity';
import SUBJECT from '@salesforce/label/c.Support_Case_Subject';
import SUBJECT_HELP from '@salesforce/label/c.Support_Case_Subject_Help';
import DESCRIPTION from '@salesforce/label/c.Support_Case_Description';
import DESCRIPTION_HELP from '@salesforce/label/c.Support_Case_Description_Help';
import CONTACT_NAME from '@salesforce/label/c.Support_Case_Contact_Name';
import CONTACT_PHONE from '@salesforce/label/c.Support_Case_Contact_Phone';
import CONTACT_HOURS from '@salesforce/label/c.Support_Case_Contact_Hours';
import PIN from '@salesforce/label/c.Support_Case_PIN';
import PIN_ATTACHED from '@salesforce/label/c.Support_Case_PIN_Attached';
import PIN_MISSING from '@salesforce/label/c.Support_Case_PIN_Missing';
import NEXT from '@salesforce/label/c.Support_Case_Next';
import BACK from '@salesforce/label/c.Support_Case_Back';
import SUBMIT from '@salesforce/label/c.Support_Case_Submit';
import SUBMITTING from '@salesforce/label/c.Support_Case_Submitting';
import SEVERITY_1_TITLE from '@salesforce/label/c.Support_Case_Severity_1_Title';
import SEVERITY_1_BODY from '@salesforce/label/c.Support_Case_Severity_1_Body';
import FIX_ERRORS from '@salesforce/label/c.Support_Case_Fix_Errors';
import SAVE_ERROR from '@salesforce/label/c.Support_Case_Save_Error';
import DRAFT_RESTORED from '@salesforce/label/c.Support_Case_Draft_Restored';
import DISCARD_DRAFT from '@salesforce/label/c.Support_Case_Discard_Draft';
import CREATED from '@salesforce/label/c.Support_Case_Created';
import CREATED_BODY from '@salesforce/label/c.Support_Case_Created_Body';
import VIEW_CASE from '@salesforce/label/c.Support_Case_View';
import ANOTHER from '@salesforce/label/c.Support_Case_Another';
import NOT_SET from '@salesforce/label/c.Support_Case_Not_Set';

/** The words the template shows. */
export const LABELS = {
    title: TITLE,
    product: PRODUCT,
    productPlaceholder: PRODUCT_PLACEHOLDER,
    severity: SEVERITY,
    subject: SUBJECT,
    subjectHelp: SUBJECT_HELP,
    description: DESCRIPTION,
    descriptionHelp: DESCRIPTION_HELP,
    contactName: CONTACT_NAME,
    contactPhone: CONTACT_PHONE,
    contactHours: CONTACT_HOURS,
    pin: PIN,
    next: NEXT,
    back: BACK,
    severity1Title: SEVERITY_1_TITLE,
    severity1Body: SEVERITY_1_BODY,
    fixErrors: FIX_ERRORS,
    saveError: SAVE_ERROR,
    draftRestored: DRAFT_RESTORED,
    discardDraft: DISCARD_DRAFT,
    createdBody: CREATED_BODY,
    another: ANOTHER
};

/** Each draft field's name, as the form shows it and messages name it. */
export const FIELD_LABELS: Record<CaseDraftField, string> = {
    product: PRODUCT,
    severity: SEVERITY,
    subject: SUBJECT,
    description: DESCRIPTION,
    contactName: CONTACT_NAME,
    contactPhone: CONTACT_PHONE,
    contactHours: CONTACT_HOURS
};

/** Words the component composes with values. */
export { STEP_1, STEP_2, STEP_3, STEP_OF, PIN_ATTACHED, PIN_MISSING, SUBMIT, SUBMITTING, CREATED, VIEW_CASE, NOT_SET };

/** "Step n of 3: its name". */
export function stepText(step: 1 | 2 | 3): string {
    const names = [STEP_1, STEP_2, STEP_3];
    return formatLabel(STEP_OF, step, names.length, names[step - 1]);
}
