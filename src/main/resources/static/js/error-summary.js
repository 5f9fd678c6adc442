// GOV.UK error summary: move focus to it when the page comes back with a problem, so screen readers announce it
// and keyboard users start there. A file of its own: the pages' Content-Security-Policy runs no inline script.
(function () {
  var summary = document.querySelector('.govuk-error-summary');
  if (summary) {
    summary.focus();
  }
})();
