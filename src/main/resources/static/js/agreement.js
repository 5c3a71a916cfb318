// Agreement pages (templates/agreements): the partner filter of the list, and a refused step's dialog reopened.
(function () {
  // Choosing or clearing the partner of the list's filter refreshes the list. Listens in the capture phase,
  // before partner.js fills the fields and removes the options, and submits once it has.
  document.addEventListener('click', function (event) {
    var control = event.target.closest('[data-picker-option], [data-picker-clear]');
    var form = control && control.closest('form[data-agreement-filter]');
    if (form) {
      window.setTimeout(function () { form.requestSubmit(); }, 0);
    }
  }, true);

  // A step that was refused comes back with its dialog open, as it was typed.
  document.addEventListener('DOMContentLoaded', function () {
    var dialog = document.querySelector('.modal[data-open-on-load]');
    if (dialog && window.bootstrap) {
      window.bootstrap.Modal.getOrCreateInstance(dialog).show();
    }
  });
})();
