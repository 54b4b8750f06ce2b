// The suggestions' words: custom labels, translated with the rest of the portal.
import TITLE from '@salesforce/label/c.Support_Suggestions_Title';
import SEARCHING from '@salesforce/label/c.Support_Suggestions_Searching';
import COUNT from '@salesforce/label/c.Support_Suggestions_Count';
import NONE from '@salesforce/label/c.Support_Suggestions_None';
import ERROR from '@salesforce/label/c.Support_Suggestions_Error';
import READ from '@salesforce/label/c.Support_Suggestions_Read';
import HIDE from '@salesforce/label/c.Support_Suggestions_Hide';
import QUESTION from '@salesforce/label/c.Support_Suggestions_Question';
import YES from '@salesforce/label/c.Support_Suggestions_Yes';
import NO from '@salesforce/label/c.Support_Suggestions_No';
import ANSWERED_TITLE from '@salesforce/label/c.Support_Suggestions_Answered_Title';
import ANSWERED_BODY from '@salesforce/label/c.Support_Suggestions_Answered_Body';
import ANSWERED_ARTICLE from '@salesforce/label/c.Support_Suggestions_Answered_Article';
import CREATE_ANYWAY from '@salesforce/label/c.Support_Suggestions_Create_Anyway';
import SEARCH_LABEL from '@salesforce/label/c.Support_Suggestions_Search_Label';

export { COUNT, READ, HIDE, ANSWERED_BODY, ANSWERED_ARTICLE };

/** The words the template shows as they are. */
export const LABELS = {
    title: TITLE,
    searching: SEARCHING,
    none: NONE,
    error: ERROR,
    question: QUESTION,
    yes: YES,
    no: NO,
    answeredTitle: ANSWERED_TITLE,
    createAnyway: CREATE_ANYWAY,
    searchLabel: SEARCH_LABEL
};
