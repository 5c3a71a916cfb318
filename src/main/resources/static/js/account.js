// Copies a personal access token to the clipboard; without clipboard access it selects the text to copy by hand.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-copy-target]').forEach(function (button) {
    button.addEventListener('click', function () {
      var input = document.getElementById(button.getAttribute('data-copy-target'));
      input.focus();
      input.select();
      if (navigator.clipboard) {
        navigator.clipboard.writeText(input.value).then(function () {
          button.querySelector('span').textContent = button.getAttribute('data-copied-text');
        });
      }
    });
  });
});
