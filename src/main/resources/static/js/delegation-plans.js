// Delegation plan item form: filters the country list as the user types, with or without diacritics.
document.addEventListener('DOMContentLoaded', function () {
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  document.querySelectorAll('[data-country-filter]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('data-country-filter'));
    input.addEventListener('input', function () {
      var query = fold(input.value.trim());
      list.querySelectorAll('[data-name]').forEach(function (row) {
        var box = row.querySelector('input');
        var match = query === '' || fold(row.getAttribute('data-name')).indexOf(query) !== -1 || box.value.toLowerCase() === query;
        row.hidden = !match && !box.checked;
      });
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        var first = Array.prototype.find.call(list.querySelectorAll('[data-name]'), function (row) {
          return !row.hidden && !row.querySelector('input').checked;
        });
        if (first) {
          first.querySelector('input').checked = true;
          input.value = '';
          input.dispatchEvent(new Event('input'));
        }
      }
    });
  });
});
