import { DEMO_USER_ID } from './seed';

export default DEMO_USER_ID;
