// The PIN bar's words, all from custom labels (the portal is translated through them).
import BAR_LABEL from '@salesforce/label/c.Support_PIN_Bar_Label';
import BAR_ACTION from '@salesforce/label/c.Support_PIN_Bar_Action';
import CHECKING from '@salesforce/label/c.Support_PIN_Checking';
import GENERATING from '@salesforce/label/c.Support_PIN_Generating';
import YOUR_PIN from '@salesforce/label/c.Support_PIN_Your_PIN';
import VALID_UNTIL from '@salesforce/label/c.Support_PIN_Valid_Until';
import RECORD_IT from '@salesforce/label/c.Support_PIN_Record_It';
import NEW_PIN from '@salesforce/label/c.Support_PIN_New';
import COPY from '@salesforce/label/c.Support_PIN_Copy';
import COPIED from '@salesforce/label/c.Support_PIN_Copied';
import COPY_FAILED from '@salesforce/label/c.Support_PIN_Copy_Failed';
import ANNOUNCE from '@salesforce/label/c.Support_PIN_Announce';
import NOT_COVERED from '@salesforce/label/c.Support_PIN_Not_Covered';
import WHAT_TO_DO from '@salesforce/label/c.Support_Coverage_What_To_Do';
import NO_ACCOUNT from '@salesforce/label/c.Support_PIN_No_Account';
import LOAD_ERROR from '@salesforce/label/c.Support_PIN_Load_Error';
import SAVE_ERROR from '@salesforce/label/c.Support_PIN_Save_Error';
import COMPANY_PRIVILEGED from '@salesforce/label/c.Support_PIN_Company_Privileged';
import COMPANY_PRIVILEGED_BY from '@salesforce/label/c.Support_PIN_Company_Privileged_By';
import CLOUD_INTRO from '@salesforce/label/c.Support_PIN_Cloud_Intro';
import GENERATE_TECH from '@salesforce/label/c.Support_PIN_Generate_Tech';
import GENERATE_PRIVILEGED from '@salesforce/label/c.Support_PIN_Generate_Privileged';
import PRIVILEGED_NOT_AUTHORIZED from '@salesforce/label/c.Support_PIN_Privileged_Not_Authorized';
import TECH_TITLE from '@salesforce/label/c.Support_PIN_Tech_Title';
import PRIVILEGED_TITLE from '@salesforce/label/c.Support_PIN_Privileged_Title';
import CONFIRM_TITLE from '@salesforce/label/c.Support_PIN_Privileged_Confirm_Title';
import CURRENT_TITLE from '@salesforce/label/c.Support_PIN_Current_Title';
import KIND_STANDARD from '@salesforce/label/c.Support_PIN_Kind_Standard';
import KIND_PRIVILEGED from '@salesforce/label/c.Support_PIN_Kind_Privileged';
import ENDED from '@salesforce/label/c.Support_Access_Ended';

/** The words the template shows. */
export const LABELS = {
    bar: BAR_LABEL,
    barAction: BAR_ACTION,
    checking: CHECKING,
    generating: GENERATING,
    recordIt: RECORD_IT,
    newPin: NEW_PIN,
    copy: COPY,
    copied: COPIED,
    copyFailed: COPY_FAILED,
    notCovered: NOT_COVERED,
    whatToDo: WHAT_TO_DO,
    noAccount: NO_ACCOUNT,
    loadError: LOAD_ERROR,
    saveError: SAVE_ERROR,
    cloudIntro: CLOUD_INTRO,
    generateTech: GENERATE_TECH,
    generatePrivileged: GENERATE_PRIVILEGED,
    privilegedNotAuthorized: PRIVILEGED_NOT_AUTHORIZED,
    currentTitle: CURRENT_TITLE
};

/** Words the component composes with values. */
export {
    YOUR_PIN,
    VALID_UNTIL,
    ANNOUNCE,
    COMPANY_PRIVILEGED,
    COMPANY_PRIVILEGED_BY,
    TECH_TITLE,
    PRIVILEGED_TITLE,
    CONFIRM_TITLE,
    KIND_STANDARD,
    KIND_PRIVILEGED,
    ENDED
};
