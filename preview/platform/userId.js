// @salesforce/user/Id: the signed-in user of the demo org (the customer, or the engineer on /engineer).
import { currentUserId } from './demoOrg';

export default currentUserId();
