import { DEMO_USER_ID } from './seed.mjs';

export default DEMO_USER_ID;
