// The conversation's words: custom labels, translated with the rest of the portal.
import TITLE from '@salesforce/label/c.Support_Conversation_Title';
import EMPTY from '@salesforce/label/c.Support_Conversation_Empty';
import FROM_SUPPORT from '@salesforce/label/c.Support_Conversation_From_Support';
import FROM_YOU from '@salesforce/label/c.Support_Conversation_From_You';
import CLOSED_NOTE from '@salesforce/label/c.Support_Conversation_Closed_Note';
import REOPENED_NOTE from '@salesforce/label/c.Support_Conversation_Reopened_Note';
import LATEST from '@salesforce/label/c.Support_Conversation_Latest';
import LOAD_ERROR from '@salesforce/label/c.Support_Conversation_Load_Error';
import REPLY_LABEL from '@salesforce/label/c.Support_Conversation_Reply_Label';
import NOTE_LABEL from '@salesforce/label/c.Support_Conversation_Note_Label';
import SEND from '@salesforce/label/c.Support_Conversation_Send';
import SENDING from '@salesforce/label/c.Support_Conversation_Sending';
import SENT from '@salesforce/label/c.Support_Conversation_Sent';
import NOT_SENT from '@salesforce/label/c.Support_Conversation_Not_Sent';
import CLOSE from '@salesforce/label/c.Support_Conversation_Close';
import CLOSE_QUESTION from '@salesforce/label/c.Support_Conversation_Close_Question';
import CLOSE_CONFIRM from '@salesforce/label/c.Support_Conversation_Close_Confirm';
import CLOSED_DONE from '@salesforce/label/c.Support_Conversation_Closed_Done';
import CLOSED_HINT from '@salesforce/label/c.Support_Conversation_Closed_Hint';
import REOPEN from '@salesforce/label/c.Support_Conversation_Reopen';
import REOPENED_DONE from '@salesforce/label/c.Support_Conversation_Reopened_Done';
import CANCEL from '@salesforce/label/c.Support_Cancel';
import TITLE_SUPPORT from '@salesforce/label/c.Support_Conversation_Title_Customer';
import EMPTY_SUPPORT from '@salesforce/label/c.Support_Conversation_Empty_Support';
import SENT_SUPPORT from '@salesforce/label/c.Support_Conversation_Sent_Support';
import CLOSED_HINT_SUPPORT from '@salesforce/label/c.Support_Conversation_Closed_Hint_Support';
import NEW_MESSAGE from '@salesforce/label/c.Support_Conversation_New';

export { FROM_SUPPORT, FROM_YOU, CLOSED_NOTE, REOPENED_NOTE, LATEST, SEND, SENDING, SENT };
export { CLOSED_DONE, REOPENED_DONE, REPLY_LABEL, NOTE_LABEL, SENT_SUPPORT };

/** What differs for a Thycotic engineer, who answers the customer on the app's case page. */
export const FOR_SUPPORT = {
    title: TITLE_SUPPORT,
    empty: EMPTY_SUPPORT,
    closedHint: CLOSED_HINT_SUPPORT
};

/** The words the template shows as they are. */
export const LABELS = {
    title: TITLE,
    empty: EMPTY,
    loadError: LOAD_ERROR,
    notSent: NOT_SENT,
    close: CLOSE,
    closeQuestion: CLOSE_QUESTION,
    closeConfirm: CLOSE_CONFIRM,
    closedHint: CLOSED_HINT,
    reopen: REOPEN,
    cancel: CANCEL,
    newMessage: NEW_MESSAGE
};
