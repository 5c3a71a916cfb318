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

// Tree toggles: the first click loads the children (htmx), later clicks show or hide them.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-tree-toggle]');
  if (!toggle) {
    return;
  }
  var list = toggle.closest('li').querySelector(':scope > ul');
  var open = toggle.getAttribute('aria-expanded') === 'true';
  toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
  toggle.querySelector('i').className = open ? 'bi bi-chevron-right' : 'bi bi-chevron-down';
  if (toggle.dataset.loaded) {
    event.preventDefault();
    event.stopImmediatePropagation();
    list.hidden = open;
  }
}, true);
document.addEventListener('htmx:afterSwap', function (event) {
  var toggle = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (toggle && toggle.hasAttribute && toggle.hasAttribute('data-tree-toggle')) {
    toggle.dataset.loaded = 'true';
  }
});

// A select marked data-autosubmit submits its form when it changes (no inline handlers: the CSP forbids them).
document.addEventListener('change', function (event) {
  if (event.target.matches && event.target.matches('select[data-autosubmit]')) {
    event.target.form.requestSubmit();
  }
});

// A search box marked data-filter-select="id" narrows the options of that (multiple) select as one types.
document.addEventListener('input', function (event) {
  var box = event.target;
  if (!box.matches || !box.matches('[data-filter-select]')) {
    return;
  }
  var select = document.getElementById(box.getAttribute('data-filter-select'));
  var wanted = box.value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
  Array.prototype.forEach.call(select.options, function (option) {
    var text = option.text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
    option.hidden = wanted !== '' && text.indexOf(wanted) < 0 && !option.selected;
  });
});
