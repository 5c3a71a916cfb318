// Sends the CSRF token with every htmx request and keeps focus sensible after swaps.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
  document.querySelectorAll('[data-confirm]').forEach(function (element) {
    element.addEventListener('submit', function (event) {
      if (!window.confirm(element.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
