// One sign-in (Review Action Tracker): the webapps' own login form is switched off, so wherever a webapp would show
// it (after "Log out", which has ended the shared session, or once the session has expired) go to the
// application's sign-in page instead, which leads on to Tasklist.
const toSignIn = () => {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace('/sign-in');
  }
};
window.addEventListener('hashchange', toSignIn);
toSignIn();
