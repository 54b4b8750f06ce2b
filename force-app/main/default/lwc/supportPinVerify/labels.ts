// The verification's words: custom labels (engineers read the internal app in their own language too).
import TITLE from '@salesforce/label/c.Support_Verify_Title';
import INPUT from '@salesforce/label/c.Support_Verify_Input';
import INPUT_HELP from '@salesforce/label/c.Support_Verify_Input_Help';
import BUTTON from '@salesforce/label/c.Support_Verify_Button';
import CHECKING from '@salesforce/label/c.Support_Verify_Checking';
import VALID from '@salesforce/label/c.Support_Verify_Valid';
import CHECKED_PIN from '@salesforce/label/c.Support_Verify_Checked_Pin';
import CHANGED from '@salesforce/label/c.Support_Verify_Changed';
import EXPIRED from '@salesforce/label/c.Support_Verify_Expired';
import REVOKED from '@salesforce/label/c.Support_Verify_Revoked';
import UNKNOWN from '@salesforce/label/c.Support_Verify_Unknown';
import UNKNOWN_HINT from '@salesforce/label/c.Support_Verify_Unknown_Hint';
import AMBIGUOUS from '@salesforce/label/c.Support_Verify_Ambiguous';
import AMBIGUOUS_HINT from '@salesforce/label/c.Support_Verify_Ambiguous_Hint';
import KIND_STANDARD from '@salesforce/label/c.Support_Verify_Kind_Standard';
import KIND_PRIVILEGED from '@salesforce/label/c.Support_Verify_Kind_Privileged';
import ISSUED from '@salesforce/label/c.Support_Verify_Issued';
import EXPIRY from '@salesforce/label/c.Support_Verify_Expiry';
import EXPIRES from '@salesforce/label/c.Support_Verify_Expires';
import REVOKED_AT from '@salesforce/label/c.Support_Verify_Revoked_At';
import REVOKED_BY from '@salesforce/label/c.Support_Verify_Revoked_By';
import REVOKED_BY_CUSTOMER from '@salesforce/label/c.Support_Verify_Revoked_By_Customer';
import REVOKED_BY_THYCOTIC from '@salesforce/label/c.Support_Verify_Revoked_By_Thycotic';
import ACCOUNT from '@salesforce/label/c.Support_Verify_Account';
import CONTACT from '@salesforce/label/c.Support_Verify_Contact';
import PRODUCT from '@salesforce/label/c.Support_Verify_Product';
import COVERAGE from '@salesforce/label/c.Support_Verify_Coverage';
import COVERED from '@salesforce/label/c.Support_Verify_Covered';
import NOT_COVERED from '@salesforce/label/c.Support_Verify_Not_Covered';
import OPEN_CASES from '@salesforce/label/c.Support_Verify_Open_Cases';
import NO_OPEN_CASES from '@salesforce/label/c.Support_Verify_No_Open_Cases';
import REVOKE from '@salesforce/label/c.Support_Verify_Revoke';
import REVOKE_QUESTION from '@salesforce/label/c.Support_Verify_Revoke_Question';
import REVOKE_CONFIRM from '@salesforce/label/c.Support_Verify_Revoke_Confirm';
import REVOKED_DONE from '@salesforce/label/c.Support_Verify_Revoked_Done';
import REVOKE_ERROR from '@salesforce/label/c.Support_Verify_Revoke_Error';
import LOAD_ERROR from '@salesforce/label/c.Support_Verify_Load_Error';
import CANCEL from '@salesforce/label/c.Support_Cancel';
import CASE_INPUT from '@salesforce/label/c.Support_Verify_Case_Input';
import CASE_HELP from '@salesforce/label/c.Support_Verify_Case_Help';
import type { Verdict } from './verifyQuery';

export { EXPIRES, REVOKE_QUESTION, REVOKED_DONE, CHECKING, BUTTON, KIND_STANDARD, KIND_PRIVILEGED, CHECKED_PIN };
export { COVERED, NOT_COVERED, REVOKED_BY_CUSTOMER, REVOKED_BY_THYCOTIC };

export const VERDICT_WORDS: Record<Verdict, string> = {
    valid: VALID,
    expired: EXPIRED,
    revoked: REVOKED,
    unknown: UNKNOWN,
    ambiguous: AMBIGUOUS
};

export const LABELS = {
    title: TITLE,
    input: INPUT,
    inputHelp: INPUT_HELP,
    caseInput: CASE_INPUT,
    caseHelp: CASE_HELP,
    unknownHint: UNKNOWN_HINT,
    ambiguousHint: AMBIGUOUS_HINT,
    changed: CHANGED,
    issued: ISSUED,
    expiry: EXPIRY,
    revokedAt: REVOKED_AT,
    revokedBy: REVOKED_BY,
    account: ACCOUNT,
    contact: CONTACT,
    product: PRODUCT,
    coverage: COVERAGE,
    openCases: OPEN_CASES,
    noOpenCases: NO_OPEN_CASES,
    revoke: REVOKE,
    revokeConfirm: REVOKE_CONFIRM,
    revokeError: REVOKE_ERROR,
    loadError: LOAD_ERROR,
    cancel: CANCEL
};
