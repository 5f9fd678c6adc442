// A background plan import's page: look again every few seconds until the outcome is known (the server
// stops including this script once the import is done or rolled back).
(function () {
  var progress = document.getElementById('import-progress');
  if (progress) {
    var seconds = parseInt(progress.getAttribute('data-refresh-seconds'), 10) || 3;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
})();
