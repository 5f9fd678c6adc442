// Starts the GOV.UK Frontend components (skip link, menu toggle, error summary focus). A file of its own
// because the pages' Content-Security-Policy runs no inline script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
