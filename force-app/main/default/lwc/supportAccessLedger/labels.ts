// The Support access page's words: every label it shows and the CSV's headers and events.
import type { CsvWords } from 'c/supportAccessCsv';
import TITLE from '@salesforce/label/c.Support_Access_Title';
import INTRO from '@salesforce/label/c.Support_Access_Intro';
import PINS_TITLE from '@salesforce/label/c.Support_Access_Pins_Title';
import USES_TITLE from '@salesforce/label/c.Support_Access_Uses_Title';
import PINS_CAPTION from '@salesforce/label/c.Support_Access_Pins_Caption';
import USES_CAPTION from '@salesforce/label/c.Support_Access_Uses_Caption';
import LOADING from '@salesforce/label/c.Support_Access_Loading';
import LOAD_ERROR from '@salesforce/label/c.Support_Access_Load_Error';
import NO_PINS from '@salesforce/label/c.Support_Access_No_Pins';
import NO_USES from '@salesforce/label/c.Support_Access_No_Uses';
import COLUMN_PIN from '@salesforce/label/c.Support_Access_Column_Pin';
import COLUMN_KIND from '@salesforce/label/c.Support_Access_Column_Kind';
import COLUMN_ISSUED_BY from '@salesforce/label/c.Support_Access_Column_Issued_By';
import COLUMN_ISSUED from '@salesforce/label/c.Support_Access_Column_Issued';
import COLUMN_EXPIRES from '@salesforce/label/c.Support_Access_Column_Expires';
import COLUMN_STATE from '@salesforce/label/c.Support_Access_Column_State';
import COLUMN_ACTION from '@salesforce/label/c.Support_Access_Column_Action';
import COLUMN_WHEN from '@salesforce/label/c.Support_Access_Column_When';
import COLUMN_ENGINEER from '@salesforce/label/c.Support_Access_Column_Engineer';
import COLUMN_VERDICT from '@salesforce/label/c.Support_Access_Column_Verdict';
import COLUMN_CASE from '@salesforce/label/c.Support_Access_Column_Case';
import NO_CASE from '@salesforce/label/c.Support_Access_No_Case';
import MASKED_PIN from '@salesforce/label/c.Support_Access_Masked_Pin';
import KIND_SUPPORT from '@salesforce/label/c.Support_Access_Kind_Support';
import KIND_TECH from '@salesforce/label/c.Support_Access_Kind_Tech';
import KIND_PRIVILEGED from '@salesforce/label/c.Support_Access_Kind_Privileged';
import STATE_ACTIVE from '@salesforce/label/c.Support_Access_State_Active';
import DURATION_DAYS from '@salesforce/label/c.Support_Access_Duration_Days';
import DURATION_HOURS from '@salesforce/label/c.Support_Access_Duration_Hours';
import DURATION_MINUTES from '@salesforce/label/c.Support_Access_Duration_Minutes';
import STATE_EXPIRED from '@salesforce/label/c.Support_Access_State_Expired';
import STATE_ENDED from '@salesforce/label/c.Support_Access_State_Ended';
import THYCOTIC from '@salesforce/label/c.Support_Access_Thycotic';
import VERDICT_VALID from '@salesforce/label/c.Support_Access_Verdict_Valid';
import VERDICT_EXPIRED from '@salesforce/label/c.Support_Access_Verdict_Expired';
import VERDICT_REVOKED from '@salesforce/label/c.Support_Access_Verdict_Revoked';
import VERDICT_UNKNOWN from '@salesforce/label/c.Support_Access_Verdict_Unknown';
import VERDICT_AMBIGUOUS from '@salesforce/label/c.Support_Access_Verdict_Ambiguous';
import SHOW_MORE from '@salesforce/label/c.Support_Access_Show_More';
import SHOWN from '@salesforce/label/c.Support_Access_Shown';
import ENDED from '@salesforce/label/c.Support_Access_Ended';
import NOT_AUTHORIZED from '@salesforce/label/c.Support_Access_Not_Authorized';
import CSV_TITLE from '@salesforce/label/c.Support_Access_Csv_Title';
import CSV_INTRO from '@salesforce/label/c.Support_Access_Csv_Intro';
import CSV_FROM from '@salesforce/label/c.Support_Access_Csv_From';
import CSV_TO from '@salesforce/label/c.Support_Access_Csv_To';
import CSV_DOWNLOAD from '@salesforce/label/c.Support_Access_Csv_Download';
import CSV_PREPARING from '@salesforce/label/c.Support_Access_Csv_Preparing';
import CSV_READY from '@salesforce/label/c.Support_Access_Csv_Ready';
import CSV_RANGE_ERROR from '@salesforce/label/c.Support_Access_Csv_Range_Error';
import CSV_ERROR from '@salesforce/label/c.Support_Access_Csv_Error';
import CSV_HEADER_TIME from '@salesforce/label/c.Support_Access_Csv_Header_Time';
import CSV_HEADER_UTC from '@salesforce/label/c.Support_Access_Csv_Header_Utc';
import CSV_HEADER_EVENT from '@salesforce/label/c.Support_Access_Csv_Header_Event';
import CSV_HEADER_KIND from '@salesforce/label/c.Support_Access_Csv_Header_Kind';
import CSV_HEADER_PIN from '@salesforce/label/c.Support_Access_Csv_Header_Pin';
import CSV_HEADER_BY from '@salesforce/label/c.Support_Access_Csv_Header_By';
import CSV_HEADER_CASE from '@salesforce/label/c.Support_Access_Csv_Header_Case';
import EVENT_ISSUED from '@salesforce/label/c.Support_Access_Event_Issued';
import EVENT_ENDED from '@salesforce/label/c.Support_Access_Event_Ended';
import EVENT_VERIFIED from '@salesforce/label/c.Support_Access_Event_Verified';
/** The words the template shows as they are. */
export const LABELS = {
    title: TITLE,
    intro: INTRO,
    pinsTitle: PINS_TITLE,
    usesTitle: USES_TITLE,
    pinsCaption: PINS_CAPTION,
    usesCaption: USES_CAPTION,
    loading: LOADING,
    loadError: LOAD_ERROR,
    noPins: NO_PINS,
    noUses: NO_USES,
    columns: {
        pin: COLUMN_PIN,
        kind: COLUMN_KIND,
        issuedBy: COLUMN_ISSUED_BY,
        issued: COLUMN_ISSUED,
        expires: COLUMN_EXPIRES,
        state: COLUMN_STATE,
        action: COLUMN_ACTION,
        when: COLUMN_WHEN,
        engineer: COLUMN_ENGINEER,
        verdict: COLUMN_VERDICT,
        caseNumber: COLUMN_CASE
    },
    showMore: SHOW_MORE,
    notAuthorized: NOT_AUTHORIZED,
    csvTitle: CSV_TITLE,
    csvIntro: CSV_INTRO,
    csvFrom: CSV_FROM,
    csvTo: CSV_TO,
    csvDownload: CSV_DOWNLOAD,
    csvRangeError: CSV_RANGE_ERROR,
    csvError: CSV_ERROR
};

