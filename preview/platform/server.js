// The demo org's server side, at its UI API boundary: the org model (org-model/org.mjs) over the
// records this browser keeps (demoOrg.js), signed in as the demo customer or, on /engineer, as
// the support engineer. Every read and write of the preview's stand-ins comes here.
import { metadata } from 'virtual:metadata';
import { label } from 'virtual:labels';
import { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS } from '../../org-model/access.mjs';
import { createOrg } from '../../org-model/org.mjs';
import * as store from './demoOrg';
import { AUTOMATED_CASE_USER_ID, SUPPORT_ENGINEER_ID } from '../../org-model/demoData.mjs';

/** The permission sets the signed-in user holds: the demo customer's, or the support engineer's. */
export { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS };

const org = createOrg({
    metadata,
    store,
    userId: store.currentUserId(),
    permissionSets: store.currentPersona() === 'engineer' ? ENGINEER_PERMISSION_SETS : CUSTOMER_PERMISSION_SETS,
    label,
    emailToCase: { caseOwnerId: SUPPORT_ENGINEER_ID, automatedUserId: AUTOMATED_CASE_USER_ID },
    // The emails the flows send, kept for the bar's Sent emails panel instead of delivered.
    sendEmail: store.keepSentEmail
});

export const {
    access,
    currentUser,
    isVisible,
    visibleRecords,
    findVisible,
    fieldValue,
    createAs,
    updateAs,
    deleteAs,
    uploadFileAs,
    emailToCaseContact,
    receiveEmailCase
} = org;
