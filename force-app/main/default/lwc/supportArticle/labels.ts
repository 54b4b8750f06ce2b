// The article page's words: custom labels, translated with the rest of the portal.
import UPDATED from '@salesforce/label/c.Support_Article_Updated';
import NOT_FOUND from '@salesforce/label/c.Support_Article_Not_Found';
import LOAD_ERROR from '@salesforce/label/c.Support_Article_Load_Error';
import LOADING from '@salesforce/label/c.Support_Article_Loading';
import BACK_TO_CASE from '@salesforce/label/c.Support_Article_Back_To_Case';
import BACK_TO_SUPPORT from '@salesforce/label/c.Support_Article_Back_To_Support';
import OWN_PAGE from '@salesforce/label/c.Support_Article_Own_Page';
import ARTICLE_NUMBER from '@salesforce/label/c.Support_Article_Number';

export { BACK_TO_CASE, BACK_TO_SUPPORT, ARTICLE_NUMBER, UPDATED };

export const LABELS = {
    notFound: NOT_FOUND,
    loadError: LOAD_ERROR,
    loading: LOADING,
    ownPage: OWN_PAGE
};
