// The exhibition lightbox: a modal <dialog> over the gallery. Arrow keys and swipes move
// between photos, Esc closes, Tab stays inside, and focus returns to the photo's thumbnail.
// Without JavaScript the thumbnails stay plain links to the photo pages.
const dialog = document.getElementById('lightbox');
const links = [...document.querySelectorAll('a[data-lightbox]')];
if (dialog && links.length && typeof dialog.showModal === 'function') {
  const $ = (id) => document.getElementById(id);
  const frame = $('lightbox-frame');
  let current = 0;

  // The lightbox is at most 64rem wide (global.css): the browser picks a larger file from the
  // thumbnail's own srcset, which lists every width the build made.
  const SIZES = '(max-width: 64rem) 100vw, 64rem';

  const show = (index) => {
    current = (index + links.length) % links.length;
    const data = links[current].dataset;
    const picture = links[current].querySelector('picture').cloneNode(true);
    for (const source of picture.querySelectorAll('source')) source.sizes = SIZES;
    picture.querySelector('img').loading = 'eager';
    frame.replaceChildren(picture);
    $('lightbox-title').textContent = data.title || '';
    $('lightbox-caption').textContent = data.caption || '';
    $('lightbox-credit').textContent = data.credit || '';
    $('lightbox-position').textContent = data.position || '';
    $('lightbox-page').href = links[current].href;
  };

  const open = (index) => {
    show(index);
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('[data-action="close"]').focus();
  };

  links.forEach((link, index) => {
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(index);
    });
  });

  dialog.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'close') dialog.close();
    else if (action === 'previous') show(current - 1);
    else if (action === 'next') show(current + 1);
    else if (event.target === dialog) dialog.close();
  });

  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft') { event.preventDefault(); show(current - 1); }
    else if (event.key === 'ArrowRight') { event.preventDefault(); show(current + 1); }
    else if (event.key === 'Tab') {
      const focusable = [...dialog.querySelectorAll('button, a[href]')];
      const first = focusable[0], last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
    }
  });

  dialog.addEventListener('close', () => links[current].focus());

  let startX = null;
  dialog.addEventListener('touchstart', (event) => { startX = event.touches[0].clientX; }, { passive: true });
  dialog.addEventListener('touchend', (event) => {
    if (startX === null) return;
    const dx = event.changedTouches[0].clientX - startX;
    startX = null;
    if (Math.abs(dx) > 50) show(current + (dx < 0 ? 1 : -1));
  });
}
