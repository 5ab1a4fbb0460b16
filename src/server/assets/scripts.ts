// The client scripts of the web UI (served from /assets/): drag-and-drop on the upload page, opening a linked claim group.

/** Upload page: files dropped on the drop zone go into the form's file input; picked names are listed. */
export const UPLOAD_JS = `'use strict';
(function () {
  var drop = document.getElementById('drop');
  var input = document.getElementById('files');
  var list = document.getElementById('picked');
  if (!drop || !input || !list) return;
  function show() {
    list.textContent = '';
    for (var i = 0; i < input.files.length; i++) {
      var li = document.createElement('li');
      li.textContent = input.files[i].name + ' (' + Math.ceil(input.files[i].size / 1024) + ' KiB)';
      list.appendChild(li);
    }
  }
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function () { drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) { input.files = e.dataTransfer.files; show(); }
  });
  input.addEventListener('change', show);
})();
`;

/** Dossier page: a link to a claim group (#claim-...) opens its details. */
export const DOSSIER_JS = `'use strict';
(function () {
  function open() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    var details = el && el.querySelector('details');
    if (details) details.open = true;
  }
  window.addEventListener('hashchange', open);
  open();
})();
`;