/** The CSV's headers and event names, in the customer's language. */
export const CSV_WORDS: CsvWords = {
    headers: {
        localTime: CSV_HEADER_TIME,
        utcTime: CSV_HEADER_UTC,
        event: CSV_HEADER_EVENT,
        kind: CSV_HEADER_KIND,
        pin: CSV_HEADER_PIN,
        by: CSV_HEADER_BY,
        verdict: COLUMN_VERDICT,
        caseNumber: CSV_HEADER_CASE
    },
    events: { issued: EVENT_ISSUED, ended: EVENT_ENDED, verified: EVENT_VERIFIED }
};

/** Words the page composes with values. */
export {
    NO_CASE,
    MASKED_PIN,
    KIND_SUPPORT,
    KIND_TECH,
    KIND_PRIVILEGED,
    STATE_ACTIVE,
    DURATION_DAYS,
    DURATION_HOURS,
    DURATION_MINUTES,
    STATE_EXPIRED,
    STATE_ENDED,
    THYCOTIC,
    VERDICT_VALID,
    VERDICT_EXPIRED,
    VERDICT_REVOKED,
    VERDICT_UNKNOWN,
    VERDICT_AMBIGUOUS,
    SHOWN,
    ENDED,
    CSV_PREPARING,
    CSV_READY
};
