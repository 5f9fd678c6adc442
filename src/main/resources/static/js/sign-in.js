// Tasklist's links (e-mails) name the task after '#', which never reaches the server: carry it through the
// sign-in so the person lands on the task they followed, not on Tasklist's start page.
(function () {
  var form = document.getElementById('sign-in');
  if (form && /^#\/[\w\-?=&\/%.]*$/.test(window.location.hash)) {
    form.setAttribute('action', form.getAttribute('action') + window.location.hash);
  }
})();
