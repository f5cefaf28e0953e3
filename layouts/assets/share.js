// "लिंक कॉपी करें": without JavaScript it is a plain link to the page itself (long-press to copy);
// with it, a tap copies the address and says so in the live region next to it.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-copy-link]') : null;
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const status = document.getElementById(link.getAttribute('data-copy-link') || '');
  navigator.clipboard.writeText(link.href).then(
    () => { if (status) status.textContent = 'लिंक कॉपी हो गया'; },
    () => { if (status) status.textContent = 'कॉपी नहीं हो सका, लिंक को दबाकर रखें'; },
  );
});
