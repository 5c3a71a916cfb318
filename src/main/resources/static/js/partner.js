// Partner pickers (see templates/partners/picker.html): choosing an option fills the hidden id and the search box.
document.addEventListener('click', function (event) {
  var option = event.target.closest('[data-picker-option]');
  var clear = event.target.closest('[data-picker-clear]');
  var picker = (option || clear) && (option || clear).closest('[data-picker]');
  if (!picker) {
    return;
  }
  var label = option ? option.dataset.label : '';
  picker.querySelector('[data-picker-value]').value = option ? option.dataset.id : '';
  picker.querySelector('[data-picker-label]').value = label;
  var search = picker.querySelector('[data-picker-search]');
  search.value = label;
  picker.querySelector('.picker-options').innerHTML = '';
  search.focus();
});
