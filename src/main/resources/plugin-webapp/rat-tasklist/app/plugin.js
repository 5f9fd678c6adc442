// Tasklist as the Review Action Tracker's people use it. Tasklist offers no setting for these, so this
// plugin adjusts what it shows; what people may do is decided by the engine's authorizations, not here.
const appRoot = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const engine = window.location.pathname.split('/').filter(Boolean).pop() || 'default';

// The community-edition banner speaks to developers about migrating products, not to the people doing the work.
// "Start process" and "Create task" are for administrators: actions start from imported plans, and the engine
// refuses both to everyone else, so the menu would only offer failures.
const style = document.createElement('style');
style.textContent = `
  .ce-eol-banner { display: none !important; }
  body:not(.rat-administrator) .start-process-action,
  body:not(.rat-administrator) .create-task-action { display: none !important; }
  /* Above the veil Tasklist lays over a form its viewer may not work on (.disabled-form:before, z-index 1000). */
  .form-actions .rat-claim-hint { margin-right: 1em; font-weight: bold; position: relative; z-index: 1001; }
`;
document.head.appendChild(style);

fetch(`${appRoot}/api/admin/auth/user/${engine}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((answer) => (answer.ok ? answer.json() : {}))
  .then((user) => {
    if ((user.authorizedApps || []).includes('admin')) {
      document.body.classList.add('rat-administrator');
    }
  })
  .catch(() => {});

const CLAIM_HINT = 'Claim to work on this';
const DATE_PATTERN_ERROR = 'Field must match pattern ^\\d{1,2}/\\d{1,2}/\\d{4}$.';
const DATE_HOW_TO = 'Enter the date as day/month/year, e.g. 31/03/2027.';

const visible = (element) => element && element.offsetParent !== null;

// A group task is worked by whoever claims it; until then Complete is greyed out with no reason given.
const showClaimHint = () => {
  const actions = document.querySelector('[cam-tasklist-form] .form-actions');
  const claim = document.querySelector('[cam-tasklist-task-meta] button.claim, button.claim');
  const needed = visible(actions) && visible(claim);
  let hint = document.querySelector('.rat-claim-hint');
  if (needed && !hint) {
    hint = document.createElement('button');
    hint.type = 'button';
    hint.className = 'btn btn-link rat-claim-hint';
    hint.textContent = CLAIM_HINT;
    hint.addEventListener('click', () => document.querySelector('button.claim')?.click());
    actions.insertBefore(hint, actions.firstChild);
  } else if (!needed && hint) {
    hint.remove();
  }
};

// form-js says a typed date is wrong by quoting the form's regular expression; say it in words.
const explainDateErrors = () => {
  document.querySelectorAll('.fjs-form-field-error').forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text.data.includes(DATE_PATTERN_ERROR)) {
        text.data = text.data.replace(DATE_PATTERN_ERROR, DATE_HOW_TO);
      }
    }
  });
};

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      showClaimHint();
      explainDateErrors();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'disabled'] });
