// In-page search for the reader view (progressive enhancement): shows the search field, hides the sections
// that do not mention what is typed, and highlights the matches. Without this script the page is complete.
/* global document */
(function () {
  'use strict';
  const form = document.querySelector('[data-search-form]');
  const input = document.getElementById('reader-search');
  const status = document.getElementById('reader-search-status');
  if (!form || !input || !status) return;
  const sections = Array.from(document.querySelectorAll('[data-section]'));
  const tocItems = Array.from(document.querySelectorAll('[data-toc-for]'));
  const hint = status.textContent;
  form.hidden = false;

  const fold = (text) => text.normalize('NFC').toLocaleLowerCase('da');

  function clearHighlights() {
    for (const mark of Array.from(document.querySelectorAll('mark.search-hit'))) {
      const parent = mark.parentNode;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parent.normalize();
    }
  }

  function highlight(root, query) {
    const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const hits = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (fold(node.data).includes(query)) hits.push(node);
    }
    for (const node of hits) {
      let rest = node;
      let at = fold(rest.data).indexOf(query);
      while (at >= 0) {
        const match = rest.splitText(at);
        rest = match.splitText(query.length);
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        match.parentNode.replaceChild(mark, match);
        mark.appendChild(match);
        at = fold(rest.data).indexOf(query);
      }
    }
  }

  function apply() {
    clearHighlights();
    const query = fold(input.value.trim());
    let shown = 0;
    for (const section of sections) {
      const matches = query === '' || fold(section.textContent).includes(query);
      section.hidden = !matches;
      if (matches) shown += 1;
      if (matches && query !== '') highlight(section, query);
    }
    for (const item of tocItems) {
      const section = document.querySelector(`[data-section="${item.getAttribute('data-toc-for')}"]`);
      item.hidden = Boolean(section && section.hidden);
    }
    if (query === '') status.textContent = hint;
    else if (shown === 0) status.textContent = input.getAttribute('data-no-matches');
    else if (shown === 1) status.textContent = input.getAttribute('data-matches-one');
    else status.textContent = input.getAttribute('data-matches-many').replace('{n}', String(shown));
  }

  let timer = null;
  input.addEventListener('input', function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      input.value = '';
      apply();
    }
  });
})();
