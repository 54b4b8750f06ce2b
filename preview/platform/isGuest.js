// Stand-in for @salesforce/user/isGuest: the preview's visitor is the signed-in demo customer.
export default false;
